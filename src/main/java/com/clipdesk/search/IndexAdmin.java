package com.clipdesk.search;

import com.clipdesk.audit.AuditLog;
import com.clipdesk.content.FandomSubmission;
import com.clipdesk.content.Moment;
import com.clipdesk.content.PrivateRecommendation;
import com.clipdesk.content.WatchPartyMessage;
import com.clipdesk.report.Report;
import com.clipdesk.shell.Formats;
import com.clipdesk.staff.CurrentStaff;
import com.clipdesk.staff.Role;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Index operations for admins: documents in the index against rows in the database per indexed
 * entity, a mass reindex in the background (one at a time, cancellable, with progress), and a
 * measurement of how long a committed change takes to become searchable. Every start, cancel and
 * end is audited.
 */
@Service
public class IndexAdmin {

    static final String AUDIT_SUBJECT = "SEARCH_INDEX";
    private static final Duration MEASURE_TIMEOUT = Duration.ofSeconds(30);

    /** The entities Hibernate Search indexes. */
    public enum Entity {
        MOMENT(Moment.class, "Moment", "Moments", null),
        FANDOM_SUBMISSION(FandomSubmission.class, "FandomSubmission", "Fandom submissions", null),
        WATCH_PARTY_MESSAGE(WatchPartyMessage.class, "WatchPartyMessage", "Watch-party messages", null),
        // only reported recommendations are indexed (ReportedOnlyRoutingBinder): count and load those rows
        PRIVATE_RECOMMENDATION(PrivateRecommendation.class, "PrivateRecommendation",
                "Private recommendations (reported)", "e.reportCount > 0"),
        REPORT(Report.class, "Report", "Reports", null);

        private final Class<?> type;
        private final String jpaName;
        private final String label;
        private final @Nullable String indexedRows;

        Entity(Class<?> type, String jpaName, String label, @Nullable String indexedRows) {
            this.type = type;
            this.jpaName = jpaName;
            this.label = label;
            this.indexedRows = indexedRows;
        }

        /** Rows of this entity that belong in the index. */
        long rowsToIndex(EntityManager em) {
            return em.createQuery("select count(e) from " + jpaName + " e"
                    + (indexedRows == null ? "" : " where " + indexedRows), Long.class).getSingleResult();
        }

        /**
         * A mass indexer over these entities that loads only the rows that belong in the index, so its
         * progress counts match {@link #rowsToIndex} (the routing binder would skip the others anyway).
         */
        static MassIndexer massIndexer(SearchMapping mapping, List<Entity> entities) {
            MassIndexer indexer = mapping.scope(entities.stream().<Class<?>>map(e -> e.type).toList())
                    .massIndexer();
            for (Entity entity : entities) {
                if (entity.indexedRows != null) {
                    indexer.type(entity.type).reindexOnly(entity.indexedRows);
                }
            }
            return indexer;
        }

        public String label() {
            return label;
        }
    }

    /** Rows in the database and documents in the index for one entity. */
    public record Count(Entity entity, long inDatabase, long inIndex) {

        /** Documents missing from the index (negative: stale documents for deleted rows). */
        public long difference() {
            return inDatabase - inIndex;
        }
    }

    /** The last commit-to-searchable measurement. */
    public record Latency(long millis, long momentId, Instant measuredAt) {}

    /** A second rebuild while one runs. */
    public static final class AlreadyRunningException extends RuntimeException {
        AlreadyRunningException(String message) {
            super(message);
        }
    }

    private final EntityManagerFactory entityManagerFactory;
    private final SearchEngine engine;
    private final CurrentStaff currentStaff;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int batchSize;
    private final Duration pausePerBatch;
    private @Nullable IndexAdminRun run;
    private volatile @Nullable Latency latency;

    IndexAdmin(EntityManagerFactory entityManagerFactory, SearchEngine engine, CurrentStaff currentStaff,
            AuditLog audit, PlatformTransactionManager transactionManager, Clock clock,
            @Value("${clipdesk.search.rebuild.batch-size:500}") int batchSize,
            @Value("${clipdesk.search.rebuild.pause-per-batch:0ms}") Duration pausePerBatch) {
        this.entityManagerFactory = entityManagerFactory;
        this.engine = engine;
        this.currentStaff = currentStaff;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.batchSize = batchSize;
        this.pausePerBatch = pausePerBatch;
    }

