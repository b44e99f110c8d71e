package com.clipdesk.rules;

import com.clipdesk.content.ContentKind;
import com.clipdesk.content.ContentRef;
import com.clipdesk.ingest.ContentIngested;
import com.clipdesk.ingest.IngestIndexed;
import com.clipdesk.review.RuleRouting;
import com.clipdesk.search.SearchService;
import com.clipdesk.spoiler.SpoilerFlags;
import jakarta.annotation.PreDestroy;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Matches new items against the shadow and enabled rules (docs/rules.md). In the ingesting transaction
 * a new item is queued in {@code rule_pending} (only while some rule is evaluated), so a stop between
 * commit and evaluation loses nothing; after the commit, when the item is indexed, a background thread
 * drains the queue in batches of {@value #BATCH}: one search per rule and batch (the rule's query AND
 * the batch's ids), then per matching item one short transaction that records the hit (unique per
 * rule and item, so a batch evaluated twice acts once) and, for an enabled rule, acts. A failing rule
 * or action is logged with an id and recorded on the rule; it never reaches the ingest.
 */
@Service
public class RuleMatching {

    private static final Logger log = LoggerFactory.getLogger(RuleMatching.class);
    static final int BATCH = 500;
    /** An item still not in the index after this long is dropped (logged): the index is not keeping up. */
    static final Duration INDEX_PATIENCE = Duration.ofMinutes(10);
    static final Duration RETRY_WHILE_INDEXING = Duration.ofSeconds(1);
    private static final Set<RuleMode> EVALUATED = EnumSet.of(RuleMode.SHADOW, RuleMode.ENABLED);
    private static final char[] ID_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RuleRepository rules;
    private final RuleHits hits;
    private final SearchService search;
    private final RuleRouting routing;
    private final SpoilerFlags spoilers;
    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final TransactionTemplate transaction;
    private final TransactionTemplate readOnly;
    private final Clock clock;
    private final boolean async;
    private final ScheduledExecutorService executor;
    /** Set when the last drain left items that the index did not have yet. */
    private volatile boolean waitingForIndex;
    private final AtomicBoolean queued = new AtomicBoolean();
    private final ReentrantLock running = new ReentrantLock();

