package com.clipdesk.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.core.Ordered;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Chains the events a transaction records when it commits. {@link AuditLog#record} inserts the row at
 * once (callers get their event and its id); the first event of a transaction registers a
 * synchronization that, just before commit and after every other synchronization (lowest precedence),
 * flushes the persistence context, so every other row lock the transaction needs is taken, and only
 * then locks the chain head and seals the transaction's events ({@link AuditChainSeal}). The head lock
 * is thus the last lock a transaction takes and is held only for the commit itself: transactions
 * serialise on that one row for a few milliseconds, and cannot deadlock on it, since the holder waits
 * for nothing.
 */
@Component
class AuditChain {

    @PersistenceContext
    private EntityManager entityManager;
    private final DataSource dataSource;

    AuditChain(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Seals the event when the current transaction commits. */
    void sealAtCommit(AuditEvent event) {
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (s instanceof SealAtCommit pending) {
                pending.ids.add(event.getId());
                return;
            }
        }
        var pending = new SealAtCommit();
        pending.ids.add(event.getId());
        TransactionSynchronizationManager.registerSynchronization(pending);
    }

    private final class SealAtCommit implements TransactionSynchronization {

        private final List<Long> ids = new ArrayList<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            entityManager.flush();
            try {
                AuditChainSeal.seal(DataSourceUtils.getConnection(dataSource), ids);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not seal audit events " + ids + " into the chain", e);
            }
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
