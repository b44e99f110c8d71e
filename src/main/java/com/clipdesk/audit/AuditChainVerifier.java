package com.clipdesk.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Walks the hash chain by seq in pages (constant memory, one short query per page, no long
 * transaction), recomputes every hash and reports the first broken link:
 * <ul>
 * <li>a missing seq: "gap after seq 41 (deleted)";</li>
 * <li>a prev_hash that is not the previous event's hash: "prev_hash does not match seq 40 (reordered or
 * inserted)" (checked before the event's own hash, so a moved event reads as moved, not edited);</li>
 * <li>a hash that is not the hash of the row as stored: "hash mismatch (edited)";</li>
 * <li>an event beyond the head, a head that is not the last event, an event without seq or hash.</li>
 * </ul>
 * Events commit sealed, in the same transaction as their row, so a committed unsealed row is a forgery
 * at once: there is no grace period an inserted row with a fresh time could hide in.
 *
 * <p>What a hash chain cannot catch: someone who rewrites every hash from the tampered event to the
 * head (the form is documented, there is no secret). The scheduled runs log the head they verified, so
 * a rewritten chain differs from the heads in the log kept elsewhere.
 */
@Component
class AuditChainVerifier {

    static final int PAGE = 2000;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditChainVerifier(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Where the chain breaks first: the seq, the row (when there is one) and what is wrong. */
    public record Break(long seq, @Nullable Long id, String reason) {

        @Override
        public String toString() {
            return "seq " + seq + (id == null ? "" : " (event #" + id + ")") + ": " + reason;
        }
    }

    /** One walk: how many events were verified, the head it ended at and the first break, if any. */
    public record Result(Instant startedAt, Duration elapsed, long verified, long headSeq, String headHash,
            @Nullable Break firstBreak, boolean cancelled) {

        public boolean intact() {
            return firstBreak == null && !cancelled;
        }
    }

    record Head(long seq, String hash) {}

    private record Row(long id, long seq, @Nullable String prevHash, @Nullable String hash, AuditChainHash.Sealed sealed) {}

    Head head() {
        return jdbc.sql("select seq, hash from audit_chain_head where id = 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).optional()
                .orElse(new Head(-1, "(no head row)"));
    }

    /** Verifies the whole chain; {@code progress} gets the count of events verified after each page. */
    Result verify(LongConsumer progress, BooleanSupplier cancelled) {
        Instant started = clock.instant();
        long t0 = System.nanoTime();
        long expected = 1;
        String prev = AuditChainHash.GENESIS;
        Head head = head();
        Head emptyPageHead = null;
        while (true) {
            if (cancelled.getAsBoolean()) {
                return new Result(started, since(t0), expected - 1, head.seq(), head.hash(), null, true);
            }
            List<Row> page = page(expected);
            if (page.isEmpty()) {
                Head now = head();
                if (now.seq() == expected - 1) {
                    Break b = now.hash().equals(prev) ? unsealed(expected)
                            : new Break(now.seq(), null, "the chain head does not match seq " + now.seq() + " (head edited)");
                    return new Result(started, since(t0), expected - 1, now.seq(), now.hash(), b, false);
                }
                if (now.seq() < expected - 1 || now.equals(emptyPageHead)) {
                    // a head behind the walk was caught row by row; ahead of it twice: the rows are gone
                    Break b = new Break(expected, null, (expected == 1 ? "no seq 1" : "gap after seq " + (expected - 1))
                            + " (deleted): the chain head is at seq " + now.seq());
                    return new Result(started, since(t0), expected - 1, now.seq(), now.hash(), b, false);
                }
                emptyPageHead = now; // events committed since the page was read: read again
                head = now;
                continue;
            }
            emptyPageHead = null;
            for (Row row : page) {
                Break b = check(row, expected, prev, head);
                if (b != null && b.reason().contains("beyond the chain head")) {
                    head = head(); // the head may have moved since it was read
                    b = check(row, expected, prev, head);
                }
                if (b != null) {
                    return new Result(started, since(t0), expected - 1, head.seq(), head.hash(), b, false);
                }
                prev = row.hash();
                expected++;
            }
            progress.accept(expected - 1);
        }
    }

    private static @Nullable Break check(Row row, long expected, String prev, Head head) {
        if (row.seq() > head.seq()) {
            return new Break(row.seq(), row.id(), "beyond the chain head at seq " + head.seq()
                    + " (appended outside the chain)");
        }
        if (row.seq() != expected) {
            return new Break(expected, null, (expected == 1 ? "no seq 1" : "gap after seq " + (expected - 1))
                    + " (deleted)");
        }
        if (!prev.equals(row.prevHash())) {
            return new Break(row.seq(), row.id(), "prev_hash does not match "
                    + (expected == 1 ? "the chain's start" : "seq " + (expected - 1)) + " (reordered or inserted)");
        }
        if (!AuditChainHash.hash(row.sealed()).equals(row.hash())) {
            return new Break(row.seq(), row.id(), "hash mismatch (edited)");
        }
        return null;
    }

    private @Nullable Break unsealed(long next) {
        return jdbc.sql("select id from audit_event where seq is null or hash is null order by id limit 1")
                .query((rs, n) -> new Break(next, rs.getLong(1), "unsealed row (no seq or hash)"))
                .optional().orElse(null);
    }

    private List<Row> page(long fromSeq) {
        return jdbc.sql("select seq, prev_hash, hash, " + AuditChainSeal.COLUMNS
                        + " from audit_event where seq >= ? order by seq limit " + PAGE)
                .param(fromSeq)
                .query((rs, n) -> {
                    long seq = rs.getLong("seq");
                    String prevHash = rs.getString("prev_hash");
                    return new Row(rs.getLong("id"), seq, prevHash, rs.getString("hash"),
                            AuditChainSeal.read(rs, seq, prevHash == null ? "" : prevHash));
                }).list();
    }

    private static Duration since(long t0) {
        return Duration.ofNanos(System.nanoTime() - t0);
    }
}
