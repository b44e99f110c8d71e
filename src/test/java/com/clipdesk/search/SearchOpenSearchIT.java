package com.clipdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.content.Moment;
import com.clipdesk.member.Member;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import com.clipdesk.support.OpenSearchNode;
import com.clipdesk.support.OpenSearchTest;
import jakarta.persistence.EntityManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application configured for OpenSearch (CLIPDESK_SEARCH_ENGINE=opensearch, hosts, version) against
 * a real OpenSearch 3.8 node: the search features staff rely on, the engine named on the search
 * page and in the health check, an index deleted on the cluster detected and rebuilt, and a mass
 * reindex. The {@code *OpenSearchIT} subclasses of the Lucene tests run every other search test
 * against the same node.
 */
@SpringBootTest
@ActiveProfiles("test")
@OpenSearchTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchOpenSearchIT {

    @Autowired
    TestData data;
    @Autowired
    SearchService search;
    @Autowired
    SavedSearches savedSearches;
    @Autowired
    IndexAdmin indexAdmin;
    @Autowired
    SearchIndexHealth health;
    @Autowired
    SearchIndexBootstrap bootstrap;
    @Autowired
    SearchEngine engine;
    @Autowired
    net.javacrumbs.shedlock.core.LockProvider lockProvider;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    HealthEndpoint healthEndpoint;
    @Autowired
    EntityManager em;
    @Autowired
    TransactionTemplate tx;

    String marker;
    long pele;
    long finales;
    long french;

    @BeforeAll
    void fixtures() {
        data.markets("BR", "MX", "FR");
        marker = "zq" + Long.toString(System.nanoTime(), 36);
        Episode episode = data.episode("Harbor " + marker, 1800);
        Member creator = data.member("BR");
        pele = moment(episode, creator, marker + " Pelé aparece nos episódios finais", "pt-BR", "BR", 50);
        finales = moment(episode, creator, marker + " el final de la temporada", "es", "MX", 5);
        french = moment(episode, creator, marker + " la fin de l'épisode", "fr", "FR", 500);
    }

    @Test
    void theSearchPageAndTheHealthCheckNameOpenSearch() {
        AsStaff.run(Set.of(Role.MODERATOR), Set.of("BR"), () ->
                assertThat(search.engine()).isEqualTo("OpenSearch 3.8.0"));
        Health up = health.health();
        assertThat(up.getStatus()).isEqualTo(Status.UP);
        assertThat(up.getDetails()).containsEntry("engine", "OpenSearch 3.8.0");
        assertThat(up.getDetails().get("cluster")).isIn("green", "yellow");
        assertThat(healthEndpoint.healthForPath("readiness").getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void foldedTextLanguageFieldsMarketScopeFacetsSortAndSpelling() {
        AsStaff.run(Set.of(Role.MODERATOR), Set.of("BR", "MX"), () -> {
            assertThat(ids("pele")).as("folded: no accent typed").containsExactly(pele);
            assertThat(ids("finales lang:es")).as("Spanish word forms").containsExactly(finales);
            assertThat(ids("final")).containsExactlyInAnyOrder(pele, finales);
            assertThat(ids("")).as("the French-only Moment is outside BR and MX").containsExactlyInAnyOrder(pele,
                    finales);
            assertThat(ids("-lang:es")).containsExactly(pele);
            SearchResult all = search.search(marker, SearchSort.MOST_SHARED, 0, 50);
            assertThat(all.hits()).extracting(SearchHit::id).containsExactly(pele, finales);
            assertThat(all.facets().stream().filter(f -> f.field().equals("market")).findFirst().orElseThrow()
                    .values()).extracting(SearchFacet.Value::value, SearchFacet.Value::count)
                    .contains(org.assertj.core.groups.Tuple.tuple("BR", 1L), org.assertj.core.groups.Tuple.tuple("MX", 1L))
                    .noneMatch(t -> "FR".equals(t.toList().getFirst()));
            assertThat(search.search(marker + " pele", SearchSort.RELEVANCE, 0, 10).hits().getFirst().snippet())
                    .contains(SearchHit.MARK_START + "Pelé" + SearchHit.MARK_END);
            assertThat(search.search(marker + " temporda", SearchSort.RELEVANCE, 0, 10).suggestion())
                    .as("did you mean, from the cluster's vocabulary").isEqualTo(marker + " temporada");
            // a saved search keeps the query language and its sort
            SavedSearchRow saved = savedSearches.save("Portuguese " + marker, marker + " lang:pt",
                    SearchSort.NEWEST, false);
            assertThat(search.search(saved.query(), saved.sort(), 0, 10).hits()).extracting(SearchHit::id)
                    .containsExactly(pele);
        });
        AsStaff.run(Set.of(Role.MODERATOR), Set.of("FR"), () -> assertThat(ids("episode")).containsExactly(french));
    }

    @Test
    void anIndexDeletedOnTheClusterIsReportedAndRebuilt() throws Exception {
        String index = concreteIndex("moment-read");
        try (HttpClient http = HttpClient.newHttpClient()) {
            assertThat(http.send(HttpRequest.newBuilder(OpenSearchNode.uri("/" + index)).DELETE().build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        }
        Health down = health.health();
        assertThat(down.getStatus()).isEqualTo(Status.DOWN);
        assertThat(down.getDetails().get("reason").toString()).isEqualTo("no index on the search cluster for Moment");
        assertThat(healthEndpoint.healthForPath("readiness").getStatus()).isEqualTo(Status.DOWN);

        // the watch on a shared cluster: while another node holds its lock, this one leaves the rebuild to it
        SearchIndexWatch watch = new SearchIndexWatch(bootstrap, engine, lockProvider);
        jdbc.update("delete from shedlock where name = 'search-index-watch'");
        jdbc.update("insert into shedlock (name, lock_until, locked_at, locked_by) values ('search-index-watch', ?, ?, "
                + "'another-node')", java.sql.Timestamp.from(java.time.Instant.now().plus(java.time.Duration.ofDays(1))),
                java.sql.Timestamp.from(java.time.Instant.now()));
        watch.rebuildALostIndex();
        assertThat(health.health().getStatus()).as("not rebuilt by this node").isEqualTo(Status.DOWN);
        // the lock lapses (that node died): the next look rebuilds
        jdbc.update("update shedlock set lock_until = ? where name = 'search-index-watch'",
                java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(1))));
        watch.rebuildALostIndex();

        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        assertThat(bootstrap.rebuildIfLost()).as("an existing index is left alone").isFalse();
        AsStaff.run(Set.of(Role.MODERATOR), Set.of("BR", "MX"), () -> assertThat(ids("pele")).containsExactly(pele));
        assertThat(asAdmin(indexAdmin::counts)).allSatisfy(c -> assertThat(c.difference()).isZero());
    }

    @Test
    void aMassReindexOfEveryEntityCompletesAndCountsMatch() {
        IndexAdminRun.Progress done = asAdmin(() -> IndexAdminIT.awaitFinished(indexAdmin.start(null)));
        assertThat(done.state()).isEqualTo(IndexAdminRun.State.COMPLETED);
        List<IndexAdmin.Count> counts = asAdmin(indexAdmin::counts);
        assertThat(done.done()).isEqualTo(counts.stream().mapToLong(IndexAdmin.Count::inDatabase).sum());
        assertThat(counts).allSatisfy(c -> assertThat(c.difference()).isZero());
        AsStaff.run(Set.of(Role.MODERATOR), Set.of("BR", "MX"), () -> assertThat(ids("final"))
                .containsExactlyInAnyOrder(pele, finales));
    }

    private List<Long> ids(String query) {
        return search.search(marker + " " + query, SearchSort.RELEVANCE, 0, 50).hits().stream().map(SearchHit::id)
                .toList();
    }

    /** The index behind a Hibernate Search alias ("moment-000001"). */
    private static String concreteIndex(String alias) throws Exception {
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            String body = http.send(HttpRequest.newBuilder(OpenSearchNode.uri("/_alias/" + alias)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher name = Pattern.compile("^\\{\"([^\"]+)\"").matcher(body);
            assertThat(name.find()).as(body).isTrue();
            return name.group(1);
        }
    }

    private long moment(Episode episode, Member creator, String caption, String language, String market,
            int shares) {
        return tx.execute(s -> {
            Moment moment = new Moment(em.merge(episode), 10, 40, caption, language, em.merge(creator),
                    Instant.parse("2026-11-01T12:00:00Z"), Set.of(market));
            em.persist(moment);
            em.flush();
            em.createQuery("update Moment m set m.shareCount = :s where m.id = :id").setParameter("s", shares)
                    .setParameter("id", moment.getId()).executeUpdate();
            em.clear();
            Search.session(em).indexingPlan().addOrUpdate(em.find(Moment.class, moment.getId()));
            return moment.getId();
        });
    }

    private static <T> T asAdmin(Supplier<T> call) {
        Object[] result = new Object[1];
        AsStaff.run("opensearch-it", Set.of(Role.ADMIN), Set.of("*"), () -> result[0] = call.get());
        @SuppressWarnings("unchecked")
        T typed = (T) result[0];
        return typed;
    }
}
