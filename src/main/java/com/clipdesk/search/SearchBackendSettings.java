package com.clipdesk.search;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.stereotype.Component;

/**
 * Turns {@code clipdesk.search.engine} into Hibernate Search's backend type and analysis configurer,
 * and drops the settings of the backend not in use (Hibernate Search warns about unused ones). The
 * engine's own settings (directory for Lucene; hosts, protocol, credentials, version for OpenSearch)
 * are mapped in application.properties. Works on the entity manager factory's final property map
 * (a HibernatePropertiesCustomizer cannot remove keys: Boot adds spring.jpa.properties again after it).
 */
@Component
class SearchBackendSettings implements BeanPostProcessor {

    private static final String BACKEND = "hibernate.search.backend.";
    private static final List<String> LUCENE_ONLY = List.of("directory.", "lucene_version", "io.");
    private static final List<String> ELASTICSEARCH_ONLY = List.of("hosts", "protocol", "username", "password",
            "version", "uris", "path_prefix", "request_timeout", "connection_timeout", "read_timeout",
            "max_connections", "discovery.", "layout.", "aws.", "version_check.");

    private final SearchEngine.Kind engine;

    SearchBackendSettings(Environment environment) {
        this.engine = SearchEngine.Kind.parse(environment.getProperty("clipdesk.search.engine", "lucene"));
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof LocalContainerEntityManagerFactoryBean factory) {
            customize(factory.getJpaPropertyMap());
        }
        return bean;
    }

    void customize(Map<String, Object> properties) {
        List<String> unused = engine == SearchEngine.Kind.LUCENE ? ELASTICSEARCH_ONLY : LUCENE_ONLY;
        properties.keySet().removeIf(key -> key.startsWith(BACKEND)
                && unused.stream().anyMatch(prefix -> key.substring(BACKEND.length()).startsWith(prefix)));
        // blank credentials (the variables unset) mean none, not an empty user name
        for (String key : List.of(BACKEND + "username", BACKEND + "password")) {
            if (properties.get(key) instanceof String value && value.isBlank()) {
                properties.remove(key);
            }
        }
        if (engine == SearchEngine.Kind.LUCENE) {
            properties.put(BACKEND + "type", "lucene");
            properties.put(BACKEND + "analysis.configurer", "class:" + ClipdeskAnalysisConfigurer.class.getName());
        } else {
            properties.put(BACKEND + "type", "elasticsearch");
            properties.put(BACKEND + "analysis.configurer",
                    "class:" + ClipdeskElasticsearchAnalysisConfigurer.class.getName());
            Object version = properties.get(BACKEND + "version");
            if (engine == SearchEngine.Kind.OPENSEARCH && (version == null
                    || !version.toString().toLowerCase(Locale.ROOT).startsWith("opensearch:"))) {
                throw new IllegalStateException("clipdesk.search.engine=opensearch needs an explicit version such as "
                        + "CLIPDESK_SEARCH_VERSION=opensearch:3.8 (was: " + version + ")");
            }
        }
    }
}
