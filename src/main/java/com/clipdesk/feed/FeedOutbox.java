package com.clipdesk.feed;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The transactional outbox of the decision feed. Listeners add the entries of a decision while it is
 * being made; the first one registers a synchronization that, just before commit, flushes the
 * persistence context (every other row lock the transaction needs is then taken), locks
 * {@code feed_head} and writes the transaction's entries with the next seqs ({@link FeedSeal}). It runs
 * at {@code LOWEST_PRECEDENCE - 1}, immediately before the audit chain's seal (lowest precedence), so
 * every transaction takes the two head locks in the same order, feed then audit, and holds them only
 * for the commit: no deadlock, and seq order is commit order with no gaps. A rollback writes nothing.
 */
@Component
class FeedOutbox {

    @PersistenceContext
    private EntityManager entityManager;
    private final DataSource dataSource;
    private final FeedSignal signal;
    /** Off only in FeedLatencyBench's baseline rounds (the same decisions without the feed). */
    private volatile boolean recording = true;

    FeedOutbox(DataSource dataSource, FeedSignal signal) {
        this.dataSource = dataSource;
        this.signal = signal;
    }

    /** Writes the entry when the current transaction commits. */
    void add(FeedDraft draft) {
        if (recording) {
            pending().drafts.add(draft);
        }
    }

    /**
     * A member notice issued in the current transaction: it travels in the entry of the decision whose
     * {@code reference} it quotes, whichever listener ran first.
     */
    void attach(@Nullable String reference, Map<String, @Nullable Object> notice) {
        if (recording) {
            pending().notices.add(new FeedSeal.Notice(reference, notice));
        }
    }

    void recordForBenchmark(boolean on) {
        this.recording = on;
    }

    private Pending pending() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("A decision feed entry needs the deciding transaction");
        }
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (s instanceof Pending p) {
                if (p.sealed) {
                    throw new IllegalStateException("A decision feed entry was added after its transaction's seal");
                }
                return p;
            }
        }
        var p = new Pending();
        TransactionSynchronizationManager.registerSynchronization(p);
        return p;
    }

    private final class Pending implements TransactionSynchronization {

        private final List<FeedDraft> drafts = new ArrayList<>();
        private final List<FeedSeal.Notice> notices = new ArrayList<>();
        private boolean sealed;

        @Override
        public void beforeCommit(boolean readOnly) {
            entityManager.flush();
            try {
                FeedSeal.seal(DataSourceUtils.getConnection(dataSource), drafts, notices);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not write " + drafts.size() + " decision feed entries", e);
            }
            sealed = true;
        }

        @Override
        public void afterCommit() {
            signal.committed();
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE - 1;
        }
    }
}
