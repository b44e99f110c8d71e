package com.clipdesk.feed.api;

import static com.clipdesk.takedown.TakedownFixtures.inMarkets;
import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.content.ContentKind;
import com.clipdesk.feed.DecisionFeed;
import com.clipdesk.feed.FeedLongPolls;
import com.clipdesk.member.Member;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import com.clipdesk.support.Chromium;
import com.clipdesk.support.ProductBackendClient;
import com.clipdesk.takedown.TakedownService;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/feed} over HTTP with the product backend's client-credentials token: paging with the
 * cursor, the start of the feed, the long poll, problems naming the field, and the scope.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FeedApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    TestData data;
    @Autowired
    TakedownService takedowns;
    @Autowired
    DecisionFeed feed;
    @Autowired
    FeedLongPolls longPolls;

    ProductBackendClient product;
    Episode episode;
    Member creator;

    @BeforeEach
    void client() {
        Chromium.useSecurityStrategyOf(context);
        product = new ProductBackendClient(port);
        data.markets("FR");
        episode = data.episode("Feed api " + System.nanoTime(), 1800);
        creator = data.member("FR");
    }

    @Test
    void aClientPagesThroughTheFeedWithTheCursorInOrder() {
        long head = feed.head();
        List<Long> moments = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            moments.add(takeDown());
        }
        String token = product.token("feed.read");

        JsonNode first = get("/api/feed?after=" + head + "&limit=2", token);
        assertThat(first.get("entries")).extracting(e -> e.get("seq").asLong()).containsExactly(head + 1, head + 2);
        assertThat(first.get("entries")).extracting(e -> e.get("subject").get("id").asString())
                .containsExactly(moments.get(0).toString(), moments.get(1).toString());
        assertThat(first.get("next").asLong()).isEqualTo(head + 2);
        assertThat(first.get("head").asLong()).isEqualTo(head + 3);

        JsonNode second = get("/api/feed?after=" + first.get("next").asLong() + "&limit=2", token);
        assertThat(second.get("entries")).extracting(e -> e.get("seq").asLong()).containsExactly(head + 3);
        assertThat(second.get("next").asLong()).isEqualTo(head + 3);

        JsonNode nothingNew = get("/api/feed?after=" + second.get("next").asLong(), token);
        assertThat(nothingNew.get("entries").size()).isZero();
        assertThat(nothingNew.get("next").asLong()).isEqualTo(head + 3);

        JsonNode fromTheStart = get("/api/feed?limit=1", token);
        assertThat(fromTheStart.get("entries")).extracting(e -> e.get("seq").asLong()).containsExactly(1L);
    }

    @Test
    void aLongPollAnswersWhenTheNextDecisionCommits() throws Exception {
        String token = product.token("feed.read");
        long head = feed.head();
        long started = System.nanoTime();
        CompletableFuture<HttpResponse<String>> poll = CompletableFuture.supplyAsync(
                () -> product.send("GET", "/api/feed?after=" + head + "&wait=PT20S", token, null, null));
        Thread.sleep(500);
        assertThat(poll).isNotDone();
        long moment = takeDown();

        HttpResponse<String> response = poll.get(10, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)).isLessThan(10);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("entries")).singleElement()
                .satisfies(e -> assertThat(e.get("subject").get("id").asString()).isEqualTo(Long.toString(moment)));

        long empty = System.nanoTime();
        JsonNode none = get("/api/feed?after=" + (head + 1) + "&wait=PT1S", token);
        assertThat(none.get("entries").size()).isZero();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - empty)).isGreaterThanOrEqualTo(900);
    }

    @Test
    void manyLongPollsWaitWithoutHoldingRequestThreadsAndAllGetTheNextDecision() throws Exception {
        String token = product.token("feed.read");
        long head = feed.head();
        int consumers = 40;
        java.util.List<CompletableFuture<HttpResponse<String>>> polls = new java.util.ArrayList<>();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(consumers);
        try {
            for (int i = 0; i < consumers; i++) {
                polls.add(CompletableFuture.supplyAsync(
                        () -> product.send("GET", "/api/feed?after=" + head + "&wait=PT20S", token, null, null), pool));
            }
            // all of them parked in FeedLongPolls: none holds one of the web server's threads
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (longPolls.waiting() < consumers) {
                assertThat(System.nanoTime()).as("%d polls parked", consumers).isLessThan(until);
                Thread.sleep(20);
            }
            // ... so a plain read still answers at once
            assertThat(get("/api/feed?after=" + head, token).get("entries").size()).isZero();

            long moment = takeDown();
            for (CompletableFuture<HttpResponse<String>> poll : polls) {
                HttpResponse<String> response = poll.get(10, TimeUnit.SECONDS);
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(JSON.readTree(response.body()).get("entries")).singleElement().satisfies(e -> assertThat(
                        e.get("subject").get("id").asString()).isEqualTo(Long.toString(moment)));
            }
            assertThat(longPolls.waiting()).isZero();
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @CsvSource({
            "after=-1, after",
            "after=abc, after",
            "after=1.5, after",
            "after=99999999999999999999, after",
            "limit=0, limit",
            "limit=1001, limit",
            "limit=ten, limit",
            "wait=PT31S, wait",
            "wait=soon, wait",
            "wait=-PT1S, wait"})
    void badParametersAreProblemsNamingTheField(String query, String field) {
        HttpResponse<String> response = product.send("GET", "/api/feed?" + query, product.token("feed.read"), null,
                null);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("field").asString()).isEqualTo(field);
        assertThat(problem.get("detail").asString()).contains(field);
    }

    @Test
    void theFeedNeedsATokenWithTheFeedReadScope() {
        HttpResponse<String> none = product.send("GET", "/api/feed?after=0", null, null, null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.body()).contains("unauthorized");

        HttpResponse<String> ingestOnly = product.send("GET", "/api/feed?after=0", product.token("ingest.write"), null,
                null);
        assertThat(ingestOnly.statusCode()).isEqualTo(403);
        assertThat(ingestOnly.body()).contains("forbidden");

        HttpResponse<String> post = product.send("POST", "/api/feed", product.token("feed.read"), "application/json",
                "{}");
        assertThat(post.statusCode()).isEqualTo(403);
    }

    private long takeDown() {
        long moment = data.moment(episode, creator, "Feed api clip", Set.of("FR")).getId();
        AsStaff.run(Set.of(Role.LEAD_MODERATOR), Set.of("*"),
                () -> takedowns.takeDown(inMarkets(ContentKind.MOMENT, moment, "FR")));
        return moment;
    }

    private JsonNode get(String path, String token) {
        HttpResponse<String> response = product.send("GET", path, token, null, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
