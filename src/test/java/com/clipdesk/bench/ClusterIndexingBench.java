package com.clipdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.ClipdeskApplication;
import com.clipdesk.TestData;
import com.clipdesk.content.Moment;
import com.clipdesk.ingest.IngestParser;
import com.clipdesk.ingest.IngestService;
import com.clipdesk.ingest.LineResult;
import com.clipdesk.support.OpenSearchNode;
import com.clipdesk.support.TestDatabases;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 12: commit-to-searchable with two nodes on one OpenSearch cluster. A product backend revises a
 * Moment's caption through node A's ingest (one line, one transaction); the clock runs from the call
 * until node B's search finds the new caption word, polled every 5 ms. Two configurations in the same
 * run, on the same database and cluster, rotating change by change:
 * <ul>
 *   <li>outbox: nodes A and B with outbox-polling coordination (the operator's default on a shared
 *       engine): the commit writes an outbox event, an agent on A or B indexes it;</li>
 *   <li>direct (baseline): one node with coordination off and production's synchronization
 *       ({@code write-sync}): the commit sends the document, the cluster's refresh makes it searchable;</li>
 *   <li>direct with refresh: the same, with {@code sync} (the test profile's): the commit also waits for
 *       a refresh.</li>
 * </ul>
 * The database is MariaDB when CLIPDESK_TEST_DATASOURCE_URL names one, H2 otherwise. Size
 * {@code -Dbench.cluster.changes} (200 per configuration, after 20 warm-up changes each); with
 * {@code -Dbench.cluster.background=1000000} that many Moments (SearchBench's) are in the database and
 * the index first.
 */
class ClusterIndexingBench {

    private static final int CHANGES = Integer.getInteger("bench.cluster.changes", 200);
    /** Moments already in the database and the index before the measurement (the 1M). */
    private static final int BACKGROUND = Integer.getInteger("bench.cluster.background", 0);
    private static final int WARMUP = 20;
    private static final int MOMENTS = 50;

    private final String run = "cb" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);
    private final List<String> figures = new ArrayList<>();

    @Test
    void commitToSearchableWithTwoNodesThroughTheOutboxAgainstOneNodeIndexingDirectly() throws Exception {
        String database = TestDatabases.create("clusterbench");
        ConfigurableApplicationContext a = null;
        ConfigurableApplicationContext b = null;
        ConfigurableApplicationContext direct = null;
        ConfigurableApplicationContext refreshing = null;
        try {
            if (BACKGROUND > 0) {
                loadBackground(database);
            }
            a = node(database, "a", "auto", "write-sync"); // the outbox drops the strategy
            b = node(database, "b", "auto", "write-sync");
            direct = node(database, "direct", "none", "write-sync");
            refreshing = node(database, "refreshing", "none", "sync");
            if (BACKGROUND > 0) {
                long started = System.nanoTime();
                try (EntityManager session = a.getBean(EntityManagerFactory.class).createEntityManager()) {
                    Search.session(session).massIndexer(Moment.class).threadsToLoadObjects(2)
                            .batchSizeToLoadObjects(500).startAndWait();
                }
                figure("BENCH cluster.background.moments %d rows", BACKGROUND);
                figure("BENCH cluster.background.reindex %d ms", (System.nanoTime() - started) / 1_000_000);
            }
            a.getBean(TestData.class).markets("FR", "DE");
            long episode = a.getBean(TestData.class).episode("Cluster bench " + run, 3600).getId();
            StringBuilder seed = new StringBuilder(member()).append('\n');
            for (int i = 0; i < MOMENTS; i++) {
                seed.append(moment(episode, i, 1, "seed")).append('\n');
            }
            assertThat(ingest(a, seed.toString())).allMatch(r -> r.status() == LineResult.Status.ACCEPTED);

            // each configuration revises its own Moments, each Moment's versions in order; the order of
            // the configurations rotates change by change
            ConfigurableApplicationContext[][] writerReader = {{a, b}, {direct, direct}, {refreshing, refreshing}};
            String[] names = {"outbox_two_nodes", "direct_one_node", "direct_refresh_one_node"};
            List<List<Double>> millis = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            int perConfiguration = MOMENTS / names.length;
            int[] versions = new int[MOMENTS];
            java.util.Arrays.fill(versions, 1);
            for (int n = 0; n < WARMUP + CHANGES; n++) {
                for (int k = 0; k < names.length; k++) {
                    int c = (n + k) % names.length;
                    int i = c * perConfiguration + n % perConfiguration;
                    double ms = revise(writerReader[c][0], writerReader[c][1], episode, i, ++versions[i], run + c + "x" + n);
                    if (n >= WARMUP) {
                        millis.get(c).add(ms);
                    }
                }
            }
            for (int c = 0; c < names.length; c++) {
                report(names[c], millis.get(c));
            }
            figure("RATIO commit_to_searchable.p95.outbox_two_nodes_over_direct_one_node %.2f",
                    percentile(millis.get(0), 95) / percentile(millis.get(1), 95));
            figure("RATIO commit_to_searchable.p95.outbox_two_nodes_over_direct_refresh_one_node %.2f",
                    percentile(millis.get(0), 95) / percentile(millis.get(2), 95));
        } finally {
            for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {refreshing, direct, b, a}) {
                if (node != null) {
                    node.close();
                }
            }
            TestDatabases.drop(database);
        }
        System.out.println("CLUSTER opensearch node at " + OpenSearchNode.hosts() + ", " + CHANGES
                + " changes per configuration");
        figures.forEach(System.out::println);
    }

    /** SearchBench's Moments, written straight into the database before the nodes start. */
    private static void loadBackground(String database) throws Exception {
        var source = new org.springframework.jdbc.datasource.DriverManagerDataSource(database, TestDatabases.user(),
                TestDatabases.password());
        boolean server = TestDatabases.onServer();
        // the schema first: a short-lived node migrates the empty database
        node(database, "migrate", "none", "write-sync").close();
        // the loader writes episodes before their seasons; on MariaDB it turns the checks off itself
        try (var c = source.getConnection(); var s = c.createStatement()) {
            s.execute(server ? "select 1" : "set referential_integrity false");
        }
        try {
            new SearchBenchData(source, server).load(BACKGROUND, 0);
        } finally {
            try (var c = source.getConnection(); var s = c.createStatement()) {
                s.execute(server ? "select 1" : "set referential_integrity true");
                // the loader chose the ids: move H2's identity columns past them (MariaDB's follow by themselves)
                for (String table : server ? List.<String>of() : List.of("title", "season", "episode", "member", "moment")) {
                    try (var max = s.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
                        max.next();
                        long next = max.getLong(1);
                        try (var alter = c.createStatement()) {
                            alter.execute("alter table " + table + " alter column id restart with " + next);
                        }
                    }
                }
            }
        }
    }

    /** Revises Moment i on {@code writer}; the milliseconds until {@code reader}'s search finds the word. */
    private double revise(ConfigurableApplicationContext writer, ConfigurableApplicationContext reader, long episode,
            int i, int version, String word) {
        long started = System.nanoTime();
        List<LineResult> results = ingest(writer, moment(episode, i, version, word));
        assertThat(results.getFirst().status()).isEqualTo(LineResult.Status.UPDATED);
        long deadline = started + 30_000_000_000L;
        while (!found(reader, word)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not searchable within 30 s: " + word);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        return (System.nanoTime() - started) / 1_000_000.0;
    }

    private static boolean found(ConfigurableApplicationContext node, String word) {
        try (EntityManager em = node.getBean(EntityManagerFactory.class).createEntityManager()) {
            return Search.session(em).search(Moment.class).where(f -> f.match().field("text").matching(word))
                    .fetchTotalHitCount() > 0;
        }
    }

    /** A node; {@code synchronization} is production's {@code write-sync} or the test profile's {@code sync}. */
    private static ConfigurableApplicationContext node(String database, String name, String coordination,
            String synchronization) {
        List<String> args = new ArrayList<>(List.of("--server.port=0",
                "--spring.datasource.url=" + database, "--spring.datasource.username=" + TestDatabases.user(),
                "--spring.datasource.password=" + TestDatabases.password(), "--CLIPDESK_SEARCH_ENGINE=opensearch",
                "--CLIPDESK_SEARCH_HOSTS=" + OpenSearchNode.hosts(), "--CLIPDESK_SEARCH_PROTOCOL=http",
                "--CLIPDESK_SEARCH_VERSION=opensearch:3.8", "--CLIPDESK_SEARCH_COORDINATION=" + coordination,
                "--clipdesk.search.check-index-on-start=false", "--clipdesk.review.schedule=false",
                "--spring.application.name=clipdesk-bench-" + name,
                "--spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy=" + synchronization));
        return new SpringApplicationBuilder(ClipdeskApplication.class).profiles("test").run(args.toArray(String[]::new));
    }

    private String member() {
        return "{\"type\":\"member\",\"externalId\":\"" + run + "-creator\",\"version\":1,\"handle\":\"" + run
                + "\",\"homeMarket\":\"FR\",\"ageBand\":\"25_34\"}";
    }

    private String moment(long episode, int i, int version, String word) {
        return "{\"type\":\"moment\",\"externalId\":\"" + run + "-" + i + "\",\"version\":" + version
                + ",\"episodeId\":" + episode + ",\"startSecond\":10,\"endSecond\":40,\"caption\":\"" + word
                + " on the harbour wall\",\"language\":\"en\",\"creator\":\"" + run
                + "-creator\",\"markets\":[\"FR\",\"DE\"]}";
    }

    private static List<LineResult> ingest(ConfigurableApplicationContext node, String ndjson) {
        return node.getBean(IngestService.class)
                .ingest(IngestParser.bulk(ndjson.getBytes(StandardCharsets.UTF_8)), "product-backend").results();
    }

    private void report(String name, List<Double> millis) {
        figure("BENCH commit_to_searchable.%s.p50 %.1f ms", name, percentile(millis, 50));
        figure("BENCH commit_to_searchable.%s.p95 %.1f ms", name, percentile(millis, 95));
        figure("BENCH commit_to_searchable.%s.p99 %.1f ms", name, percentile(millis, 99));
        figure("BENCH commit_to_searchable.%s.max %.1f ms", name, Collections.max(millis));
    }

    private void figure(String format, Object... args) {
        figures.add(String.format(Locale.ROOT, format, args));
    }

    private static double percentile(List<Double> millis, int p) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
