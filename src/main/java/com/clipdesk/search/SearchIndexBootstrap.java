package com.clipdesk.search;

import com.clipdesk.content.SearchMapping;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start, an empty or missing index over a database that has content is rebuilt, with progress
 * in the log. So is an index written by an older mapping ({@link SearchMapping#VERSION}): the Lucene
 * backend keeps no schema, so create-or-validate cannot notice that documents lack new fields, and
 * searches would silently miss them (on OpenSearch the version check does the same for documents
 * written before a mapping change that validation accepts). Runs after the demo data loader (order 10).
 */
@Component
@Order(100)
class SearchIndexBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexBootstrap.class);

    private final EntityManagerFactory entityManagerFactory;
    private final IndexAdmin indexAdmin;
    private final SearchIndexHealth health;
    private final SearchEngine engine;
    private final boolean checkOnStart;

    SearchIndexBootstrap(EntityManagerFactory entityManagerFactory, IndexAdmin indexAdmin, SearchIndexHealth health,
            SearchEngine engine, @Value("${clipdesk.search.check-index-on-start:true}") boolean checkOnStart) {
        this.entityManagerFactory = entityManagerFactory;
        this.indexAdmin = indexAdmin;
        this.health = health;
        this.engine = engine;
        this.checkOnStart = checkOnStart;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        if (checkOnStart && !rebuildIfLost()) {
            rebuildIfEmpty();
        }
    }

    /**
     * Rebuilds the index when it does not exist: a directory on disk without a readable index
     * (deleted under the running app, or while it was stopped), or an OpenSearch index deleted on the
     * cluster. The index is dropped and created again, then filled.
     * Returns true when a rebuild ran.
     */
    synchronized boolean rebuildIfLost() throws InterruptedException {
        List<String> missing;
        try {
            missing = health.missingIndexes();
        } catch (UncheckedIOException e) {
            log.warn("Cannot check the search index: {}", e.getMessage());
            return false; // an unreachable cluster is not a lost index: the health check reports it
        }
        if (missing.isEmpty() || indexAdmin.rebuildPercent().isPresent()) {
            return false;
        }
        long rows;
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            rows = 0;
            for (IndexAdmin.Entity entity : IndexAdmin.Entity.values()) {
                rows += entity.rowsToIndex(em);
            }
        }
        log.warn("Search index {} lost for {}: dropping, creating and rebuilding the index from {} rows",
                engine.kind() == SearchEngine.Kind.LUCENE ? "directory" : "on the cluster", String.join(", ", missing),
                rows);
        rebuild(rows, true);
        return true;
    }

    /** Rebuilds an empty or outdated index; returns true when a rebuild ran. */
    boolean rebuildIfEmpty() throws InterruptedException {
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            SearchSession search = Search.session(em);
            long indexed = search.search(Object.class).where(f -> f.matchAll()).fetchTotalHitCount();
            long rows = 0;
            for (IndexAdmin.Entity entity : IndexAdmin.Entity.values()) {
                rows += entity.rowsToIndex(em);
            }
            long outdated = indexed == 0 ? 0 : search.search(Object.class)
                    .where(f -> f.not(f.match().field("mappingVersion").matching(SearchMapping.VERSION)))
                    .fetchTotalHitCount();
            if (rows == 0 || (indexed > 0 && outdated == 0)) {
                log.info("Search index holds {} documents for {} indexed rows; no rebuild needed", indexed, rows);
                return false;
            }
            if (outdated > 0) {
                log.warn("Search index holds {} documents written by an older mapping (current version {}): "
                        + "rebuilding {} rows", outdated, SearchMapping.VERSION, rows);
            } else {
                log.warn("Search index is empty but the database has {} indexed rows: rebuilding", rows);
            }
            rebuild(rows, false);
            return true;
        }
    }

    private void rebuild(long rows, boolean dropAndCreate) {
        IndexAdminRun run = new IndexAdminRun("all entities", rows, "system", Instant.now(), Duration.ZERO);
        indexAdmin.track(run); // the web server may already answer: the search page says results are incomplete
        run.execute(IndexAdmin.Entity.massIndexer(Search.mapping(entityManagerFactory),
                        List.of(IndexAdmin.Entity.values())).dropAndCreateSchemaOnStart(dropAndCreate)
                .threadsToLoadObjects(2).batchSizeToLoadObjects(500), p -> {});
        IndexAdminRun.Progress done = run.progress();
        if (done.state() != IndexAdminRun.State.COMPLETED) {
            throw new IllegalStateException("Search index rebuild did not complete: " + done.state());
        }
        log.info("Search index rebuilt: {}", IndexAdmin.summary(done));
    }
}
