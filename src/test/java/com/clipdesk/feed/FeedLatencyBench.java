package com.clipdesk.feed;

import static com.clipdesk.takedown.TakedownFixtures.inMarkets;

import com.clipdesk.TestData;
import com.clipdesk.bench.BenchFigures;
import com.clipdesk.catalog.Episode;
import com.clipdesk.content.ContentKind;
import com.clipdesk.member.Member;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import com.clipdesk.support.Chromium;
import com.clipdesk.support.ProductBackendClient;
import com.clipdesk.support.TestDatabases;
import com.clipdesk.takedown.TakedownService;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Issue 11's feed figures, in a database of its own (MariaDB with the CI variable, H2 otherwise):
 * <ul>
 * <li>end-to-end latency of the decision feed: from a takedown's commit (the service call returning)
 * to a client long-polling {@code GET /api/feed?wait=PT5S} over HTTP with a client-credentials token
 * seeing its entry, p50/p95/p99 over {@code -Dbench.feed.decisions} decisions (default 2,000) made by
 * {@code -Dbench.feed.threads} leads (default 4);</li>
 * <li>decisions/s with the feed against the same decisions (takedown, audit event, member notice) with
 * the feed's outbox switched off, in alternating rounds of the same process.</li>
 * </ul>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedLatencyBench {

    private static final int DECISIONS = Integer.getInteger("bench.feed.decisions", 2_000);
    private static final int THREADS = Integer.getInteger("bench.feed.threads", 4);
    private static final int ROUNDS = 2;
    private static final int WARMUP = 200;
    private static final String DATABASE = TestDatabases.create("feedbench");

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> DATABASE);
        registry.add("spring.datasource.username", TestDatabases::user);
        registry.add("spring.datasource.password", TestDatabases::password);
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> THREADS + 6);
    }

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    TestData data;
    @Autowired
    TakedownService takedowns;
    @Autowired
    FeedOutbox outbox;
    @Autowired
    DataSource dataSource;

    /** moment id → nanoTime its decision committed / its entry was seen by the poller. */
    private final Map<Long, Long> committed = new ConcurrentHashMap<>();
    private final Map<Long, Long> seen = new ConcurrentHashMap<>();

    @AfterAll
    void dropTheDatabase() {
        ((com.zaxxer.hikari.HikariDataSource) dataSource).close();
        TestDatabases.drop(DATABASE);
    }

    @Test
    void figures() throws Exception {
        Chromium.useSecurityStrategyOf(context);
        data.markets("FR");
        Episode episode = data.episode("Feed bench", 1800);
        Member creator = data.member("FR");
        List<Long> moments = new ArrayList<>();
        for (int i = 0; i < 2 * (WARMUP + DECISIONS); i++) {
            moments.add(data.moment(episode, creator, "Feed bench clip " + i, Set.of("FR")).getId());
        }
        ProductBackendClient product = new ProductBackendClient(port);
        String token = product.token("feed.read");
        AtomicBoolean polling = new AtomicBoolean(true);
        int per = DECISIONS / ROUNDS;
        double withFeed = 0;
        double withoutFeed = 0;
        List<Double> latencies = new ArrayList<>();
        try (ExecutorService poller = Executors.newSingleThreadExecutor()) {
            Future<?> poll = poller.submit(() -> poll(product, token, polling));
            int next = 0;
            decide(moments.subList(next, next += WARMUP));
            outbox.recordForBenchmark(false);
            decide(moments.subList(next, next += WARMUP));
            for (int round = 0; round < ROUNDS; round++) {
                outbox.recordForBenchmark(true);
                List<Long> mine = moments.subList(next, next += per);
                withFeed += decide(mine);
                awaitSeen(mine);
                mine.forEach(m -> latencies.add(Math.max(0, seen.get(m) - committed.get(m)) / 1e6));
                outbox.recordForBenchmark(false);
                withoutFeed += decide(moments.subList(next, next += per));
            }
            outbox.recordForBenchmark(true);
            polling.set(false);
            poll.get();
        }
        withFeed /= ROUNDS;
        withoutFeed /= ROUNDS;
        BenchFigures.print("BENCH feed.database %s", TestDatabases.onServer() ? "mariadb" : "h2");
        BenchFigures.print("BENCH feed.decisions %d decisions", latencies.size());
        BenchFigures.print("BENCH feed.latency.p50 %.1f ms", BenchFigures.percentile(latencies, 50));
        BenchFigures.print("BENCH feed.latency.p95 %.1f ms", BenchFigures.percentile(latencies, 95));
        BenchFigures.print("BENCH feed.latency.p99 %.1f ms", BenchFigures.percentile(latencies, 99));
        BenchFigures.print("BENCH feed.decisions_per_s.with_feed %.0f decisions/s", withFeed);
        BenchFigures.print("BENCH feed.decisions_per_s.without_feed %.0f decisions/s", withoutFeed);
        BenchFigures.print("RATIO feed.decisions_per_s.with_over_without %.3f", withFeed / withoutFeed);
    }

    /** Takes the Moments down with THREADS leads; decisions per second. */
    private double decide(List<Long> moments) throws Exception {
        long start = System.nanoTime();
        int share = (moments.size() + THREADS - 1) / THREADS;
        try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                List<Long> mine = moments.subList(Math.min(moments.size(), t * share),
                        Math.min(moments.size(), (t + 1) * share));
                done.add(pool.submit(() -> AsStaff.run(Set.of(Role.LEAD_MODERATOR), Set.of("*"), () -> {
                    for (long m : mine) {
                        takedowns.takeDown(inMarkets(ContentKind.MOMENT, m, "FR"));
                        committed.put(m, System.nanoTime());
                    }
                })));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
        return moments.size() / ((System.nanoTime() - start) / 1e9);
    }

    /** A product client: long polls from the head on, noting when each Moment's entry arrives. */
    private void poll(ProductBackendClient product, String token, AtomicBoolean polling) {
        long cursor = 0;
        while (polling.get()) {
            HttpResponse<String> response = product.send("GET", "/api/feed?after=" + cursor + "&limit=1000&wait=PT5S",
                    token, null, null);
            long at = System.nanoTime();
            if (response.statusCode() != 200) {
                throw new IllegalStateException("The feed answered " + response.statusCode() + ": " + response.body());
            }
            JsonNode body = FeedReading.JSON.readTree(response.body());
            for (JsonNode e : body.get("entries")) {
                seen.putIfAbsent(Long.parseLong(e.get("subject").get("id").asString()), at);
            }
            cursor = body.get("next").asLong();
        }
    }

    private void awaitSeen(List<Long> moments) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!moments.stream().allMatch(seen::containsKey)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The poller never saw some decisions of the round");
            }
            Thread.sleep(5);
        }
    }
}
