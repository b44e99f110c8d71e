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
            "max_connections", "discovery.", "layout.", "aws.", "version_check.", "client.");

    private static final String COORDINATION = "hibernate.search.coordination.";

    private final SearchEngine.Kind engine;
    private final boolean outboxPolling;
    private final String caCertificate;

    SearchBackendSettings(Environment environment) {
        this.engine = SearchEngine.Kind.parse(environment.getProperty("clipdesk.search.engine", "lucene"));
        this.outboxPolling = outboxPolling(engine, environment.getProperty("clipdesk.search.coordination", "auto"));
        this.caCertificate = environment.getProperty("clipdesk.search.ca-certificate", "").trim();
    }

    /**
     * Whether index changes go through Hibernate Search's outbox-polling coordination. A shared engine
     * uses it unless told otherwise: with several nodes, each entity's changes then reach the index
     * exactly once and in commit order, and a node dying after a commit leaves its changes in the outbox
     * for another node. Embedded Lucene is one node's own index: its agent would take only a share of
     * the entities, so that combination is refused.
     */
    static boolean outboxPolling(SearchEngine.Kind engine, String coordination) {
        return switch (coordination.trim().toLowerCase(Locale.ROOT)) {
            case "auto", "" -> engine != SearchEngine.Kind.LUCENE;
            case "none" -> false;
            case "outbox-polling" -> {
                if (engine == SearchEngine.Kind.LUCENE) {
                    throw new IllegalStateException("clipdesk.search.coordination=outbox-polling needs a shared "
                            + "search engine (CLIPDESK_SEARCH_ENGINE=opensearch): embedded Lucene is each node's own "
                            + "index");
                }
                yield true;
            }
            default -> throw new IllegalStateException("clipdesk.search.coordination (CLIPDESK_SEARCH_COORDINATION) "
                    + "must be auto, outbox-polling or none, not '" + coordination + "'");
        };
    }

    boolean outboxPolling() {
        return outboxPolling;
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
        properties.keySet().removeIf(key -> key.startsWith(COORDINATION));
        if (outboxPolling) {
            // always asynchronous through the outbox: Hibernate Search refuses a synchronization strategy
            properties.remove("hibernate.search.indexing.plan.synchronization.strategy");
            properties.put(COORDINATION + "strategy", "outbox-polling");
            // the tables V27 creates: lower-case names like every other table, event ids as char(36) on
            // H2, MariaDB and MySQL alike (the dialects' native UUID types differ; agent ids are char(36))
            properties.put(COORDINATION + "entity.mapping.outboxevent.table", "hsearch_outbox_event");
            properties.put(COORDINATION + "entity.mapping.outboxevent.uuid_type", "CHAR");
            properties.put(COORDINATION + "entity.mapping.agent.table", "hsearch_agent");
        }
        if (engine == SearchEngine.Kind.LUCENE) {
            properties.put(BACKEND + "type", "lucene");
            properties.put(BACKEND + "analysis.configurer", "class:" + ClipdeskAnalysisConfigurer.class.getName());
        } else {
            properties.put(BACKEND + "type", "elasticsearch");
            properties.put(BACKEND + "analysis.configurer",
                    "class:" + ClipdeskElasticsearchAnalysisConfigurer.class.getName());
            if (!caCertificate.isEmpty()) {
                if (!"https".equals(properties.get(BACKEND + "protocol"))) {
                    throw new IllegalStateException("CLIPDESK_SEARCH_CA_CERTIFICATE is set, but the cluster is reached "
                            + "over " + properties.get(BACKEND + "protocol") + ": set CLIPDESK_SEARCH_PROTOCOL=https");
                }
                properties.put(BACKEND + "client.configurer", new SearchClusterTls(java.nio.file.Path.of(caCertificate)));
            }
            Object version = properties.get(BACKEND + "version");
            if (engine == SearchEngine.Kind.OPENSEARCH && (version == null
                    || !version.toString().toLowerCase(Locale.ROOT).startsWith("opensearch:"))) {
                throw new IllegalStateException("clipdesk.search.engine=opensearch needs an explicit version such as "
                        + "CLIPDESK_SEARCH_VERSION=opensearch:3.8 (was: " + version + ")");
            }
        }
    }
}
