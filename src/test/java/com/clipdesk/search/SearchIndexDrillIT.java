package com.clipdesk.search;

import org.springframework.test.annotation.DirtiesContext;
import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.content.Moment;
import com.clipdesk.member.Member;
import com.clipdesk.support.TestDatabases;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Drill: the Lucene index directory is deleted under the running app. Searches do not notice
 * (Lucene reads the files it has open), so the readiness probe must: DOWN with the reason, then
 * the lost index is dropped, created and rebuilt with progress, readiness is UP again and a search
 * finds the right items. The liveness probe stays UP throughout. Own database and an index on disk
 * in a temporary directory (the other tests keep theirs in memory).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
// Its database (or index) is dropped after the drill: close the context rather than leave it cached
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SearchIndexDrillIT {

    private static final String DATABASE = TestDatabases.create("searchdrill");
    private static final Path INDEX = tempDirectory();
    private static final int MOMENTS = 300;

    @DynamicPropertySource
    static void ownDatabaseAndIndexOnDisk(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> DATABASE);
        registry.add("spring.datasource.username", TestDatabases::user);
        registry.add("spring.datasource.password", TestDatabases::password);
        registry.add("spring.jpa.properties.hibernate.search.backend.directory.type", () -> "local-filesystem");
        registry.add("spring.jpa.properties.hibernate.search.backend.directory.root", INDEX::toString);
    }

    @AfterAll
    static void cleanUp() throws IOException {
        TestDatabases.drop(DATABASE);
        deleteRecursively(INDEX);
    }

    @Autowired
    TestData data;
    @Autowired
    SearchIndexBootstrap bootstrap;
    @Autowired
    SearchIndexHealth health;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @LocalServerPort
    int port;

    @Test
    void aDeletedIndexIsDetectedRebuiltAndFindsTheRightItemsAgain() throws Exception {
        data.markets("JP");
        Episode episode = data.episode("Drill " + System.nanoTime(), 1500);
        Member member = data.member("JP");
        String word = "lantern" + Long.toString(System.nanoTime(), 36);
        for (int i = 0; i < MOMENTS; i++) {
            data.moment(episode, member, (i % 30 == 0 ? "The " + word + " scene " : "A quiet scene ") + i, Set.of("JP"));
        }
        assertThat(hits(word)).isEqualTo(MOMENTS / 30);
        assertThat(probe("readiness")).isEqualTo(200);

        deleteRecursively(INDEX);
        assertThat(INDEX).doesNotExist();

        assertThat(probe("readiness")).as("readiness with the index gone").isEqualTo(503);
        assertThat(probe("liveness")).as("liveness is not about the index").isEqualTo(200);
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.health().getDetails().get("reason").toString()).contains("no readable index on disk for").contains("Moment");

        long start = System.nanoTime();
        assertThat(bootstrap.rebuildIfLost()).isTrue();
        long rebuildMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(probe("readiness")).as("readiness after the rebuild").isEqualTo(200);
        assertThat(health.missingIndexes()).isEmpty();
        assertThat(hits(word)).as("a search after the rebuild").isEqualTo(MOMENTS / 30);
        long documents = documents();
        assertThat(documents).isEqualTo(MOMENTS);
        assertThat(bootstrap.rebuildIfLost()).as("an index on disk is left alone").isFalse();
        System.out.printf("DRILL search-index-deleted: readiness 503 with the index gone, rebuilt %d documents in %d ms,"
                + " readiness 200 after, %d hits for the drill word%n", documents, rebuildMillis, hits(word));
    }

    private int probe(String group) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/" + group))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }

    private long hits(String word) {
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            Search.session(em).workspace().refresh();
            return Search.session(em).search(Moment.class).where(f -> f.match().field("text").matching(word))
                    .fetchTotalHitCount();
        }
    }

    private long documents() {
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            return Search.session(em).search(Object.class).where(f -> f.matchAll()).fetchTotalHitCount();
        }
    }

    private static Path tempDirectory() {
        try {
            return Files.createTempDirectory("clipdesk-index-drill");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
