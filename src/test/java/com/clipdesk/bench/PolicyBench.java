package com.clipdesk.bench;

import static com.clipdesk.bench.BenchFigures.percentile;
import static com.clipdesk.bench.BenchFigures.print;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clipdesk.TestData;
import com.clipdesk.catalog.CatalogService;
import com.clipdesk.catalog.Episode;
import com.clipdesk.content.ShareDestination;
import com.clipdesk.policy.PolicyDecisions;
import com.clipdesk.policy.ShareQuestion;
import com.clipdesk.support.MemberAppClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The sharing-policy decision (issue 8): p50/p95 of one decision in process (the compiled policies
 * in memory: {@link PolicyDecisions#decide}) and over HTTP on loopback ({@code POST
 * /api/policy/decisions} with a client-credentials token, one request at a time), and decisions/s
 * over HTTP with {@code -Dbench.policy.clients} concurrent clients. The in-process figure is the
 * baseline of the ratio: what HTTP, JSON and security add.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "clipdesk.review.schedule=false")
@ActiveProfiles("test")
class PolicyBench {

    private static final int TITLES = Integer.getInteger("bench.policy.titles", 200);
    private static final int WARMUP = Integer.getInteger("bench.policy.warmup", 2_000);
    private static final int RUNS = Integer.getInteger("bench.policy.runs", 5_000);
    private static final int CLIENTS = Integer.getInteger("bench.policy.clients", 4);
    private static final String[] MARKETS = {"US", "GB", "BR", "MX", "ES", "FR", "DE", "JP", "KR", "IN"};
    private static final String[] DESTINATIONS = {"instagram", "tiktok", "facebook", "x", "copy_link"};
    private static final String[] BANDS = {"13_17", "18_24", "25_34", "35_54", "55_PLUS"};

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    PolicyDecisions decisions;

    @Autowired
    CatalogService catalog;

    @Test
    void decisionsAreFast() throws Exception {
        data.markets(MARKETS);
        List<long[]> titles = new ArrayList<>();
        for (int i = 0; i < TITLES; i++) {
            Episode e = data.episode("Policy bench " + i + " " + System.nanoTime(), 1800);
            titles.add(new long[] {e.getSeason().getTitle().getId(), e.getId()});
        }
        print("BENCH policy.fixtures %d titles in %d markets", TITLES, MARKETS.length);
        var facts = catalog.titleFacts();

        // in process: the compiled policies
        for (int i = 0; i < WARMUP; i++) {
            decisions.decide(question(i, titles, facts));
        }
        List<Double> inProcess = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            ShareQuestion q = question(i, titles, facts);
            long start = System.nanoTime();
            decisions.decide(q);
            inProcess.add((System.nanoTime() - start) / 1e6);
        }

        // over HTTP on loopback, one request at a time
        String bearer = new MemberAppClient(port).token("policy.decide");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (int i = 0; i < WARMUP; i++) {
            send(http, bearer, body(i, titles));
        }
        List<Double> overHttp = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            String body = body(i, titles);
            long start = System.nanoTime();
            send(http, bearer, body);
            overHttp.add((System.nanoTime() - start) / 1e6);
        }

        // throughput: concurrent clients over HTTP
        AtomicLong done = new AtomicLong();
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(CLIENTS)) {
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.add(pool.submit(() -> {
                    for (int i = 0; i < RUNS / CLIENTS; i++) {
                        send(http, bearer, body(client * 7919 + i, titles));
                        done.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : clients) {
                f.get();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        report("policy.decision.in_process", inProcess);
        report("policy.decision", overHttp);
        print("BENCH policy.decisions_per_s %.0f /s (%d clients over HTTP)", done.get() / seconds, CLIENTS);
        print("RATIO policy.decision.p95.http_over_in_process %.1f", percentile(overHttp, 95) / percentile(inProcess, 95));
        assertTrue(percentile(overHttp, 95) <= 5.0, "goal: p95 over HTTP within 5 ms");
    }

    private static ShareQuestion question(int i, List<long[]> titles, java.util.Map<Long, CatalogService.TitleFacts> facts) {
        long[] t = titles.get(i % titles.size());
        CatalogService.TitleFacts f = facts.get(t[0]);
        return new ShareQuestion(MARKETS[i % MARKETS.length], t[0], null, f.kind(), f.maturityRating(), 5 + i % 90,
                ShareDestination.values()[i % ShareDestination.values().length], BANDS[i % BANDS.length],
                Instant.now());
    }

    private static String body(int i, List<long[]> titles) {
        long[] t = titles.get(i % titles.size());
        return "{\"market\":\"" + MARKETS[i % MARKETS.length] + "\",\"titleId\":" + t[0] + ",\"episodeId\":" + t[1]
                + ",\"clipSeconds\":" + (5 + i % 90) + ",\"destination\":\"" + DESTINATIONS[i % DESTINATIONS.length]
                + "\",\"ageBand\":\"" + BANDS[i % BANDS.length] + "\"}";
    }

    private void send(HttpClient http, String bearer, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/policy/decisions")).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + bearer).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + ": " + response.body());
        }
    }

    private static void report(String name, List<Double> millis) {
        print("BENCH %s.p50 %.3f ms", name, percentile(millis, 50));
        print("BENCH %s.p95 %.3f ms", name, percentile(millis, 95));
        print("BENCH %s.p99 %.3f ms", name, percentile(millis, 99));
    }
}
