package com.clipdesk.bench;

import static com.clipdesk.bench.BenchFigures.percentile;
import static com.clipdesk.bench.BenchFigures.print;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.content.ContentKind;
import com.clipdesk.content.ContentRef;
import com.clipdesk.content.Moment;
import com.clipdesk.member.Member;
import com.clipdesk.review.QueueCategory;
import com.clipdesk.rules.RuleAction;
import com.clipdesk.rules.RuleMatching;
import com.clipdesk.rules.Rules;
import com.clipdesk.search.SavedSearches;
import com.clipdesk.search.SearchService;
import com.clipdesk.search.SearchSort;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rules on ingest (docs/rules.md): with 20 rules in shadow mode, how long matching one batch of 500
 * new Moments takes (one search per rule and batch over an index that already holds
 * {@code -Dbench.rules.background} Moments, then one short transaction per hit), and the search part
 * alone. The app's own indexing setting (write-sync, Lucene on the file system) applies.
 */
@SpringBootTest(properties = {
    "spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy=write-sync",
    "spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem",
    "spring.jpa.properties.hibernate.search.backend.directory.root=target/bench-rules-index",
    "spring.jpa.properties.hibernate.search.schema_management.strategy=drop-and-create-and-drop",
    "clipdesk.review.schedule=false"
})
@ActiveProfiles("test")
class RuleMatchingBench {

    private static final int RULES = 20;
    private static final int BATCH = 500;
    private static final int BACKGROUND = Integer.getInteger("bench.rules.background", 20_000);
    private static final int RUNS = Integer.getInteger("bench.rules.runs", 10);
    private static final String[] WORDS = {"lighthouse", "storm", "finale", "kiss", "villain", "dragon", "twist",
        "wedding", "betrayal", "escape", "cliffhanger", "reveal", "ghost", "trial", "heist", "duel", "crown",
        "island", "prophecy", "rescue"};
    private static final String[] MARKETS = {"BR", "FR", "DE", "ES", "MX"};

    @Autowired TestData data;
    @Autowired EntityManager em;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;
    @Autowired SavedSearches savedSearches;
    @Autowired Rules rules;
    @Autowired RuleMatching matching;
    @Autowired SearchService search;

    private final Random random = new Random(11);

    @Test
    void matchBatchesOf500NewMomentsAgainst20Rules() {
        data.markets(MARKETS);
        Episode episode = data.episode("Rules bench " + System.nanoTime(), 3000);
        Member creator = data.member("BR");
        for (int made = 0; made < BACKGROUND; made += BATCH) {
            moments(episode, creator, Math.min(BATCH, BACKGROUND - made));
        }
        // 20 rules as staff would write them: a word or phrase, some with a market, a kind or a negation
        AsStaff.run("bench-lead", Set.of(Role.LEAD_MODERATOR), Set.of("*"), () -> {
            for (int i = 0; i < RULES; i++) {
                String query = switch (i % 4) {
                    case 0 -> WORDS[i];
                    case 1 -> WORDS[i] + " market:" + MARKETS[i % MARKETS.length];
                    case 2 -> "\"" + WORDS[i] + " " + WORDS[(i + 1) % WORDS.length] + "\" kind:moment";
                    default -> WORDS[i] + " -" + WORDS[(i + 3) % WORDS.length];
                };
                long saved = savedSearches.save("bench rule " + i, query, SearchSort.NEWEST, false).id();
                rules.promote(saved, "bench rule " + i, i % 3 == 0 ? RuleAction.ROUTE_TO_QUEUE : RuleAction.RAISE_PRIORITY,
                        i % 3 == 0 ? QueueCategory.OTHER : null, Set.of());
            }
        });

        List<Double> batchMs = new ArrayList<>();
        List<Double> searchMs = new ArrayList<>();
        long hitsBefore = hits();
        for (int run = 0; run < RUNS + 1; run++) {
            List<ContentRef> batch = moments(episode, creator, BATCH);
            queue(batch);
            // the headline figure first, on a batch no search has touched yet
            long start = System.nanoTime();
            int evaluated = matching.drain();
            double ms = (System.nanoTime() - start) / 1e6;
            assertEquals(BATCH, evaluated);
            long searchStart = System.nanoTime();
            AsStaff.run("bench-lead", Set.of(Role.LEAD_MODERATOR), Set.of("*"), () -> {
                for (int i = 0; i < RULES; i++) {
                    search.matches(jdbc.sql("select query from ingest_rule where name = ?").param("bench rule " + i)
                            .query(String.class).single(), Set.of(), batch);
                }
            });
            double searchOnly = (System.nanoTime() - searchStart) / 1e6;
            if (run > 0) { // the first run warms up
                batchMs.add(ms);
                searchMs.add(searchOnly);
            }
        }
        long hitCount = hits() - hitsBefore;
        assertTrue(hitCount > 0, "the rules matched something");
        print("BENCH rules.match.batch500.p50 %.1f ms", percentile(batchMs, 50));
        print("BENCH rules.match.batch500.max %.1f ms", percentile(batchMs, 100));
        print("BENCH rules.match.search20.p50 %.1f ms", percentile(searchMs, 50));
        print("BENCH rules.match.hits_per_batch %.1f hits", hitCount / (double) (RUNS + 1));
        print("BENCH rules.match.per_item %.3f ms", percentile(batchMs, 50) / BATCH);
    }

    private long hits() {
        return jdbc.sql("select count(*) from rule_hit").query(Long.class).single();
    }

    /** New Moments, each with two or three of the words and one or two markets, in one transaction. */
    private List<ContentRef> moments(Episode episode, Member creator, int count) {
        return tx.execute(status -> {
            Episode e = em.merge(episode);
            Member c = em.merge(creator);
            List<ContentRef> made = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String caption = WORDS[random.nextInt(WORDS.length)] + " and " + WORDS[random.nextInt(WORDS.length)]
                        + " " + random.nextInt(100_000);
                Set<String> markets = random.nextBoolean() ? Set.of(MARKETS[random.nextInt(MARKETS.length)])
                        : Set.of("BR", "FR");
                Moment m = new Moment(e, 10, 40, caption, "en", c, Instant.now(), markets);
                em.persist(m);
                made.add(new ContentRef(ContentKind.MOMENT, m.getId()));
            }
            return made;
        });
    }

    /** What the ContentIngested listener writes in the ingesting transaction. */
    private void queue(List<ContentRef> batch) {
        Timestamp now = Timestamp.from(Instant.now());
        tx.executeWithoutResult(status -> batch.forEach(item -> jdbc.sql(
                "insert into rule_pending (item_kind, item_id, markets, ingested_at) values (?, ?, ?, ?)")
                .param(item.kind().name()).param(item.id()).param("BR,FR").param(now).update()));
    }
}
