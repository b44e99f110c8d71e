package com.clipdesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.clipdesk.ClipdeskApplication;
import com.clipdesk.content.FandomSubmission;
import com.clipdesk.content.Moment;
import com.clipdesk.search.SearchService;
import com.clipdesk.search.SearchSort;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import com.clipdesk.support.OpenSearchNode;
import com.clipdesk.support.OpenSearchTest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 12: the same query mix through {@link SearchService} on OpenSearch (the test node, one shard
 * per index, in its own JVM on this machine) and on embedded Lucene (index on the file system), over
 * the same rows; mass reindex rows/s on both. The Lucene side is a second application context on the
 * same database, started after the OpenSearch measurements. Totals must be equal query by query.
 * H2 in memory; sizes {@code -Dbench.engine.moments} (100,000), {@code -Dbench.engine.submissions}
 * (20,000), {@code -Dbench.engine.runs} (30 per query after 10 warm-up runs). The node's heap is
 * 512 MB: at the 1M Moments give it more (not yet configurable).
 */
@SpringBootTest(properties = {
    "clipdesk.search.check-index-on-start=false",
    "clipdesk.demo.enabled=false",
    "clipdesk.review.schedule=false"
})
@ActiveProfiles("test")
@OpenSearchTest
class SearchEngineBench {

    private static final int MOMENTS = Integer.getInteger("bench.engine.moments", 100_000);
    private static final int SUBMISSIONS = Integer.getInteger("bench.engine.submissions", 20_000);
    private static final int RUNS = Integer.getInteger("bench.engine.runs", 30);
    private static final int WARMUP = 10;
    private static final String DATABASE = "jdbc:h2:mem:enginebench;DB_CLOSE_DELAY=-1;OPTIMIZE_REUSE_RESULTS=FALSE";
    private static final Set<String> SCOPE = Set.of("BR", "MX", "ES");
    /** SearchBench's query mix, as a moderator in BR, MX and ES types it. */
    private static final Map<String, String> MIX = new LinkedHashMap<>();

    static {
        MIX.put("rare", "lighthouse");
        MIX.put("common", "scene");
        MIX.put("phrase", "\"final scene\"");
        MIX.put("typo", "lighthose~");
        MIX.put("faceted", "scene market:BR kind:moment");
        MIX.put("filtered", "storm reports:>=2 created:2025-06-01..2025-12-31");
    }

    @Autowired
    DataSource dataSource;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    SearchService search;

    private final List<String> figures = new ArrayList<>();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> DATABASE);
        registry.add("spring.datasource.username", () -> "sa");
        registry.add("spring.datasource.password", () -> "");
    }

    @Test
    void openSearchAgainstEmbeddedLucene() throws Exception {
        long started = System.nanoTime();
        // the loader writes episodes in chunks before their seasons (MariaDB: foreign_key_checks = 0)
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            s.execute("set referential_integrity false");
        }
        new SearchBenchData(dataSource, false).load(MOMENTS, SUBMISSIONS);
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            s.execute("set referential_integrity true");
        }
        figure("BENCH engine.load %d ms", (System.nanoTime() - started) / 1_000_000);
        figure("BENCH engine.rows %d rows", MOMENTS + SUBMISSIONS);

        double openSearchRate = massIndex(entityManagerFactory, "opensearch");
        Map<String, Long> openSearchTotals = new LinkedHashMap<>();
        List<Double> openSearch = mix(search, "opensearch", openSearchTotals);

        Path index = Files.createTempDirectory("clipdesk-engine-bench-index");
        try (ConfigurableApplicationContext lucene = new SpringApplicationBuilder(ClipdeskApplication.class)
                .profiles("test").run("--server.port=0", "--spring.datasource.url=" + DATABASE,
                        "--spring.datasource.username=sa", "--spring.datasource.password=",
                        "--clipdesk.search.engine=lucene", "--clipdesk.search.check-index-on-start=false",
                        "--clipdesk.demo.enabled=false",
                        "--spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem",
                        "--spring.jpa.properties.hibernate.search.backend.directory.root=" + index)) {
            double luceneRate = massIndex(lucene.getBean(EntityManagerFactory.class), "lucene");
            Map<String, Long> luceneTotals = new LinkedHashMap<>();
            List<Double> embedded = mix(lucene.getBean(SearchService.class), "lucene", luceneTotals);
            assertEquals(luceneTotals, openSearchTotals, "totals per query on Lucene and on OpenSearch");
            report("search.mix.opensearch", openSearch);
            report("search.mix.lucene", embedded);
            figure("BENCH reindex.rows_per_s.opensearch %.0f rows/s", openSearchRate);
            figure("BENCH reindex.rows_per_s.lucene %.0f rows/s", luceneRate);
            figure("RATIO reindex.rows_per_s.opensearch_over_lucene %.2f", openSearchRate / luceneRate);
            figure("RATIO search.p95.opensearch_over_lucene %.2f",
                    percentile(openSearch, 95) / percentile(embedded, 95));
        } finally {
            deleteRecursively(index);
        }
        System.out.println("ENGINE opensearch node at " + OpenSearchNode.hosts());
        figures.forEach(System.out::println);
    }

    /** MassIndexer over both entities, as SearchIndexBootstrap runs it (2 loading threads, batches of 500). */
    private double massIndex(EntityManagerFactory factory, String engine) throws InterruptedException {
        long started = System.nanoTime();
        try (EntityManager session = factory.createEntityManager()) {
            Search.session(session).massIndexer(Moment.class, FandomSubmission.class).threadsToLoadObjects(2)
                    .batchSizeToLoadObjects(500).startAndWait();
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        figure("BENCH reindex.%s.time %d ms", engine, ms);
        return (MOMENTS + SUBMISSIONS) * 1000.0 / ms;
    }

    private List<Double> mix(SearchService service, String engine, Map<String, Long> totals) {
        List<Double> all = new ArrayList<>();
        MIX.forEach((name, query) -> {
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < WARMUP + RUNS; i++) {
                long started = System.nanoTime();
                long[] total = new long[1];
                AsStaff.run("bench-moderator", Set.of(Role.MODERATOR), SCOPE,
                        () -> total[0] = service.search(query, SearchSort.RELEVANCE, 0, 20).total());
                if (i >= WARMUP) {
                    millis.add((System.nanoTime() - started) / 1e6);
                }
                totals.put(name, total[0]);
            }
            report("search." + name + "." + engine, millis);
            all.addAll(millis);
        });
        return all;
    }

    private void report(String name, List<Double> millis) {
        figure("BENCH %s.p50 %.2f ms", name, percentile(millis, 50));
        figure("BENCH %s.p95 %.2f ms", name, percentile(millis, 95));
    }

    private void figure(String format, Object... args) {
        figures.add(String.format(Locale.ROOT, format, args)); // printed together, last
    }

    private static double percentile(List<Double> millis, int p) {
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
