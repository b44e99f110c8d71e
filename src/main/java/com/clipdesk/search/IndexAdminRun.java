package com.clipdesk.search;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One mass reindex (Hibernate Search's MassIndexer), shared by the start-up rebuild and the admin
 * page: counts documents written to the index, logs every 10 %, and can be cancelled. The indexer
 * runs in the calling thread ({@code startAndWait}), so cancelling interrupts that thread, which
 * makes Hibernate Search cancel its loading threads; the run reports "stopped" only once no more
 * documents arrive, so "cancelled" on the page means nothing is writing any more.
 */
public final class IndexAdminRun {

    private static final Logger log = LoggerFactory.getLogger(IndexAdminRun.class);
    /** After a cancel, the run counts as stopped when no document arrived for this long. */
    private static final Duration QUIET = Duration.ofMillis(300);
    private static final Duration MAX_STOP_WAIT = Duration.ofSeconds(30);

    public enum State { RUNNING, COMPLETED, CANCELLED, FAILED }

    private final String what;
    private final long total;
    private final String startedBy;
    private final Instant startedAt;
    private final long startNanos = System.nanoTime();
    private final Duration pausePerBatch;
    private final AtomicLong done = new AtomicLong();
    private volatile long lastDocumentNanos = System.nanoTime();
    private volatile long endNanos;
    private volatile State state = State.RUNNING;
    private volatile boolean cancelRequested;
    private volatile @Nullable String failure;
    private volatile @Nullable Thread worker;
    private int loggedDecile;
    private Consumer<Progress> onEnd = p -> {};

    IndexAdminRun(String what, long total, String startedBy, Instant startedAt, Duration pausePerBatch) {
        this.what = what;
        this.total = total;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.pausePerBatch = pausePerBatch;
    }

    /**
     * Runs the indexer to its end (or until cancelled) in the calling thread; {@code onEnd} gets the
     * final progress before the run shows as finished (so its audit event is written by then).
     */
    void execute(MassIndexer indexer, Consumer<Progress> onEnd) {
        this.onEnd = onEnd;
        worker = Thread.currentThread();
        try {
            if (!cancelRequested) {
                indexer.monitor(new Monitor()).startAndWait();
            }
            finish(cancelRequested ? State.CANCELLED : State.COMPLETED, null);
        } catch (InterruptedException e) {
            awaitQuiet();
            finish(State.CANCELLED, null);
        } catch (RuntimeException e) {
            if (cancelRequested) {
                awaitQuiet();
                finish(State.CANCELLED, null);
            } else {
                String id = UUID.randomUUID().toString().substring(0, 8);
                log.error("Search index rebuild of {} failed, error id {}", what, id, e);
                finish(State.FAILED, "failed (quote error id " + id + ")");
            }
        } finally {
            worker = null;
            Thread.interrupted();
        }
    }

    /** Asks the run to stop; the documents written so far stay in the index. */
    public void cancel() {
        cancelRequested = true;
        Thread running = worker;
        if (running != null) {
            running.interrupt();
        }
    }

    private void awaitQuiet() {
        Thread.interrupted();
        long deadline = System.nanoTime() + MAX_STOP_WAIT.toNanos();
        while (System.nanoTime() - lastDocumentNanos < QUIET.toNanos() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(QUIET.toMillis() / 3);
            } catch (InterruptedException again) {
                Thread.interrupted();
            }
        }
    }

    private void finish(State outcome, @Nullable String why) {
        endNanos = System.nanoTime();
        failure = why;
        try {
            onEnd.accept(snapshot(outcome));
        } catch (RuntimeException e) {
            log.error("Recording the end of the search index rebuild of {} failed", what, e);
        } finally {
            state = outcome;
        }
        log.info("Search index rebuild of {} {}: {} of {} documents in {} ms", what, outcome.name().toLowerCase(),
                done.get(), total, Duration.ofNanos(endNanos - startNanos).toMillis());
    }

    public Progress progress() {
        return snapshot(state);
    }

    private Progress snapshot(State now) {
        long end = now == State.RUNNING ? System.nanoTime() : endNanos;
        Duration elapsed = Duration.ofNanos(end - startNanos);
        long documents = done.get();
        double perSecond = elapsed.toMillis() == 0 ? 0 : documents * 1000.0 / elapsed.toMillis();
        return new Progress(what, startedBy, startedAt, documents, total, perSecond, elapsed, now,
                cancelRequested && now == State.RUNNING, failure);
    }

    /**
     * @param what "all entities" or the entity's label
     * @param stopping cancel was asked for and the indexer has not stopped yet
     */
    public record Progress(String what, String startedBy, Instant startedAt, long done, long total, double perSecond,
            Duration elapsed, State state, boolean stopping, @Nullable String failure) {

        public boolean finished() {
            return state != State.RUNNING;
        }
    }

    private final class Monitor implements MassIndexingMonitor {

        @Override
        public void documentsAdded(long increment) {
            lastDocumentNanos = System.nanoTime();
            long now = done.addAndGet(increment);
            int decile = (int) Math.min(10, now * 10 / Math.max(1, total));
            synchronized (this) {
                if (decile <= loggedDecile) {
                    return;
                }
                loggedDecile = decile;
            }
            log.info("Search index rebuild of {}: {} % ({} of {})", what, decile * 10, now, total);
        }

        @Override
        public void documentsBuilt(long increment) {}

        @Override
        public void entitiesLoaded(long increment) {
            // a configurable pause per loaded batch keeps a rebuild on a busy database gentle
            if (!pausePerBatch.isZero()) {
                try {
                    Thread.sleep(pausePerBatch);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        @Override
        public void indexingCompleted() {}
    }
}
