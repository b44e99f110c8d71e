package com.clipdesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clipdesk.ClipdeskApplication;
import com.clipdesk.TestData;
import com.clipdesk.content.Moment;
import com.clipdesk.support.OpenSearchNode;
import com.clipdesk.support.SecuredSearchProxy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A search cluster secured as production ones are (issue 12): HTTPS with certificates from the
 * cluster's own CA, and HTTP basic authentication. The app reaches it with the operator's
 * CLIPDESK_SEARCH_PROTOCOL=https, CLIPDESK_SEARCH_USERNAME/_PASSWORD and CLIPDESK_SEARCH_CA_CERTIFICATE;
 * wrong credentials or an untrusted certificate stop the start with the cluster's answer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecuredSearchClusterIT {

    SecuredSearchProxy cluster;

    @BeforeAll
    void secureTheCluster() {
        cluster = new SecuredSearchProxy(OpenSearchNode.hosts(), "clipdesk", "s3cret-for-tests");
    }

    @AfterAll
    void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    private ConfigurableApplicationContext node(String password, boolean withCa) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--CLIPDESK_SEARCH_ENGINE=opensearch",
                "--CLIPDESK_SEARCH_HOSTS=" + cluster.hosts(), "--CLIPDESK_SEARCH_PROTOCOL=https",
                "--CLIPDESK_SEARCH_USERNAME=clipdesk", "--CLIPDESK_SEARCH_PASSWORD=" + password,
                "--CLIPDESK_SEARCH_VERSION=opensearch:3.8", "--CLIPDESK_SEARCH_COORDINATION=none",
                "--spring.application.name=clipdesk-secured-search"));
        if (withCa) {
            args.add("--CLIPDESK_SEARCH_CA_CERTIFICATE=" + cluster.caCertificate());
        }
        return new SpringApplicationBuilder(ClipdeskApplication.class).profiles("test").run(args.toArray(String[]::new));
    }

    @Test
    void withTheClustersCaAndCredentialsEverythingWorksOverHttps() {
        try (ConfigurableApplicationContext node = node("s3cret-for-tests", true)) {
            String marker = "zsec" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);
            TestData data = node.getBean(TestData.class);
            data.markets("FR");
            long id = data.moment(data.episode("Secured " + marker, 900), data.member("FR"), marker + " at the pier",
                    Set.of("FR")).getId();
            try (EntityManager em = node.getBean(EntityManagerFactory.class).createEntityManager()) {
                assertThat(Search.session(em).search(Moment.class).where(f -> f.match().field("text").matching(marker))
                        .fetchHits(5)).extracting(Moment::getId).containsExactly(id);
            }
            assertThat(node.getBean(SearchEngine.class).description()).isEqualTo("OpenSearch 3.8.0");
            assertThat(node.getBean("searchIndexHealthIndicator", HealthIndicator.class).health().getStatus())
                    .isEqualTo(Status.UP);
            assertThat(cluster.forwarded()).as("requests that went through TLS and authentication").isPositive();
        }
    }

    @Test
    void aWrongPasswordStopsTheStartWithTheClustersAnswer() {
        int refusedBefore = cluster.refused();
        assertThatThrownBy(() -> node("not-the-password", true).close())
                .satisfies(e -> assertThat(causes(e)).anySatisfy(cause ->
                        assertThat(String.valueOf(cause.getMessage())).contains("401")));
        assertThat(cluster.refused()).isGreaterThan(refusedBefore);
    }

    @Test
    void aCertificateTheAppDoesNotTrustStopsTheStart() {
        assertThatThrownBy(() -> node("s3cret-for-tests", false).close())
                .satisfies(e -> assertThat(causes(e)).anySatisfy(cause -> assertThat(String.valueOf(cause.getMessage()))
                        .contains("PKIX path building failed").contains("unable to find valid certification path")));
    }

    private static List<Throwable> causes(Throwable e) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = e; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }
}
