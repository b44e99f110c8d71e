package com.clipdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.ClipdeskApplication;
import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.content.ContentKind;
import com.clipdesk.ingest.IngestParser;
import com.clipdesk.ingest.IngestService;
import com.clipdesk.ingest.LineResult;
import com.clipdesk.review.QueueCategory;
import com.clipdesk.rules.RuleAction;
import com.clipdesk.rules.Rules;
import com.clipdesk.search.IndexAdmin;
import com.clipdesk.search.SavedSearches;
import com.clipdesk.search.SearchSort;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import com.clipdesk.support.Await;
import com.clipdesk.support.CuttableProxy;
import com.clipdesk.support.OpenSearchNode;
import com.clipdesk.support.TestDatabases;
import com.clipdesk.takedown.TakedownFixtures;
import com.clipdesk.takedown.TakedownService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two app nodes on one database and one OpenSearch cluster with Hibernate Search's outbox-polling
 * coordination, as an operator runs them (issue 12): index changes made on either node reach the
 * shared index exactly once and in order. Each commit writes its changes to the outbox; the nodes'
 * agents split the entities between them and index each entity's events in order, from the database.
 * The workloads below make the two nodes change the same items at the same time, the case where each
 * node indexing its own commits can leave an older document in the index.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxCoordinationIT {

    static final Duration INDEX_WAIT = Duration.ofSeconds(60);

    final String marker = "zoc" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);
    String database;
    ConfigurableApplicationContext a;
    ConfigurableApplicationContext b;
    /** Node A reaches OpenSearch through this proxy, so a test can stall A's index writes. */
    CuttableProxy searchFromA;

    @BeforeAll
    void startTwoNodes() {
        database = TestDatabases.create("outbox");
        String[] search = OpenSearchNode.hosts().split(":");
        searchFromA = new CuttableProxy(search[0], Integer.parseInt(search[1]));
        a = node("a", "127.0.0.1:" + searchFromA.port());
        b = node("b", OpenSearchNode.hosts());
        a.getBean(TestData.class).markets("FR", "DE", "BR");
        // the test cluster's indexes also hold the documents of the suite's shared database: Moment ids
        // from 10,000,000 keep this database's documents apart from those (in production one database
        // has the cluster to itself)
        jdbc(a).sql(TestDatabases.onServer() ? "alter table moment auto_increment = 10000000"
                : "alter table moment alter column id restart with 10000000").update();
    }

    @AfterAll
    void stopBoth() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {b, a}) {
            if (node != null) {
                node.close();
            }
        }
        if (searchFromA != null) {
            searchFromA.close();
        }
        TestDatabases.drop(database);
    }

    /** A node configured as the operator's guide says: OpenSearch, coordination left at auto. */
    private ConfigurableApplicationContext node(String name, String searchHosts, String... more) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + database,
                "--spring.datasource.username=" + TestDatabases.user(),
                "--spring.datasource.password=" + TestDatabases.password(),
                "--CLIPDESK_SEARCH_ENGINE=opensearch", "--CLIPDESK_SEARCH_HOSTS=" + searchHosts,
                "--CLIPDESK_SEARCH_PROTOCOL=http", "--CLIPDESK_SEARCH_VERSION=opensearch:3.8",
                "--spring.application.name=clipdesk-outbox-" + name,
                // rules on ingest drain in the background, as in production
                "--clipdesk.rules.async=true"));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(ClipdeskApplication.class).profiles("test").run(args.toArray(String[]::new));
    }

    @Test
    void bothNodesRunAnAgentAndShareTheEntitiesBetweenThem() {
        await("two event processors sharing two shards", () -> jdbc(a).sql("""
                select count(*) from hsearch_agent
                where type = 'EVENT_PROCESSING_DYNAMIC_SHARDING' and state = 'RUNNING' and total_shard_count = 2""")
                .query(Long.class).single() == 2);
        assertThat(jdbc(b).sql("select assigned_shard_index from hsearch_agent where type = "
                + "'EVENT_PROCESSING_DYNAMIC_SHARDING' order by assigned_shard_index").query(Integer.class).list())
                .containsExactly(0, 1);
    }

    /**
     * Four writers, two per node, send versions 2 to 25 of the same twelve Moments, interleaved and
     * partly out of order (a stale version writes nothing). When the outbox is drained, every
     * document holds the caption of the version the database holds: the newest.
     */
    @Test
    void concurrentRevisionsOnBothNodesEndInTheIndexAsInTheDatabase() throws Exception {
        int moments = 12;
        int lastVersion = 25;
        String tag = marker + "rev";
        StringBuilder first = new StringBuilder(member(tag + "-creator")).append('\n');
        for (int i = 0; i < moments; i++) {
            first.append(moment(tag, i, 1)).append('\n');
        }
        assertThat(ingest(a, first.toString())).allMatch(r -> r.status() == LineResult.Status.ACCEPTED);

        ExecutorService writers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                ConfigurableApplicationContext node = w % 2 == 0 ? a : b;
                int writer = w;
                done.add(writers.submit(() -> {
                    Random random = new Random(writer);
                    for (int version = 2; version <= lastVersion; version++) {
                        if (version % 4 != writer) {
                            continue;
                        }
                        List<Integer> order = new ArrayList<>();
                        for (int i = 0; i < moments; i++) {
                            order.add(i);
                        }
                        Collections.shuffle(order, random);
                        for (int i : order) {
                            List<LineResult> results = ingest(node, moment(tag, i, version));
                            assertThat(results.getFirst().status()).isIn(LineResult.Status.UPDATED,
                                    LineResult.Status.STALE);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            writers.shutdownNow();
        }

        Map<Long, String> inDatabase = jdbc(a).sql("select id, caption from moment where caption like ?")
                .param(tag + "%").query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(inDatabase).hasSize(moments);
        assertThat(inDatabase.values()).allMatch(c -> c.endsWith(" v" + lastVersion));

        awaitOutboxDrained();
        await("every document at the database's caption", () -> indexedTexts(b, tag).equals(inDatabase));
        assertThat(indexedTexts(a, tag)).isEqualTo(inDatabase);
    }

    /**
     * A lead on node A takes twelve Moments down in FR while a lead on node B takes them down in DE,
     * at the same time. Each node indexing its own commit would write a document blocked in one market
     * only, whichever came last; from the outbox, every document is blocked in both.
     */
    @Test
    void concurrentTakedownsInTwoMarketsOnTwoNodesAreBothInTheIndex() throws Exception {
        TestData data = a.getBean(TestData.class);
        Episode episode = data.episode("Outbox takedowns " + marker, 1800);
        var creator = data.member("FR");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ids.add(data.moment(episode, creator, marker + "td moment " + i, Set.of("FR", "DE", "BR")).getId());
        }
        awaitOutboxDrained();

        ExecutorService leads = Executors.newFixedThreadPool(2);
        try {
            Future<?> onA = leads.submit(() -> takeDownEach(a, ids, "FR"));
            Future<?> onB = leads.submit(() -> takeDownEach(b, ids, "DE"));
            onA.get();
            onB.get();
        } finally {
            leads.shutdownNow();
        }

        awaitOutboxDrained();
        Map<Long, Set<String>> expected = ids.stream().collect(Collectors.toMap(id -> id, id -> Set.of("FR", "DE")));
        await("both markets blocked in every document", () -> blockedInIndex(b, marker + "td").equals(expected));
        assertThat(blockedInIndex(a, marker + "td")).isEqualTo(expected);
    }

    /**
     * Node A's write to the index stalls (a slow network, a long GC pause) after a lead on A took a
     * Moment down in FR; meanwhile a lead on B takes it down in DE. Had each node indexed its own commit,
     * A's late write (blocked in FR only) would overwrite B's (FR and DE) and stay in the index (tried:
     * with clipdesk.search.coordination=none this test fails so). Through the outbox, one agent indexes
     * this Moment's events in order, reading it from the database: the index ends blocked in both.
     */
    @Test
    void aStalledIndexWriteOnOneNodeDoesNotOverwriteANewerChangeFromTheOther() throws Exception {
        TestData data = a.getBean(TestData.class);
        Episode episode = data.episode("Outbox stall " + marker, 1800);
        String tag = marker + "st";
        long id = data.moment(episode, data.member("FR"), tag + " moment", Set.of("FR", "DE", "BR")).getId();
        awaitOutboxDrained();
        await("indexed", () -> blockedInIndex(b, tag).equals(Map.of(id, Set.of())));

        searchFromA.hold();
        ExecutorService leadOnA = Executors.newSingleThreadExecutor();
        try {
            Future<?> frOnA = leadOnA.submit(() -> takeDownEach(a, List.of(id), "FR"));
            await("A's takedown committed", () -> blocks(id).contains("FR"));
            takeDownEach(b, List.of(id), "DE");
            assertThat(blocks(id)).containsExactlyInAnyOrder("FR", "DE");
            Thread.sleep(1_000); // A's write stays held while B's change goes its way
            searchFromA.release();
            frOnA.get();
        } finally {
            searchFromA.release();
            leadOnA.shutdownNow();
        }

        awaitOutboxDrained();
        await("blocked in both markets", () -> blockedInIndex(b, tag).equals(Map.of(id, Set.of("FR", "DE"))));
        Thread.sleep(2_000); // nothing late overwrites it
        assertThat(blockedInIndex(b, tag)).isEqualTo(Map.of(id, Set.of("FR", "DE")));
    }

    private Set<String> blocks(long moment) {
        return new HashSet<>(jdbc(b).sql("select market_code from moment_block where moment_id = ?").param(moment)
                .query(String.class).list());
    }

    /**
     * A node whose commits are never indexed by itself (here: its event processor is off, as if it had
     * died right after committing): the other node indexes them from the outbox.
     */
    @Test
    void whatANodeCommitsIsIndexedByAnotherNodeWhenItDoesNotIndexItself() {
        ConfigurableApplicationContext writerOnly = node("c", OpenSearchNode.hosts(),
                "--spring.jpa.properties.hibernate.search.coordination.event_processor.enabled=false");
        try {
            String tag = marker + "c";
            assertThat(ingest(writerOnly, member(tag + "-creator") + "\n" + moment(tag, 0, 1)))
                    .allMatch(r -> r.status() == LineResult.Status.ACCEPTED);
            await("node C's Moment found on node A", () -> indexedTexts(a, tag).size() == 1);
            assertThat(indexedTexts(b, tag).values()).containsExactly(tag + " moment 0 v1");
        } finally {
            writerOnly.close();
        }
    }

    /** What an operator sees of the outbox: its backlog and agents, and a WARNING when changes were given up. */
    @Test
    void theHealthEndpointShowsTheOutboxAndWarnsOfChangesItGaveUp() {
        awaitOutboxDrained();
        HealthIndicator outbox = a.getBean("searchOutboxHealthIndicator", HealthIndicator.class);
        await("both agents alive", () -> Long.valueOf(2).equals(outbox.health().getDetails().get("agents")));
        Health healthy = outbox.health();
        assertThat(healthy.getStatus()).isEqualTo(Status.UP);
        assertThat(healthy.getDetails()).containsEntry("coordination", "outbox-polling").containsEntry("pending", 0L)
                .containsEntry("aborted", 0L);

        String aborted = java.util.UUID.randomUUID().toString();
        jdbc(a).sql("insert into hsearch_outbox_event (id, entity_name, entity_id, entity_id_hash, payload, retries, "
                + "process_after, status) values (?, 'Moment', '-1', 0, ?, 3, ?, 'ABORTED')").param(aborted)
                .param(new byte[] {0}).param(java.sql.Timestamp.from(java.time.Instant.now())).update();
        try {
            Health warning = b.getBean("searchOutboxHealthIndicator", HealthIndicator.class).health();
            assertThat(warning.getStatus().getCode()).isEqualTo("WARNING");
            assertThat(warning.getDetails()).containsEntry("aborted", 1L).containsEntry("reason",
                    "1 change(s) could not be indexed after retries: reindex from the index administration page");
        } finally {
            jdbc(a).sql("delete from hsearch_outbox_event where id = ?").param(aborted).update();
        }
    }

    /** The index page's "Measure" goes the production way: through the outbox and an agent. */
    @Test
    void commitToSearchableIsMeasuredThroughTheOutbox() {
        TestData data = a.getBean(TestData.class);
        data.moment(data.episode("Outbox measure " + marker, 600), data.member("FR"), marker + "ms first",
                Set.of("FR"));
        awaitOutboxDrained();
        java.util.concurrent.atomic.AtomicReference<IndexAdmin.Latency> measured = new java.util.concurrent.atomic
                .AtomicReference<>();
        AsStaff.run("admin", Set.of(Role.ADMIN), Set.of("*"), () -> measured.set(b.getBean(IndexAdmin.class)
                .measureCommitToSearchable()));
        assertThat(measured.get().millis()).isPositive().isLessThan(INDEX_WAIT.toMillis());
        long oldest = measured.get().momentId();
        try (EntityManager em = b.getBean(EntityManagerFactory.class).createEntityManager()) {
            assertThat(Search.session(em).search(com.clipdesk.content.Moment.class)
                    .where(f -> f.id().matching(oldest)).fetchTotalHitCount()).as("the document is back").isEqualTo(1);
        }
    }

    /**
     * Rules on ingest with the outbox: the drain right after the commit finds the new Moment not yet
     * indexed (an agent indexes it a moment later), looks again every second, and records the hit
     * without waiting for the 30-s sweep (off here).
     */
    @Test
    void aRuleMatchesAMomentIngestedOnTheOtherNodeOnceAnAgentIndexedIt() {
        String tag = marker + "rl";
        java.util.concurrent.atomic.AtomicLong rule = new java.util.concurrent.atomic.AtomicLong();
        AsStaff.run("lead-rules", Set.of(Role.LEAD_MODERATOR), Set.of("*"), () -> {
            long saved = a.getBean(SavedSearches.class).save(tag + " rule", tag + " harbour", SearchSort.NEWEST, false)
                    .id();
            rule.set(a.getBean(Rules.class).promote(saved, tag + " rule", RuleAction.ROUTE_TO_QUEUE,
                    QueueCategory.SAFETY, Set.of()).id());
        });
        try {
            long started = System.nanoTime();
            assertThat(ingest(b, member(tag + "-creator") + "\n" + moment(tag, 0, 1).replace(" moment 0 v1",
                    " harbour at night"))).allMatch(r -> r.status() == LineResult.Status.ACCEPTED);
            await("the shadow rule's hit", () -> jdbc(a).sql("select count(*) from rule_hit where rule_id = ?")
                    .param(rule.get()).query(Long.class).single() == 1);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("well before the 30-s sweep")
                    .isLessThan(Duration.ofSeconds(15));
        } finally {
            jdbc(a).sql("delete from rule_hit where rule_id = ?").param(rule.get()).update();
            jdbc(a).sql("delete from ingest_rule where id = ?").param(rule.get()).update();
            jdbc(a).sql("delete from rule_pending").update();
        }
    }

    private void takeDownEach(ConfigurableApplicationContext node, List<Long> ids, String market) {
        for (long id : ids) {
            for (int attempt = 1; ; attempt++) {
                try {
                    AsStaff.run("lead-" + market, Set.of(Role.LEAD_MODERATOR), Set.of("*"), () -> node
                            .getBean(TakedownService.class).takeDown(TakedownFixtures.inMarkets(ContentKind.MOMENT, id,
                                    market)));
                    break;
                } catch (RuntimeException conflict) {
                    // the other lead changed this Moment at the same moment (optimistic locking): try again
                    if (attempt == 10) {
                        throw conflict;
                    }
                }
            }
        }
    }

    private void awaitOutboxDrained() {
        await("the outbox drained", () -> jdbc(a).sql("select count(*) from hsearch_outbox_event")
                .query(Long.class).single() == 0);
    }

    private String member(String externalId) {
        return "{\"type\":\"member\",\"externalId\":\"" + externalId + "\",\"version\":1,\"handle\":\"" + externalId
                + "\",\"homeMarket\":\"FR\",\"ageBand\":\"25_34\"}";
    }

    private String moment(String tag, int i, int version) {
        long episode = episodeId();
        return "{\"type\":\"moment\",\"externalId\":\"" + tag + "-" + i + "\",\"version\":" + version + ",\"episodeId\":"
                + episode + ",\"startSecond\":10,\"endSecond\":40,\"caption\":\"" + tag + " moment " + i + " v"
                + version + "\",\"language\":\"en\",\"creator\":\"" + tag + "-creator\",\"markets\":[\"FR\",\"DE\"]}";
    }

    private Long episode;

    private synchronized long episodeId() {
        if (episode == null) {
            episode = a.getBean(TestData.class).episode("Outbox revisions " + marker, 3600).getId();
        }
        return episode;
    }

    private static List<LineResult> ingest(ConfigurableApplicationContext node, String ndjson) {
        return node.getBean(IngestService.class)
                .ingest(IngestParser.bulk(ndjson.getBytes(StandardCharsets.UTF_8)), "product-backend").results();
    }

    /** What the index holds: each Moment's id and indexed caption, read from its document. */
    private static Map<Long, String> indexedTexts(ConfigurableApplicationContext node, String tag) {
        try (EntityManager em = node.getBean(EntityManagerFactory.class).createEntityManager()) {
            return Search.session(em).search(com.clipdesk.content.Moment.class)
                    .select(f -> f.composite().from(f.id(Long.class), f.field("text", String.class)).asList())
                    .where(f -> f.match().field("text").matching(tag)).fetchHits(100).stream()
                    .collect(Collectors.toMap(row -> (Long) row.get(0), row -> (String) row.get(1)));
        }
    }

    private static Map<Long, Set<String>> blockedInIndex(ConfigurableApplicationContext node, String tag) {
        try (EntityManager em = node.getBean(EntityManagerFactory.class).createEntityManager()) {
            Map<Long, Set<String>> blocked = new HashMap<>();
            Search.session(em).search(com.clipdesk.content.Moment.class)
                    .select(f -> f.composite().from(f.id(Long.class), f.field("blockedMarkets", String.class).list())
                            .asList())
                    .where(f -> f.match().field("text").matching(tag)).fetchHits(100)
                    .forEach(row -> blocked.put((Long) row.get(0), new HashSet<>(castList(row.get(1)))));
            return blocked;
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object value) {
        return (List<String>) value;
    }

    private static JdbcClient jdbc(ConfigurableApplicationContext node) {
        return node.getBean(JdbcClient.class);
    }

    private static void await(String what, BooleanSupplier condition) {
        Await.until(INDEX_WAIT, what, condition);
    }
}
