package com.clipdesk.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.OptionalInt;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The search index's part of {@code /actuator/health} (and of the readiness group): DOWN when an
 * index does not exist (a Lucene directory deleted under the running app, an OpenSearch index
 * deleted on the cluster), the cluster does not answer or is red, or the index is empty while the
 * database has rows to index; OUT_OF_SERVICE while a rebuild runs; UP otherwise. A deleted
 * directory is not noticed by searches (Lucene keeps reading the files it has open), so the check
 * looks at the disk. Details name the engine ("OpenSearch 3.8.0") and, for a cluster, its status.
 */
@Component("searchIndexHealthIndicator")
class SearchIndexHealth implements HealthIndicator {

    private final EntityManagerFactory entityManagerFactory;
    private final IndexAdmin indexAdmin;
    private final SearchEngine engine;

    SearchIndexHealth(EntityManagerFactory entityManagerFactory, IndexAdmin indexAdmin, SearchEngine engine) {
        this.entityManagerFactory = entityManagerFactory;
        this.indexAdmin = indexAdmin;
        this.engine = engine;
    }

    @Override
    public Health health() {
        OptionalInt rebuilding = indexAdmin.rebuildPercent();
        if (rebuilding.isPresent()) {
            return Health.status(Status.OUT_OF_SERVICE).withDetail("engine", engine.description())
                    .withDetail("reason", "the index is being rebuilt: " + rebuilding.getAsInt() + "%").build();
        }
        String clusterStatus;
        List<String> missing;
        try {
            clusterStatus = engine.clusterStatus();
            missing = engine.missingIndexes();
        } catch (UncheckedIOException e) {
            return Health.down().withDetail("engine", engine.description())
                    .withDetail("reason", e.getMessage()).build();
        }
        if ("red".equals(clusterStatus)) {
            return Health.down().withDetail("engine", engine.description()).withDetail("cluster", clusterStatus)
                    .withDetail("reason", "the search cluster is red: some index shards are not allocated").build();
        }
        if (!missing.isEmpty()) {
            return Health.down().withDetail("engine", engine.description())
                    .withDetail("reason", (engine.kind() == SearchEngine.Kind.LUCENE ? "no readable index on disk for "
                            : "no index on the search cluster for ") + String.join(", ", missing))
                    .withDetail("location", engine.location()).build();
        }
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            long documents = Search.session(em).search(Object.class).where(f -> f.matchAll()).fetchTotalHitCount();
            long rows = 0;
            for (IndexAdmin.Entity entity : IndexAdmin.Entity.values()) {
                rows += entity.rowsToIndex(em);
            }
            if (documents == 0 && rows > 0) {
                return Health.down().withDetail("engine", engine.description())
                        .withDetail("reason", "the index is empty but the database has " + rows + " rows to index")
                        .build();
            }
            Health.Builder up = Health.up().withDetail("engine", engine.description())
                    .withDetail("documents", documents).withDetail("rows", rows);
            if (clusterStatus != null) {
                up.withDetail("cluster", clusterStatus);
            }
            return up.build();
        }
    }

    /** Indexes (by name) that do not exist; none when the index lives in memory. */
    List<String> missingIndexes() {
        return engine.missingIndexes();
    }
}
