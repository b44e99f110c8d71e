package com.clipdesk.content;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells every node which share links changed status, so a takedown decided on one node is in force on
 * the others' share-link status caches within about a second, well inside the 5-s takedown goal (the
 * cache's TTL alone would take 30 s). The deciding transaction writes the tokens into
 * {@code share_link_change} just before it commits; every node reads the new rows every
 * {@code clipdesk.share-links.cache.cluster-check} and evicts those tokens ({@link ShareLinkStatuses#evict},
 * so a read under way cannot put the old facts back). The writing node also evicts at once after commit.
 *
 * <p>New rows are found by id above the highest seen, and again by time over the last {@link #OVERLAP}:
 * a transaction that took its id earlier may commit after a later one was read (the id alone would miss
 * it), and a writer whose clock lags would fall out of a time window (the id alone finds it). Rows an hour
 * old are deleted by one node.
 */
@Component
@EnableScheduling
class ShareLinkChanges {

    static final Duration OVERLAP = Duration.ofSeconds(10);
    static final Duration KEEP = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(ShareLinkChanges.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final ShareLinkStatuses statuses;
    private final Clock clock;
    /** Rows this node has applied, by id, with their time: kept for the overlap, to apply each once. */
    private final Map<Long, Instant> applied = new HashMap<>();
    private long highest = -1;

    ShareLinkChanges(JdbcClient jdbc, JdbcTemplate batches, ShareLinkStatuses statuses, Clock clock) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.statuses = statuses;
        this.clock = clock;
    }

    /** In the deciding transaction, so the rows are there exactly when the change is. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void record(ContentVisibilityChanged change) {
        if (change.shareLinkTokens().isEmpty()) {
            return;
        }
        LocalDateTime at = utc(clock.instant());
        batches.batchUpdate("insert into share_link_change (token, changed_at) values (?, ?)",
                change.shareLinkTokens().stream().map(t -> new Object[] {t, at}).toList());
    }

    /** Evicts the tokens other nodes (and this one) changed since the last look; returns how many rows were new. */
    @Scheduled(fixedDelayString = "${clipdesk.share-links.cache.cluster-check:PT1S}",
            initialDelayString = "${clipdesk.share-links.cache.cluster-check:PT1S}")
    synchronized int evictChanged() {
        Instant since = clock.instant().minus(OVERLAP);
        List<Row> rows = jdbc.sql("select id, token, changed_at from share_link_change where id > ? or changed_at >= ?")
                .params(highest, utc(since))
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDateTime.class).toInstant(ZoneOffset.UTC))).list();
        int fresh = 0;
        for (Row row : rows) {
            if (applied.putIfAbsent(row.id(), row.changedAt()) == null) {
                statuses.evict(row.token());
                fresh++;
            }
            highest = Math.max(highest, row.id());
        }
        applied.values().removeIf(at -> at.isBefore(since));
        return fresh;
    }

    /** Times as UTC wall-clock values, like the rest of the schema's ${instant} columns. */
    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private record Row(long id, String token, Instant changedAt) {}

    /** One node deletes what every node has long read. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    @SchedulerLock(name = "share-link-changes-prune", lockAtMostFor = "PT10M", lockAtLeastFor = "PT5M")
    void prune() {
        int deleted = jdbc.sql("delete from share_link_change where changed_at < ?")
                .param(utc(clock.instant().minus(KEEP))).update();
        if (deleted > 0) {
            log.debug("Share-link changes older than {}: {} deleted", KEEP, deleted);
        }
    }
}