    /** Per indexed entity: rows in the database, documents in the index. */
    public List<Count> counts() {
        currentStaff.require(Role.ADMIN);
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            SearchSession search = Search.session(em);
            List<Count> counts = new ArrayList<>();
            for (Entity entity : Entity.values()) {
                long rows = entity.rowsToIndex(em);
                long documents = search.search(entity.type).where(f -> f.matchAll()).fetchTotalHitCount();
                counts.add(new Count(entity, rows, documents));
            }
            return counts;
        }
    }

    /**
     * Starts rebuilding the index of one entity, or of all when {@code only} is null, in the
     * background: the index is emptied first, then every row is indexed again, so searches miss
     * items until it ends.
     *
     * @throws AlreadyRunningException while another rebuild runs
     */
    public synchronized IndexAdminRun start(@Nullable Entity only) {
        String admin = currentStaff.require(Role.ADMIN).username();
        if (run != null && !run.progress().finished()) {
            IndexAdminRun.Progress p = run.progress();
            throw new AlreadyRunningException("A rebuild of " + p.what() + " started by " + p.startedBy() + " at "
                    + Formats.dateTime(p.startedAt()) + " is still running (" + Formats.count(p.done()) + " of "
                    + Formats.count(p.total()) + "). Wait for it to end or cancel it.");
        }
        List<Entity> entities = only == null ? List.of(Entity.values()) : List.of(only);
        long total = counts().stream().filter(c -> entities.contains(c.entity())).mapToLong(Count::inDatabase).sum();
        String what = only == null ? "all entities" : only.label();
        IndexAdminRun started = new IndexAdminRun(what, total, admin, clock.instant(), pausePerBatch);
        transaction.executeWithoutResult(s -> audit.record("SEARCH_INDEX_REBUILD_STARTED", AUDIT_SUBJECT, what, null,
                "Rebuild of " + what + " started: " + Formats.count(total) + " rows"));
        MassIndexer indexer = Entity.massIndexer(Search.mapping(entityManagerFactory), entities)
                .threadsToLoadObjects(2)
                .batchSizeToLoadObjects(batchSize);
        run = started;
        // the worker records the end as the admin who started it
        Thread.ofPlatform().name("search-index-rebuild").daemon().start(new DelegatingSecurityContextRunnable(() -> {
            started.execute(indexer, p -> transaction.executeWithoutResult(s -> audit.record(
                    "SEARCH_INDEX_REBUILD_" + p.state().name(), AUDIT_SUBJECT, what, null, summary(p))));
        }));
        return started;
    }

    /** The start-up rebuild runs outside this service; tracked here so its progress shows like an admin's. */
    synchronized void track(IndexAdminRun started) {
        run = started;
    }

    /**
     * How far a running rebuild has got (0–100), for the notice on the search page that results are
     * incomplete meanwhile; empty when none runs. Open to every searcher: it says nothing about content.
     */
    public synchronized OptionalInt rebuildPercent() {
        if (run == null || run.progress().finished()) {
            return OptionalInt.empty();
        }
        IndexAdminRun.Progress p = run.progress();
        return OptionalInt.of(p.total() == 0 ? 0 : (int) Math.min(100, p.done() * 100 / p.total()));
    }

    /** The running rebuild, or the last one since start-up (for its summary). */
    public synchronized Optional<IndexAdminRun> current() {
        currentStaff.require(Role.ADMIN);
        return Optional.ofNullable(run);
    }

    /** Asks the running rebuild to stop; false when none runs. */
    public synchronized boolean cancel() {
        currentStaff.require(Role.ADMIN);
        if (run == null || run.progress().finished()) {
            return false;
        }
        IndexAdminRun.Progress p = run.progress();
        transaction.executeWithoutResult(s -> audit.record("SEARCH_INDEX_REBUILD_CANCEL_REQUESTED", AUDIT_SUBJECT,
                p.what(), null, "Cancel requested after " + Formats.count(p.done()) + " of "
                        + Formats.count(p.total()) + " documents"));
        run.cancel();
        return true;
    }

    /** "25,000 documents in 3.1 s, 8,000/s" or "Cancelled after 1,200 of 25,000 documents in 0.4 s". */
    public static String summary(IndexAdminRun.Progress p) {
        String time = String.format(java.util.Locale.US, "%.1f s", p.elapsed().toMillis() / 1000.0);
        String rate = Formats.count(Math.round(p.perSecond())) + "/s";
        return switch (p.state()) {
            case COMPLETED -> Formats.count(p.done()) + " documents in " + time + ", " + rate;
            case CANCELLED -> "Cancelled after " + Formats.count(p.done()) + " of " + Formats.count(p.total())
                    + " documents in " + time + "; the index is incomplete until a rebuild completes";
            case FAILED -> "Rebuild " + p.failure() + " after " + Formats.count(p.done()) + " documents";
            case RUNNING -> Formats.count(p.done()) + " of " + Formats.count(p.total()) + " documents, " + time
                    + ", " + rate;
        };
    }

    /**
     * Measures how long a committed change takes to become searchable, on the production path
     * (the session's indexing plan, applied at commit with the configured synchronization, or written to
     * the outbox that the nodes' agents index). To
     * change no content, it works on the index alone: the document of the oldest Moment is removed
     * from the index, then written again from the unchanged row in a transaction; the time runs
     * from that commit until a search finds the document. No row, version or audit of the Moment
     * changes; for a few milliseconds that one Moment is missing from search results, and the
     * document is written back even when the measurement fails.
     */
    public Latency measureCommitToSearchable() {
        currentStaff.require(Role.ADMIN);
        Long momentId;
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            momentId = em.createQuery("select min(m.id) from Moment m", Long.class).getSingleResult();
        }
        if (momentId == null) {
            throw new IllegalStateException("There is no Moment to measure with yet.");
        }
        long id = momentId;
        if (engine.indexesThroughOutbox()) {
            // an agent reindexes an entity that exists whatever its event says: remove the document on the
            // cluster itself; the measured change then goes the production way, through the outbox
            engine.deleteDocument(Moment.class, id);
        } else {
            transaction.executeWithoutResult(s -> Search.session(entityManager()).indexingPlan().purge(Moment.class, id,
                    null));
        }
        boolean restored = false;
        try {
            awaitDocuments(id, 0);
            long[] commitStart = new long[1];
            transaction.executeWithoutResult(s -> {
                EntityManager em = entityManager();
                Search.session(em).indexingPlan().addOrUpdate(em.find(Moment.class, id));
                audit.record("SEARCH_INDEX_LATENCY_MEASURED", AUDIT_SUBJECT, "Moment#" + id, null,
                        "Commit-to-searchable measured on Moment #" + id + " (index only, no content change)");
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void beforeCommit(boolean readOnly) {
                        commitStart[0] = System.nanoTime();
                    }
                });
            });
            awaitDocuments(id, 1);
            restored = true;
            Latency measured = new Latency(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - commitStart[0]), id,
                    clock.instant());
            latency = measured;
            return measured;
        } finally {
            if (!restored) {
                transaction.executeWithoutResult(s -> {
                    EntityManager em = entityManager();
                    Search.session(em).indexingPlan().addOrUpdate(em.find(Moment.class, id));
                });
            }
        }
    }

    /** The last measurement since start-up. */
    public Optional<Latency> lastLatency() {
        currentStaff.require(Role.ADMIN);
        return Optional.ofNullable(latency);
    }

    /** The transaction-bound entity manager of the running TransactionTemplate. */
    private EntityManager entityManager() {
        return org.springframework.orm.jpa.EntityManagerFactoryUtils.getTransactionalEntityManager(entityManagerFactory);
    }

    private void awaitDocuments(long momentId, long expected) {
        long deadline = System.nanoTime() + MEASURE_TIMEOUT.toNanos();
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            SearchSession search = Search.session(em);
            while (search.search(Moment.class).where(f -> f.id().matching(momentId)).fetchTotalHitCount() != expected) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The index did not show the change within "
                            + MEASURE_TIMEOUT.toSeconds() + " s.");
                }
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Measurement interrupted", e);
                }
            }
        }
    }
}
