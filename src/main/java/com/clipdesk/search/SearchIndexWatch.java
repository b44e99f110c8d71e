package com.clipdesk.search;

import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks at the index every {@code clipdesk.search.watch-interval} and rebuilds it when it was lost
 * under the running app (a deleted directory, a deleted index on the cluster): automatically, since
 * nobody can search the lost documents until it is done and the rebuild needs no decision
 * (docs/operations.md). Off with {@code clipdesk.search.watch=false} (tests drive it).
 *
 * <p>Embedded Lucene: each node watches its own index. A shared cluster (OpenSearch): the nodes would
 * all find the same lost index and rebuild it at once, so one node at a time holds the lock
 * {@code search-index-watch} (shared/JobLocks) for the look and the rebuild.
 */
@Component
@EnableScheduling
@ConditionalOnProperty(name = "clipdesk.search.watch", havingValue = "true", matchIfMissing = true)
class SearchIndexWatch {

    /** Longer than a rebuild of millions of rows takes; a node that dies rebuilding frees it then. */
    static final Duration REBUILD_AT_MOST = Duration.ofHours(2);

    private final SearchIndexBootstrap bootstrap;
    private final SearchEngine engine;
    private final LockingTaskExecutor locks;

    SearchIndexWatch(SearchIndexBootstrap bootstrap, SearchEngine engine, LockProvider lockProvider) {
        this.bootstrap = bootstrap;
        this.engine = engine;
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
    }

    @Scheduled(fixedDelayString = "${clipdesk.search.watch-interval:PT30S}",
            initialDelayString = "${clipdesk.search.watch-interval:PT30S}")
    void rebuildALostIndex() throws InterruptedException {
        if (engine.kind() == SearchEngine.Kind.LUCENE) {
            bootstrap.rebuildIfLost();
            return;
        }
        try {
            locks.executeWithLock((LockingTaskExecutor.Task) bootstrap::rebuildIfLost, new LockConfiguration(
                    Instant.now(), "search-index-watch", REBUILD_AT_MOST, Duration.ofSeconds(5)));
        } catch (InterruptedException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("Search index watch failed", e);
        }
    }
}
