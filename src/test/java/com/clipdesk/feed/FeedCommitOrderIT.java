package com.clipdesk.feed;

import static com.clipdesk.takedown.TakedownFixtures.inMarkets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.content.ContentKind;
import com.clipdesk.member.Member;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import com.clipdesk.support.TestDatabases;
import com.clipdesk.takedown.TakedownService;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The feed's ordering and durability, in a database of its own (so its seqs start at 1): concurrent
 * deciders get seqs 1..N in commit order with no gap, each decision once, and a reader polling with
 * the cursor meanwhile sees every entry; a crash between the seal and the commit leaves nothing, and
 * after a restart (a new context on the same database) the feed holds each committed decision exactly
 * once, in order, and goes on from the next seq.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FeedCommitOrderIT {

    private static final int THREADS = 8;
    private static final int PER_THREAD = Integer.getInteger("feed.it.per-thread", 25);
    private static final String DATABASE = TestDatabases.create("feedorder");

    /** What the run before the restart committed, and the decision that crashed. */
    private static long headBeforeCrash;
    private static final List<Long> committedBeforeCrash = new ArrayList<>();
    private static long crashedMoment;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> DATABASE);
        registry.add("spring.datasource.username", TestDatabases::user);
        registry.add("spring.datasource.password", TestDatabases::password);
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> THREADS + 4);
    }

    @Autowired
    DecisionFeed feed;
    @Autowired
    TestData data;
    @Autowired
    TakedownService takedowns;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    @AfterAll
    static void dropTheDatabase() {
        TestDatabases.drop(DATABASE);
    }

    @Test
    @Order(1)
    void concurrentDecisionsGetGapFreeSeqsInCommitOrderAndAPollingReaderSkipsNone() throws Exception {
        List<Long> moments = moments(THREADS * PER_THREAD);
        long start = feed.head();
        int total = moments.size();
        List<Long> seen = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean deciding = new AtomicBoolean(true);
        ConcurrentLinkedQueue<Long> takedownIds = new ConcurrentLinkedQueue<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1)) {
            Future<?> reader = pool.submit(() -> {
                long cursor = start;
                while (deciding.get() || cursor < start + total) {
                    for (FeedEntry e : feed.after(cursor, 7)) {
                        seen.add(e.seq());
                        cursor = e.seq();
                    }
                }
            });
            List<Future<?>> deciders = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                List<Long> mine = moments.subList(t * PER_THREAD, (t + 1) * PER_THREAD);
                deciders.add(pool.submit(() -> AsStaff.run(Set.of(Role.LEAD_MODERATOR), Set.of("*"), () -> mine
                        .forEach(m -> takedownIds.add(takedowns.takeDown(inMarkets(ContentKind.MOMENT, m, "FR")).id())))));
            }
            for (Future<?> f : deciders) {
                f.get();
            }
            deciding.set(false);
            reader.get();
        }

        List<Long> expected = LongStream.rangeClosed(start + 1, start + total).boxed().toList();
        assertThat(seen).as("what the polling reader saw, in order").isEqualTo(expected);
        assertThat(feed.head()).isEqualTo(start + total);
        List<FeedEntry> entries = FeedReading.allAfter(feed, 0);
        assertThat(entries).extracting(FeedEntry::seq)
                .isEqualTo(LongStream.rangeClosed(1, start + total).boxed().toList());
        List<Long> fed = entries.stream().filter(e -> e.type().equals("takedown.applied"))
                .map(e -> FeedReading.JSON.readTree(e.payload()).get("decision").get("takedownId").asLong()).toList();
        assertThat(fed).as("each takedown exactly once").doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(takedownIds);
        // a seq is taken at commit: entries of later commits never carry a smaller seq than earlier ones
        assertThat(entries).extracting(e -> FeedReading.JSON.readTree(e.payload()).get("seq").asLong())
                .isEqualTo(entries.stream().map(FeedEntry::seq).toList());
    }

    @Test
    @Order(2)
    @DirtiesContext(methodMode = DirtiesContext.MethodMode.AFTER_METHOD)
    void aCrashBetweenTheSealAndTheCommitLeavesNothing() {
        List<Long> moments = moments(4);
        headBeforeCrash = feed.head();
        for (long m : moments.subList(0, 3)) {
            lead(() -> takedowns.takeDown(inMarkets(ContentKind.MOMENT, m, "FR")));
            committedBeforeCrash.add(m);
        }
        crashedMoment = moments.get(3);

        assertThatThrownBy(() -> lead(() -> transaction.executeWithoutResult(s -> {
            takedowns.takeDown(inMarkets(ContentKind.MOMENT, crashedMoment, "FR"));
            TransactionSynchronizationManager.registerSynchronization(new CrashBeforeCommit());
        })))
                // H2 reports the crash itself; MariaDB the cut connection the rollback could not use
                .satisfiesAnyOf(e -> assertThat(e).hasMessageContaining("died before its commit"),
                        e -> assertThat(e).hasMessageContaining("Connection is closed"));
    }

    @Test
    @Order(3)
    void afterTheRestartEachCommittedDecisionIsInTheFeedOnceInOrderAndTheFeedGoesOn() {
        List<FeedEntry> entries = FeedReading.allAfter(feed, headBeforeCrash);
        assertThat(entries).extracting(FeedEntry::seq)
                .containsExactly(headBeforeCrash + 1, headBeforeCrash + 2, headBeforeCrash + 3);
        assertThat(entries).extracting(FeedEntry::subjectId)
                .containsExactlyElementsOf(committedBeforeCrash.stream().map(String::valueOf).toList());
        assertThat(jdbc.sql("select count(*) from takedown where item_id = ?").param(crashedMoment).query(Long.class)
                .single()).as("the crashed decision left nothing").isZero();

        lead(() -> takedowns.takeDown(inMarkets(ContentKind.MOMENT, crashedMoment, "FR")));
        List<FeedEntry> all = FeedReading.allAfter(feed, 0);
        assertThat(all).extracting(FeedEntry::seq).isEqualTo(LongStream.rangeClosed(1, all.size()).boxed().toList());
        assertThat(all.getLast().seq()).isEqualTo(headBeforeCrash + 4);
        assertThat(all.getLast().subjectId()).isEqualTo(Long.toString(crashedMoment));
        assertThat(all).extracting(FeedEntry::subjectId).doesNotHaveDuplicates();
    }

    /**
     * Runs after the feed's and the audit chain's seals (same lowest precedence as the audit seal,
     * registered later): the entries are written and feed_head moved in the transaction, and the
     * process "dies" before the commit: its connection is cut and the commit never comes, so the database
     * rolls it all back.
     */
    private final class CrashBeforeCommit implements TransactionSynchronization {

        @Override
        public void beforeCommit(boolean readOnly) {
            Connection c = DataSourceUtils.getConnection(dataSource);
            try {
                Long sealedHead = jdbc.sql("select last_seq from feed_head where id = 1").query(Long.class).single();
                assertThat(sealedHead).as("the feed seal ran before the crash").isEqualTo(headBeforeCrash + 4);
                c.unwrap(Connection.class).abort(Runnable::run);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            // the commit never comes (H2 in memory may keep an aborted session's work until it is told)
            throw new IllegalStateException("the process died before its commit");
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    private List<Long> moments(int count) {
        data.markets("FR");
        Episode episode = data.episode("Feed order " + System.nanoTime(), 1800);
        Member creator = data.member("FR");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(data.moment(episode, creator, "Feed order clip " + i, Set.of("FR")).getId());
        }
        return ids;
    }

    private static void lead(Runnable action) {
        AsStaff.run(Set.of(Role.LEAD_MODERATOR), Set.of("*"), action);
    }
}