    RuleMatching(RuleRepository rules, RuleHits hits, SearchService search, RuleRouting routing, SpoilerFlags spoilers,
            JdbcClient jdbc, JdbcTemplate batches, PlatformTransactionManager transactionManager, Clock clock,
            @Value("${clipdesk.rules.async:true}") boolean async) {
        this.batches = batches;
        this.rules = rules;
        this.hits = hits;
        this.search = search;
        this.routing = routing;
        this.spoilers = spoilers;
        this.jdbc = jdbc;
        // after commit the ingesting transaction's resources may still be bound: always a new one
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
        this.async = async;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "rule-matching");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * In the ingesting transaction: queues the item when some rule is evaluated and search indexes its
     * kind. The items of one transaction are inserted in one JDBC batch just before its commit (a bulk
     * push ingests hundreds per transaction), and the queue is drained once after it. Plain JDBC, and
     * any failure is only logged: it must not mark the ingest rollback-only.
     */
    @EventListener
    void queue(ContentIngested event) {
        if (!SearchService.searchable(event.item().kind())) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            log.warn("Rules on ingest: {} {} ingested outside a transaction, not queued for the rules",
                    event.item().kind(), event.item().id());
            return;
        }
        Ingested ingested = (Ingested) TransactionSynchronizationManager.getResource(this);
        if (ingested == null) {
            ingested = new Ingested(evaluated());
            TransactionSynchronizationManager.bindResource(this, ingested);
            TransactionSynchronizationManager.registerSynchronization(ingested);
        }
        if (ingested.evaluated) {
            ingested.rows.add(new Object[] {event.item().kind().name(), event.item().id(),
                    clip(String.join(",", new TreeSet<>(event.markets())), 100), Timestamp.from(event.at())});
        }
    }

    /**
     * An ingest that did not wait for the search index: its items are searchable now. Always in the
     * background, since this runs on the index's own thread.
     */
    @EventListener
    void indexed(IngestIndexed event) {
        drainInBackground();
    }

    /** One drain queued at a time: a drain started later sees every item queued before it. */
    private void drainInBackground() {
        if (queued.compareAndSet(false, true)) {
            try {
                executor.execute(() -> {
                    queued.set(false);
                    drainQuietly();
                    if (waitingForIndex) {
                        // indexed by another thread or node (the outbox coordination of several nodes
                        // indexes after the commit): look again shortly rather than at the next sweep
                        try {
                            executor.schedule(this::drainInBackground, RETRY_WHILE_INDEXING.toMillis(),
                                    TimeUnit.MILLISECONDS);
                        } catch (java.util.concurrent.RejectedExecutionException stopping) {
                            // shutting down: the sweep evaluates the queue after the restart
                        }
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                queued.set(false); // shutting down: the sweep evaluates the queue after the restart
            }
        }
    }

    private boolean evaluated() {
        try {
            return jdbc.sql("select count(*) from ingest_rule where mode in ('SHADOW', 'ENABLED')").query(Long.class)
                    .single() > 0;
        } catch (RuntimeException e) {
            log.warn("Rules on ingest: cannot tell whether a rule is evaluated, items not queued: {}", e.toString());
            return false;
        }
    }

    /**
     * The searchable items one transaction ingested. None queued when no rule was evaluated at its first
     * item: a rule promoted later looks at items ingested after it.
     */
    private final class Ingested implements TransactionSynchronization {

        private final boolean evaluated;
        private final List<Object[]> rows = new ArrayList<>();

        Ingested(boolean evaluated) {
            this.evaluated = evaluated;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            if (rows.isEmpty()) {
                return;
            }
            try {
                batches.batchUpdate("insert into rule_pending (item_kind, item_id, markets, ingested_at) "
                        + "values (?, ?, ?, ?)", rows);
            } catch (RuntimeException e) {
                log.warn("Rules on ingest: {} items not queued for the rules: {}", rows.size(), e.toString());
            }
        }

        /**
         * The items are indexed now, unless the ingest did not wait for the index: drain in the
         * background, or here when not async.
         */
        @Override
        public void afterCommit() {
            if (!async) {
                drainQuietly();
            } else {
                drainInBackground();
            }
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(RuleMatching.this);
        }
    }

    void drainQuietly() {
        try {
            drain();
        } catch (RuntimeException e) {
            log.warn("Rules on ingest: draining failed, the schedule tries again: {}", e.toString(), e);
        }
    }

    /**
     * Evaluates every queued item (also called by the schedule, for items queued before a restart);
     * returns how many were evaluated. One drain at a time in this process.
     */
    public int drain() {
        running.lock();
        try {
            int evaluated = 0;
            while (true) {
                List<Pending> batch = read(() -> jdbc.sql("""
                        select item_kind, item_id, markets, ingested_at from rule_pending
                        order by ingested_at, item_kind, item_id limit ?""").param(BATCH)
                        .query((rs, n) -> new Pending(new ContentRef(ContentKind.valueOf(rs.getString(1)),
                                rs.getLong(2)), markets(rs.getString(3)), rs.getTimestamp(4).toInstant())).list());
                waitingForIndex = false;
                if (batch.isEmpty()) {
                    return evaluated;
                }
                int done = evaluate(batch);
                evaluated += done;
                if (done == 0) {
                    waitingForIndex = true;
                    return evaluated; // all waiting for the index: the next drain looks again
                }
            }
        } finally {
            running.unlock();
        }
    }

    /** One batch: the items in the index against every evaluated rule; returns how many left the queue. */
    int evaluate(List<Pending> batch) {
        List<Rule> active = read(() -> rules.findByModeInOrderById(EVALUATED));
        Set<ContentRef> indexed = read(() -> search.indexed(batch.stream().map(Pending::item).toList()));
        Instant now = clock.instant();
        List<Pending> ready = new ArrayList<>();
        List<Pending> done = new ArrayList<>();
        for (Pending p : batch) {
            if (indexed.contains(p.item())) {
                ready.add(p);
                done.add(p);
            } else if (p.ingestedAt().plus(INDEX_PATIENCE).isBefore(now)) {
                log.warn("Rules on ingest: {} {} still not in the search index {} after ingest; not evaluated",
                        p.item().kind(), p.item().id(), INDEX_PATIENCE);
                done.add(p);
            }
        }
        List<ContentRef> items = ready.stream().map(Pending::item).toList();
        for (Rule rule : active) {
            if (items.isEmpty()) {
                break;
            }
            try {
                Set<ContentRef> matched = read(() -> search.matches(rule.getQuery(), rule.getMarkets(), items));
                for (Pending p : ready) {
                    if (matched.contains(p.item())) {
                        apply(rule.getId(), p);
                    }
                }
            } catch (RuntimeException e) {
                failed(rule.getId(), rule.getName(), "matching " + items.size() + " new item(s)", e);
            }
        }
        transaction.executeWithoutResult(status -> done.forEach(p -> jdbc.sql(
                "delete from rule_pending where item_kind = ? and item_id = ?").param(p.item().kind().name())
                .param(p.item().id()).update()));
        return done.size();
    }

    /** Records the hit and, for an enabled rule, acts: one transaction per rule and item. */
    private void apply(long ruleId, Pending p) {
        try {
            transaction.executeWithoutResult(status -> {
                Rule rule = rules.findById(ruleId).orElse(null);
                if (rule == null || !rule.getMode().evaluates() || hits.exists(ruleId, p.item())) {
                    return; // deleted or disabled since the batch began, or done before
                }
                Set<String> markets = new TreeSet<>(p.markets());
                if (!rule.getMarkets().isEmpty()) {
                    markets.retainAll(rule.getMarkets());
                }
                Instant now = clock.instant();
                if (rule.getMode() == RuleMode.SHADOW) {
                    hits.record(rule, p.item(), markets, HitOutcome.WOULD_ACT, "would have " + verb(rule), now);
                    return;
                }
                RuleRouting.Outcome outcome = act(rule, p.item());
                hits.record(rule, p.item(), markets, outcome.acted() ? HitOutcome.ACTED : HitOutcome.NO_EFFECT,
                        outcome.detail(), now);
            });
        } catch (RuntimeException e) {
            String errorId = failed(ruleId, "#" + ruleId, "acting on " + p.item().kind() + " " + p.item().id(), e);
            try {
                transaction.executeWithoutResult(status -> rules.findById(ruleId).ifPresent(rule -> hits.record(rule,
                        p.item(), p.markets(), HitOutcome.FAILED, "failed, error " + errorId, clock.instant())));
            } catch (RuntimeException again) {
                log.warn("Rules on ingest: the failed hit of rule {} on {} not recorded: {}", ruleId, p.item(),
                        again.toString());
            }
        }
    }

    private RuleRouting.Outcome act(Rule rule, ContentRef item) {
        return switch (rule.getAction()) {
            case ROUTE_TO_QUEUE -> routing.route(item, rule.getQueueCategory(), rule.getMarkets(), rule.getName());
            case RAISE_PRIORITY -> routing.raise(item, rule.getName());
            case PRE_FLAG_SPOILER -> spoilers.flagByRule(item.kind(), item.id(), rule.getName())
                    ? new RuleRouting.Outcome(true, "flagged as a spoiler")
                    : new RuleRouting.Outcome(false, "flagged already, or a kind that cannot be a spoiler");
        };
    }

    private static String verb(Rule rule) {
        return switch (rule.getAction()) {
            case ROUTE_TO_QUEUE -> "routed to " + rule.getQueueCategory().label();
            case RAISE_PRIORITY -> "raised its priority";
            case PRE_FLAG_SPOILER -> "flagged it as a spoiler";
        };
    }

    /** Logs the failure with an id and records it on the rule (without its version: staff edits go on). */
    private String failed(long ruleId, String ruleName, String doing, RuntimeException e) {
        String errorId = errorId();
        log.warn("Rules on ingest: rule {} {} failed {} [error {}]", ruleId, ruleName, doing, errorId, e);
        String message = "Failed " + doing + ": " + (e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getMessage());
        try {
            transaction.executeWithoutResult(status -> jdbc.sql(
                    "update ingest_rule set last_error = ?, last_error_id = ?, last_error_at = ? where id = ?")
                    .param(clip(message, Rule.ERROR_MAX)).param(errorId).param(Timestamp.from(clock.instant()))
                    .param(ruleId).update());
        } catch (RuntimeException again) {
            log.warn("Rules on ingest: error {} not recorded on rule {}: {}", errorId, ruleId, again.toString());
        }
        return errorId;
    }

    private <T> T read(Supplier<T> work) {
        return readOnly.execute(status -> work.get());
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    private static Set<String> markets(String joined) {
        return joined.isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(joined.split(",")));
    }

    private static String errorId() {
        char[] id = new char[8];
        for (int i = 0; i < id.length; i++) {
            id[i] = ID_ALPHABET[RANDOM.nextInt(ID_ALPHABET.length)];
        }
        return new String(id);
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    record Pending(ContentRef item, Set<String> markets, Instant ingestedAt) {}
}
