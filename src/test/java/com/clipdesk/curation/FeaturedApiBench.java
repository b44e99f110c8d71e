package com.clipdesk.curation;

import static com.clipdesk.bench.BenchFigures.percentile;
import static com.clipdesk.bench.BenchFigures.print;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.member.Member;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import com.clipdesk.support.MemberAppClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 9: {@code GET /api/featured/{market}} under {@code bench.featured.clients} concurrent clients over
 * HTTP on loopback (a published board of 12), served from the node's snapshot that re-reads the board's
 * version at most every second, against the baseline in the same process: the same API re-reading the
 * version in a read-only transaction on every request ({@code clipdesk.curation.featured-recheck=PT0S},
 * which is how it served before). Rounds alternate so both see the same machine.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "clipdesk.review.schedule=false")
@ActiveProfiles("test")
class FeaturedApiBench {

    private static final int CLIENTS = Integer.getInteger("bench.featured.clients", 8);
    private static final int REQUESTS = Integer.getInteger("bench.featured.requests", 4_000);
    private static final int ROUNDS = Integer.getInteger("bench.featured.rounds", 3);
    private static final String MARKET = "BF";

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    CurationService curation;

    @Autowired
    FeaturedFeed feed;

    @AfterEach
    void defaultRecheck() {
        feed.recheck(Duration.ofSeconds(1));
    }

    @Test
    void theFeaturedApiServesFromMemory() throws Exception {
        data.markets(MARKET);
        Episode episode = data.episode("Featured bench " + System.nanoTime(), 2700);
        Member creator = data.member(MARKET);
        AsStaff.run("bench", Set.of(Role.ADMIN), Set.of("*"), () -> {
            BoardView b = null;
            for (int i = 0; i < 12; i++) {
                long id = data.moment(episode, creator, "scene " + i, Set.of(MARKET), i * 60, i * 60 + 30).getId();
                b = curation.add(BoardKey.homeRow(MARKET), b == null ? null : b.version(), id, null, null);
            }
            curation.publish(BoardKey.homeRow(MARKET), b.version());
        });
        String bearer = new MemberAppClient(port).token("featured.read");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (Duration recheck : new Duration[] {Duration.ZERO, Duration.ofSeconds(1)}) {
            feed.recheck(recheck);
            warmUp(http, bearer, REQUESTS / 2);
        }

        List<Double> perRequest = new ArrayList<>();
        List<Double> snapshot = new ArrayList<>();
        double perRequestSeconds = 0;
        double snapshotSeconds = 0;
        for (int r = 0; r < ROUNDS; r++) {
            feed.recheck(Duration.ZERO);
            perRequestSeconds += round(http, bearer, perRequest);
            feed.recheck(Duration.ofSeconds(1));
            snapshotSeconds += round(http, bearer, snapshot);
        }
        double perRequestRate = perRequest.size() / perRequestSeconds;
        double snapshotRate = snapshot.size() / snapshotSeconds;

        print("BENCH curation.featured_api.p50 %.2f ms", percentile(snapshot, 50));
        print("BENCH curation.featured_api.p95 %.2f ms", percentile(snapshot, 95));
        print("BENCH curation.featured_api.requests_per_s %.0f /s (%d clients over HTTP)", snapshotRate, CLIENTS);
        print("BENCH curation.featured_api.version_per_request.p95 %.2f ms", percentile(perRequest, 95));
        print("BENCH curation.featured_api.version_per_request.requests_per_s %.0f /s", perRequestRate);
        print("RATIO curation.featured_api.requests_per_s.snapshot_over_version_per_request %.2f",
                snapshotRate / perRequestRate);
        print("RATIO curation.featured_api.p95.snapshot_over_version_per_request %.2f",
                percentile(snapshot, 95) / percentile(perRequest, 95));
        assertEquals(ROUNDS * (REQUESTS / CLIENTS) * CLIENTS, snapshot.size(), "every request answered 200");
    }

    /** {@link #REQUESTS} over {@link #CLIENTS} clients; their latencies into {@code into}; the seconds it took. */
    private double round(HttpClient http, String bearer, List<Double> into) throws Exception {
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(CLIENTS)) {
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                clients.add(pool.submit(() -> {
                    for (int i = 0; i < REQUESTS / CLIENTS; i++) {
                        long t = System.nanoTime();
                        get(http, bearer);
                        latencies.add((System.nanoTime() - t) / 1e6);
                    }
                    return null;
                }));
            }
            for (Future<?> f : clients) {
                f.get();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        into.addAll(latencies);
        return seconds;
    }

    private void warmUp(HttpClient http, String bearer, int requests) throws Exception {
        for (int i = 0; i < requests; i++) {
            get(http, bearer);
        }
    }

    private void get(HttpClient http, String bearer) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/featured/" + MARKET + "?surface=HOME_ROW")).header("Authorization", "Bearer " + bearer).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || !response.body().contains("scene 11")) {
            throw new IllegalStateException(response.statusCode() + ": " + response.body());
        }
    }
}
