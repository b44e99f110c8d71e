package com.clipdesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** What an operator's CLIPDESK_SEARCH_ENGINE and CLIPDESK_SEARCH_COORDINATION turn into for Hibernate Search. */
class SearchBackendSettingsTest {

    private static Map<String, Object> configured(String engine, String coordination) {
        return configured(engine, coordination, "", "http");
    }

    private static Map<String, Object> configured(String engine, String coordination, String caCertificate,
            String protocol) {
        MockEnvironment environment = new MockEnvironment().withProperty("clipdesk.search.engine", engine)
                .withProperty("clipdesk.search.coordination", coordination)
                .withProperty("clipdesk.search.ca-certificate", caCertificate);
        Map<String, Object> properties = new HashMap<>(Map.of(
                "hibernate.search.backend.protocol", protocol,
                "hibernate.search.backend.version", "opensearch:3.8",
                "hibernate.search.backend.hosts", "search:9200",
                "hibernate.search.backend.directory.root", "/data/index",
                "hibernate.search.indexing.plan.synchronization.strategy", "sync"));
        new SearchBackendSettings(environment).customize(properties);
        return properties;
    }

    @Test
    void aSharedEngineIndexesThroughTheOutboxUnlessToldOtherwise() {
        Map<String, Object> auto = configured("opensearch", "auto");
        assertThat(auto).containsEntry("hibernate.search.coordination.strategy", "outbox-polling")
                .containsEntry("hibernate.search.coordination.entity.mapping.outboxevent.table", "hsearch_outbox_event")
                .containsEntry("hibernate.search.coordination.entity.mapping.agent.table", "hsearch_agent")
                .containsEntry("hibernate.search.coordination.entity.mapping.outboxevent.uuid_type", "CHAR")
                // Hibernate Search refuses a synchronization strategy with the outbox
                .doesNotContainKey("hibernate.search.indexing.plan.synchronization.strategy")
                .doesNotContainKey("hibernate.search.backend.directory.root");
        assertThat(configured("opensearch", "OUTBOX-POLLING ")).containsEntry("hibernate.search.coordination.strategy",
                "outbox-polling");
        assertThat(configured("opensearch", "none")).doesNotContainKey("hibernate.search.coordination.strategy")
                .containsEntry("hibernate.search.indexing.plan.synchronization.strategy", "sync");
    }

    @Test
    void embeddedLuceneIsOneNodesOwnIndexAndIsNeverCoordinated() {
        assertThat(configured("lucene", "auto")).doesNotContainKey("hibernate.search.coordination.strategy")
                .containsEntry("hibernate.search.backend.type", "lucene")
                .doesNotContainKey("hibernate.search.backend.hosts");
        assertThatThrownBy(() -> configured("lucene", "outbox-polling")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("needs a shared search engine (CLIPDESK_SEARCH_ENGINE=opensearch)");
    }

    @Test
    void anUnknownCoordinationStopsTheStartWithTheChoices() {
        assertThatThrownBy(() -> configured("opensearch", "database-polling")).isInstanceOf(IllegalStateException.class)
                .hasMessage("clipdesk.search.coordination (CLIPDESK_SEARCH_COORDINATION) must be auto, outbox-polling "
                        + "or none, not 'database-polling'");
    }

    @Test
    void aClusterCaIsForHttpsAndMustBeReadable() {
        assertThatThrownBy(() -> configured("opensearch", "auto", "/etc/search/ca.pem", "http"))
                .isInstanceOf(IllegalStateException.class).hasMessage("CLIPDESK_SEARCH_CA_CERTIFICATE is set, but the "
                        + "cluster is reached over http: set CLIPDESK_SEARCH_PROTOCOL=https");
        assertThatThrownBy(() -> configured("opensearch", "auto", "/nonexistent/ca.pem", "https"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("CLIPDESK_SEARCH_CA_CERTIFICATE: cannot read CA certificates from /nonexistent/ca.pem");
        assertThat(configured("lucene", "auto", "/etc/search/ca.pem", "https"))
                .as("embedded Lucene has no cluster to trust").doesNotContainKey("hibernate.search.backend.client.configurer");
    }
}
