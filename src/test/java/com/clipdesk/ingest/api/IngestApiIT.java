package com.clipdesk.ingest.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.content.Moment;
import com.clipdesk.support.Chromium;
import com.clipdesk.support.LinkResolverClient;
import com.clipdesk.support.ProductBackendClient;
import jakarta.persistence.EntityManagerFactory;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ingest API over HTTP with the product backend's client-credentials token: create, update,
 * duplicate and stale per type, out-of-order and concurrent versions, mixed bulks, limits, scopes,
 * the OpenAPI description, and what new items set off (review cases, spoiler holds, search, audit).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestApiIT {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory emf;

    @Autowired
    ApplicationContext context;

    ProductBackendClient client;
    String bearer;
    long episodeId;
    long titleId;
    String run;

    @BeforeEach
    void ownSecurityStrategy() {
        Chromium.useSecurityStrategyOf(context);
    }

    @BeforeAll
    void fixtures() {
        Chromium.useSecurityStrategyOf(context);
        data.markets("FR", "DE");
        Episode episode = data.episode("Ingest api " + System.nanoTime(), 1800);
        episodeId = episode.getId();
        titleId = jdbc.queryForObject("select s.title_id from episode e join season s on s.id = e.season_id where e.id = ?",
                Long.class, episodeId);
        client = new ProductBackendClient(port);
        bearer = client.token();
        run = Long.toString(System.nanoTime(), 36);
    }

    String id(String name) {
        return run + "-" + name;
    }

    HttpResponse<String> bulk(String ndjson) {
        return client.send("POST", "/api/ingest/bulk", bearer, "application/x-ndjson", ndjson);
    }

    HttpResponse<String> put(String type, String externalId, String json) {
        return client.send("PUT", "/api/ingest/" + type + "/" + externalId, bearer, "application/json", json);
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    String member(String name) {
        return "{\"type\":\"member\",\"externalId\":\"" + id(name) + "\",\"version\":1,\"handle\":\"" + id(name)
                + "\",\"homeMarket\":\"FR\",\"ageBand\":\"25_34\"}";
    }

    String moment(String name, int version, String caption, String creator) {
        return "{\"type\":\"moment\",\"externalId\":\"" + id(name) + "\",\"version\":" + version + ",\"episodeId\":"
                + episodeId + ",\"startSecond\":10,\"endSecond\":40,\"caption\":\"" + caption
                + "\",\"language\":\"en\",\"creator\":\"" + id(creator) + "\",\"markets\":[\"FR\",\"DE\"]}";
    }

    List<String> statuses(JsonNode body) {
        List<String> s = new ArrayList<>();
        body.get("results").forEach(r -> s.add(r.get("status").stringValue()));
        return s;
    }

    @Test
    void everyTypeIsCreatedThenDuplicateThenUpdated() {
        String lines = String.join("\n",
                member("alice"), member("bob"),
                moment("m1", 1, "Alice cuts the twist", "alice"),
                "{\"type\":\"share-link\",\"externalId\":\"" + id("l1") + "\",\"version\":1,\"moment\":\"" + id("m1")
                        + "\",\"token\":\"" + id("tok") + "\",\"destination\":\"tiktok\"}",
                "{\"type\":\"fandom-submission\",\"externalId\":\"" + id("s1") + "\",\"version\":1,\"titleId\":" + titleId
                        + ",\"kind\":\"theory\",\"body\":\"It was the butler\",\"language\":\"en\",\"creator\":\""
                        + id("alice") + "\",\"tags\":[\"theory\"],\"markets\":[\"FR\"]}",
                "{\"type\":\"watch-party\",\"externalId\":\"" + id("p1") + "\",\"version\":1,\"episodeId\":" + episodeId
                        + ",\"host\":\"" + id("alice") + "\",\"market\":\"FR\"}",
                "{\"type\":\"watch-party-message\",\"externalId\":\"" + id("c1") + "\",\"version\":1,\"party\":\""
                        + id("p1") + "\",\"author\":\"" + id("bob") + "\",\"body\":\"hello all\",\"language\":\"en\"}",
                "{\"type\":\"private-recommendation\",\"externalId\":\"" + id("r1") + "\",\"version\":1,\"sender\":\""
                        + id("alice") + "\",\"recipient\":\"" + id("bob") + "\",\"titleId\":" + titleId
                        + ",\"message\":\"watch this\",\"language\":\"en\",\"market\":\"FR\",\"report\":{\"externalId\":\""
                        + id("rep-r1") + "\",\"reporter\":\"" + id("bob") + "\",\"reason\":\"harassment\"}}",
                "{\"type\":\"report\",\"externalId\":\"" + id("rep1") + "\",\"version\":1,\"subjectType\":\"moment\","
                        + "\"subject\":\"" + id("m1") + "\",\"reporter\":\"" + id("bob")
                        + "\",\"reason\":\"hate\",\"text\":\"nasty\",\"market\":\"FR\"}");
        HttpResponse<String> first = bulk(lines);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(statuses(json(first))).as(first.body()).containsOnly("accepted").hasSize(9);
        long momentId = json(first).get("results").get(2).get("id").longValue();

        HttpResponse<String> again = bulk(lines);
        assertThat(statuses(json(again))).as(again.body()).containsOnly("duplicate");
        assertThat(jdbc.queryForObject("select count(*) from moment where id = ?", Long.class, momentId)).isEqualTo(1);

        // version 2 of each changeable item updates it
        String updates = String.join("\n",
                member("alice").replace("\"version\":1", "\"version\":2").replace("\"FR\"", "\"DE\""),
                moment("m1", 2, "Alice recut the twist", "alice"),
                "{\"type\":\"report\",\"externalId\":\"" + id("rep1") + "\",\"version\":2,\"subjectType\":\"moment\","
                        + "\"subject\":\"" + id("m1") + "\",\"reporter\":\"" + id("bob")
                        + "\",\"reason\":\"harassment\",\"text\":\"very nasty\",\"market\":\"FR\"}",
                "{\"type\":\"watch-party\",\"externalId\":\"" + id("p1") + "\",\"version\":2,\"episodeId\":" + episodeId
                        + ",\"host\":\"" + id("alice") + "\",\"market\":\"FR\"}");
        JsonNode updated = json(bulk(updates));
        assertThat(statuses(updated)).containsExactly("updated", "updated", "updated", "rejected");
        assertThat(updated.get("results").get(3).get("problem").get("type").stringValue()).endsWith("not-changeable");
        assertThat(jdbc.queryForObject("select caption from moment where id = ?", String.class, momentId))
                .isEqualTo("Alice recut the twist");
        assertThat(jdbc.queryForObject("select home_market from member where handle = ?", String.class, id("alice")))
                .isEqualTo("DE");
        // the stale version writes nothing
        JsonNode stale = json(bulk(moment("m1", 1, "Alice cuts the twist", "alice")));
        assertThat(statuses(stale)).containsExactly("stale");
        assertThat(jdbc.queryForObject("select caption from moment where id = ?", String.class, momentId))
                .isEqualTo("Alice recut the twist");
    }

    @Test
    void aLinkRevokedThroughTheIngestAnswersRevokedAtOnceNotAfterTheCachesTtl() {
        String link = "{\"type\":\"share-link\",\"externalId\":\"" + id("rl") + "\",\"version\":VERSION,\"moment\":\""
                + id("rm") + "\",\"token\":\"" + id("rtok") + "\",\"destination\":\"x\",\"createdAt\":\"2026-11-01T10:00:00Z\"REVOKED}";
        assertThat(statuses(json(bulk(String.join("\n", member("rita"), moment("rm", 1, "Rita's cut", "rita"),
                link.replace("VERSION", "1").replace("REVOKED", "")))))).containsOnly("accepted");
        LinkResolverClient resolver = new LinkResolverClient(port);
        String bearer = resolver.token();
        HttpResponse<String> before = resolver.status(bearer, id("rtok") + "?market=FR");
        assertThat(before.statusCode()).as(before.body()).isEqualTo(200);
        assertThat(before.body()).doesNotContain("revoked"); // and now cached

        HttpResponse<String> revoke = bulk(link.replace("VERSION", "2").replace("REVOKED",
                ",\"revokedAt\":\"2026-11-20T10:00:00Z\""));
        assertThat(statuses(json(revoke))).as(revoke.body()).containsExactly("updated");

        HttpResponse<String> after = resolver.status(bearer, id("rtok") + "?market=FR");
        assertThat(after.body()).contains("\"blocked\"").contains("\"revoked\"");
    }

    @Test
    void singleItemEndpointAnswers201Then200Then409() {
        assertThat(bulk(member("carol")).statusCode()).isEqualTo(200);
        String body = "{\"version\":3,\"episodeId\":" + episodeId + ",\"startSecond\":5,\"endSecond\":20,\"caption\":"
                + "\"v3 caption\",\"language\":\"fr\",\"creator\":\"" + id("carol") + "\",\"markets\":[\"FR\"]}";
        HttpResponse<String> created = put("moment", id("single"), body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(json(created).get("status").stringValue()).isEqualTo("accepted");
        assertThat(put("moment", id("single"), body).statusCode()).isEqualTo(200);
        // out of order: version 2 arrives after version 3 and changes nothing
        HttpResponse<String> older = put("moment", id("single"), body.replace("\"version\":3", "\"version\":2")
                .replace("v3 caption", "v2 caption"));
        assertThat(older.statusCode()).isEqualTo(409);
        assertThat(json(older).get("status").stringValue()).isEqualTo("stale");
        assertThat(jdbc.queryForObject("select m.caption from moment m join external_ref r on r.internal_id = m.id "
                + "where r.kind = 'MOMENT' and r.external_id = ?", String.class, id("single"))).isEqualTo("v3 caption");
        HttpResponse<String> invalid = put("moment", id("single2"), body.replace("\"startSecond\":5", "\"startSecond\":\"x\"")
                .replace("\"FR\"]", "\"FR\",\"ZZ\"]"));
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(invalid.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        JsonNode errors = json(invalid).get("errors");
        List<String> fields = new ArrayList<>();
        errors.forEach(e -> fields.add(e.get("field").stringValue()));
        assertThat(fields).contains("startSecond", "markets[1]");
    }

    @Test
    void aBadLineNeverRejectsItsNeighbours() {
        String lines = String.join("\n",
                member("dave"),
                moment("good1", 1, "good one", "dave"),
                "{\"type\":\"moment\",\"externalId\":\"" + id("bad1") + "\",\"version\":1,\"episodeId\":" + episodeId
                        + ",\"startSecond\":10,\"endSecond\":99999,\"caption\":\"too long clip\",\"language\":\"en\","
                        + "\"creator\":\"" + id("dave") + "\",\"markets\":[\"FR\"]}",
                "not json at all",
                moment("bad2", 1, "unknown creator", "nobody"),
                moment("good2", 1, "good two", "dave").replace("\"markets\"", "\"colour\":\"red\",\"markets\""),
                "{\"type\":\"member\",\"externalId\":\"" + id("dup-handle") + "\",\"version\":1,\"handle\":\"" + id("dave")
                        + "\",\"homeMarket\":\"FR\",\"ageBand\":\"25_34\"}",
                moment("good3", 1, "good three", "dave"),
                moment("good3", 2, "same item twice", "dave"),
                "{\"type\":\"private-recommendation\",\"externalId\":\"" + id("unreported") + "\",\"version\":1,"
                        + "\"sender\":\"" + id("dave") + "\",\"recipient\":\"" + id("alice-none") + "\",\"titleId\":"
                        + titleId + ",\"message\":\"hi\",\"language\":\"en\",\"market\":\"FR\"}");
        HttpResponse<String> response = bulk(lines);
        JsonNode body = json(response);
        assertThat(statuses(body)).as(response.body()).containsExactly("accepted", "accepted", "rejected", "rejected",
                "rejected", "rejected", "rejected", "accepted", "rejected", "rejected");
        JsonNode results = body.get("results");
        assertThat(results.get(2).get("problem").get("errors").get(0).get("field").stringValue()).isEqualTo("endSecond");
        assertThat(results.get(3).get("problem").get("type").stringValue()).endsWith("unreadable-line");
        assertThat(results.get(4).get("problem").get("errors").get(0).get("field").stringValue()).isEqualTo("creator");
        assertThat(results.get(5).get("problem").get("errors").get(0).get("field").stringValue()).isEqualTo("colour");
        assertThat(results.get(6).get("problem").get("errors").get(0).get("field").stringValue()).isEqualTo("handle");
        assertThat(results.get(8).get("problem").get("type").stringValue()).endsWith("duplicate-in-request");
        assertThat(body.get("accepted").longValue()).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from external_ref where external_id in (?, ?, ?, ?, ?)",
                Long.class, id("bad1"), id("bad2"), id("good2"), id("dup-handle"), id("unreported"))).isZero();
        assertThat(jdbc.queryForObject("select count(*) from moment where caption in ('too long clip', 'unknown creator', "
                + "'good two', 'same item twice')", Long.class)).isZero();
        // a private recommendation nobody reported is refused with its reason
        HttpResponse<String> unreported = bulk(member("erin") + "\n" + "{\"type\":\"private-recommendation\",\"externalId\":\""
                + id("unreported2") + "\",\"version\":1,\"sender\":\"" + id("dave") + "\",\"recipient\":\"" + id("erin")
                + "\",\"titleId\":" + titleId + ",\"message\":\"hi\",\"language\":\"en\",\"market\":\"FR\"}");
        assertThat(json(unreported).get("results").get(1).get("problem").get("type").stringValue()).endsWith("not-reported");
    }

    @Test
    void aNewerVersionOfAMomentKeepsItsEpisodeAndCreator() {
        assertThat(statuses(json(bulk(String.join("\n", member("ivy"), member("jack"),
                moment("kept", 1, "Ivy cuts it", "ivy")))))).containsOnly("accepted");
        String otherEpisode = moment("kept", 2, "Ivy recut it", "ivy").replace("\"episodeId\":" + episodeId,
                "\"episodeId\":" + (episodeId + 1_000_000));
        // one version of an item per request: three requests
        JsonNode episode = json(bulk(otherEpisode)).get("results").get(0).get("problem");
        assertThat(episode.get("type").stringValue()).endsWith("not-changeable");
        assertThat(episode.get("errors").get(0).get("field").stringValue()).isEqualTo("episodeId");
        JsonNode creator = json(bulk(moment("kept", 3, "Jack took it", "jack"))).get("results").get(0).get("problem");
        assertThat(creator.get("type").stringValue()).endsWith("not-changeable");
        assertThat(creator.get("errors").get(0).get("field").stringValue()).isEqualTo("creator");
        JsonNode tooLong = json(bulk(moment("kept", 4, "Ivy cuts it longer", "ivy").replace("\"endSecond\":40",
                "\"endSecond\":9000"))).get("results").get(0).get("problem");
        assertThat(tooLong.get("type").stringValue()).endsWith("invalid-item");
        assertThat(tooLong.get("errors").get(0).get("field").stringValue()).isEqualTo("endSecond");
        // nothing of them was written: the Moment and its version are as created
        assertThat(jdbc.queryForObject("select m.caption from moment m join external_ref r on r.internal_id = m.id "
                + "where r.kind = 'MOMENT' and r.external_id = ?", String.class, id("kept"))).isEqualTo("Ivy cuts it");
        assertThat(jdbc.queryForObject("select version from external_ref where kind = 'MOMENT' and external_id = ?",
                Long.class, id("kept"))).isEqualTo(1);
        // the same episode and creator with a new cut: applied
        assertThat(statuses(json(bulk(moment("kept", 5, "Ivy recut it", "ivy"))))).containsExactly("updated");
    }

    @Test
    void concurrentUpdatesOfOneItemKeepTheNewest() throws Exception {
        assertThat(bulk(member("frank") + "\n" + moment("race", 1, "v1", "frank")).statusCode()).isEqualTo(200);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                start.await();
                // thread 0 sends the even versions, thread 1 the odd ones, interleaved
                for (int v = 2 + thread; v <= 30; v += 2) {
                    HttpResponse<String> r = bulk(moment("race", v, "v" + v, "frank"));
                    assertThat(r.statusCode()).isEqualTo(200);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        assertThat(jdbc.queryForObject("select version from external_ref where kind = 'MOMENT' and external_id = ?",
                Long.class, id("race"))).isEqualTo(30);
        assertThat(jdbc.queryForObject("select m.caption from moment m join external_ref r on r.internal_id = m.id "
                + "where r.kind = 'MOMENT' and r.external_id = ?", String.class, id("race"))).isEqualTo("v30");
    }

    @Test
    void anIngestedReportOpensACaseInItsQueueAndNewItemsAreHeldIndexedAndAudited() {
        long auditBefore = jdbc.queryForObject("select count(*) from audit_event where action = 'INGEST_RECEIVED' "
                + "and actor = 'product-backend'", Long.class);
        JsonNode body = json(bulk(String.join("\n", member("gina"), member("hank"),
                moment("reported", 1, "Zyx" + run + " spoiler talk", "gina"),
                "{\"type\":\"report\",\"externalId\":\"" + id("rep-sp") + "\",\"version\":1,\"subjectType\":\"moment\","
                        + "\"subject\":\"" + id("reported") + "\",\"reporter\":\"" + id("hank")
                        + "\",\"reason\":\"spoiler\",\"market\":\"DE\"}")));
        assertThat(statuses(body)).containsOnly("accepted");
        long momentId = body.get("results").get(2).get("id").longValue();
        // the review intake ran after the commit: a case on the Moment, queued in DE's spoiler queue
        assertThat(jdbc.queryForList("select concat(q.market_code, ':', q.category) from review_queue_entry q "
                + "join review_case c on c.id = q.case_id where c.subject_kind = 'MOMENT' and c.subject_id = ?",
                String.class, momentId)).containsExactly("DE:SPOILER");
        // no release date of its episode in FR or DE yet: held back in both (spoiler holds computed)
        assertThat(jdbc.queryForList("select market_code from moment_hold where moment_id = ? order by market_code",
                String.class, momentId)).containsExactly("DE", "FR");
        // indexed on commit
        var em = emf.createEntityManager();
        try {
            List<Moment> hits = Search.session(em).search(Moment.class)
                    .where(f -> f.match().field("text").matching("zyx" + run)).fetchHits(5);
            assertThat(hits).extracting(Moment::getId).containsExactly(momentId);
            // ... with its holds: members in FR do not find it (visibleMarkets leaves held markets out)
            assertThat(Search.session(em).search(Moment.class).where(f -> f.and(
                    f.match().field("text").matching("zyx" + run), f.match().field("visibleMarkets").matching("FR")))
                    .fetchHits(5)).isEmpty();
            // a row as the entity writes it
            assertThat(jdbc.queryForMap("select state, spoiler, share_count, report_count from moment where id = ?",
                    momentId)).containsValues("ACTIVE", 0, 0, 0);
        } finally {
            em.close();
        }
        // one audit event for the request, by the client
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'INGEST_RECEIVED' "
                + "and actor = 'product-backend'", Long.class)).isEqualTo(auditBefore + 1);
        assertThat(jdbc.queryForObject("select summary from audit_event where action = 'INGEST_RECEIVED' "
                + "order by id desc limit 1", String.class)).contains("4 line(s)", "4 accepted");
    }

    @Test
    void limitsAnswer413() {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 10_001; i++) {
            many.append("{}\n");
        }
        HttpResponse<String> tooMany = bulk(many.toString());
        assertThat(tooMany.statusCode()).isEqualTo(413);
        assertThat(json(tooMany).get("type").stringValue()).endsWith("too-large");
        HttpResponse<String> longLine = bulk("{\"type\":\"member\",\"x\":\"" + "a".repeat(70_000) + "\"}");
        assertThat(longLine.statusCode()).isEqualTo(413);
        HttpResponse<String> hugeBody = client.sendBytes("POST", "/api/ingest/bulk", bearer, "application/x-ndjson",
                ("{}\n" + " ".repeat(1000) + "\n").repeat(17_000).getBytes());
        assertThat(hugeBody.statusCode()).isEqualTo(413);
        HttpResponse<String> single = put("moment", id("big"), "{\"caption\":\"" + "a".repeat(70_000) + "\"}");
        assertThat(single.statusCode()).isEqualTo(413);
        // a string longer than its column: a 422 naming the field, not a database error
        HttpResponse<String> longCaption = put("moment", id("longcap"), "{\"version\":1,\"caption\":\""
                + "a".repeat(Moment.CAPTION_MAX + 1) + "\"}");
        assertThat(longCaption.statusCode()).isEqualTo(422);
        assertThat(longCaption.body()).contains("\"field\":\"caption\"", "Too long");
    }

    @Test
    void tokensAndScopes() {
        HttpResponse<String> none = client.send("POST", "/api/ingest/bulk", null, "application/x-ndjson", member("x"));
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.body()).contains("unauthorized");
        String feedOnly = client.token("feed.read");
        HttpResponse<String> wrongScope = client.send("POST", "/api/ingest/bulk", feedOnly, "application/x-ndjson",
                member("x"));
        assertThat(wrongScope.statusCode()).isEqualTo(403);
        assertThat(client.send("PUT", "/api/ingest/member/" + id("x"), feedOnly, "application/json", "{}").statusCode())
                .isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from external_ref where external_id = ?", Long.class, id("x")))
                .isZero();
        HttpResponse<String> wrongType = client.send("POST", "/api/ingest/bulk", bearer, "application/json", member("x"));
        assertThat(wrongType.statusCode()).isEqualTo(415);
    }

    @Test
    void theOpenApiDescriptionIsServedWithoutAToken() {
        HttpResponse<String> docs = client.send("GET", "/v3/api-docs", null, null, null);
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode paths = json(docs).get("paths");
        assertThat(paths.has("/api/ingest/bulk")).isTrue();
        assertThat(paths.has("/api/ingest/{type}/{externalId}")).isTrue();
        assertThat(docs.body()).contains("application/x-ndjson", "IngestBulkResult");
        HttpResponse<String> ui = client.send("GET", "/swagger-ui/index.html", null, null, null);
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger");
    }
}
