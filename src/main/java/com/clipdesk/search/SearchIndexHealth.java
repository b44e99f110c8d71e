package com.clipdesk.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The search index's part of {@code /actuator/health} (and of the readiness group): DOWN when an
 * index directory has no readable Lucene index (deleted under the running app) or the index is
 * empty while the database has rows to index; OUT_OF_SERVICE while a rebuild runs; UP otherwise.
 * A deleted directory is not noticed by searches (Lucene keeps reading the files it has open), so
 * the check looks at the disk.
 */
@Component("searchIndexHealthIndicator")
class SearchIndexHealth implements HealthIndicator {

    private final EntityManagerFactory entityManagerFactory;
    private final IndexAdmin indexAdmin;
    private final String directoryType;
    private final Path root;

    SearchIndexHealth(EntityManagerFactory entityManagerFactory, IndexAdmin indexAdmin,
            @Value("${spring.jpa.properties.hibernate.search.backend.directory.type:local-filesystem}") String directoryType,
            @Value("${spring.jpa.properties.hibernate.search.backend.directory.root:.}") String root) {
        this.entityManagerFactory = entityManagerFactory;
        this.indexAdmin = indexAdmin;
        this.directoryType = directoryType;
        this.root = Path.of(root);
    }

    @Override
    public Health health() {
        OptionalInt rebuilding = indexAdmin.rebuildPercent();
        if (rebuilding.isPresent()) {
            return Health.status(Status.OUT_OF_SERVICE)
                    .withDetail("reason", "the index is being rebuilt: " + rebuilding.getAsInt() + "%").build();
        }
        List<String> missing = missingIndexes();
        if (!missing.isEmpty()) {
            return Health.down().withDetail("reason", "no readable index on disk for " + String.join(", ", missing))
                    .withDetail("directory", root.toAbsolutePath().toString()).build();
        }
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            long documents = Search.session(em).search(Object.class).where(f -> f.matchAll()).fetchTotalHitCount();
            long rows = 0;
            for (IndexAdmin.Entity entity : IndexAdmin.Entity.values()) {
                rows += entity.rowsToIndex(em);
            }
            if (documents == 0 && rows > 0) {
                return Health.down().withDetail("reason", "the index is empty but the database has " + rows
                        + " rows to index").build();
            }
            return Health.up().withDetail("documents", documents).withDetail("rows", rows).build();
        }
    }

    /** Indexes (by name) whose directory holds no Lucene index; none when the index lives in memory. */
    List<String> missingIndexes() {
        List<String> missing = new ArrayList<>();
        if (!"local-filesystem".equals(directoryType)) {
            return missing;
        }
        for (var type : Search.mapping(entityManagerFactory).allIndexedEntities()) {
            String name = type.indexManager().descriptor().hibernateSearchName();
            Path directory = root.resolve(name);
            try (FSDirectory lucene = FSDirectory.open(directory)) {
                if (!Files.isDirectory(directory) || !DirectoryReader.indexExists(lucene)) {
                    missing.add(name);
                }
            } catch (IOException e) {
                missing.add(name);
            }
        }
        return missing;
    }
}
