package com.clipdesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.content.FandomSubmission;
import com.clipdesk.content.Moment;
import com.clipdesk.member.Member;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/** The query language finds the right fixtures, within the staff member's markets only. */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchServiceIT {

    @Autowired
    TestData data;

    @Autowired
    SearchService search;

    @Autowired
    EntityManager em;

    @Autowired
    TransactionTemplate tx;

    String marker;
    String handle;
    long brMoment;
    long mxMoment;
    long frMoment;
    long brFrSubmission;
    long frSubmission;

    @BeforeAll
    void fixtures() {
        data.markets("BR", "MX", "FR");
        marker = "zq" + Long.toString(System.nanoTime(), 36);
        Episode marigold = data.episode("Marigold " + marker, 1800);
        Episode harbor = data.episode("Harbor " + marker, 1800);
        Member creator = data.member("BR");
        Member other = data.member("FR");
        handle = creator.getHandle();
        brMoment = data.moment(marigold, creator, marker + " alpha lighthouse keeper sings", Set.of("BR")).getId();
        mxMoment = data.moment(harbor, other, marker + " beta storm over the lighthouse", Set.of("MX")).getId();
        frMoment = data.moment(harbor, other, marker + " gamma lighthouse secret", Set.of("FR")).getId();
        brFrSubmission = data.submission(marigold, other, marker + " theory about the keeper", Set.of("BR", "FR"))
                .getId();
        frSubmission = data.submission(harbor, other, marker + " french lighthouse theory", Set.of("FR")).getId();
        adjust(brMoment, 150, 5, "2026-01-15T10:00:00Z");
        adjust(mxMoment, 10, 1, "2026-03-01T10:00:00Z");
        adjust(frMoment, 999, 9, "2026-03-02T10:00:00Z");
    }

    @Test
    void wordsPhrasesExclusionsPrefixAndFuzzy() {
        asBrMx(() -> {
            assertThat(ids(marker + " lighthouse")).containsExactlyInAnyOrder(brMoment, mxMoment);
            assertThat(ids(marker + " \"storm over the lighthouse\"")).containsExactly(mxMoment);
            assertThat(ids(marker + " \"over storm\"")).isEmpty();
            assertThat(ids(marker + " -storm")).containsExactlyInAnyOrder(brMoment, brFrSubmission);
            assertThat(ids(marker + " -\"storm over\" -theory")).containsExactly(brMoment);
            assertThat(ids(marker + " LIGHTHO*")).containsExactlyInAnyOrder(brMoment, mxMoment);
            assertThat(ids(marker + " lighthuose~")).containsExactlyInAnyOrder(brMoment, mxMoment);
            assertThat(ids(marker + " lighthuose")).as("fuzzy only when asked").isEmpty();
        });
    }

    @Test
    void fieldFilters() {
        asBrMx(() -> {
            assertThat(ids(marker + " market:mx")).containsExactly(mxMoment);
            assertThat(ids(marker + " -market:mx")).containsExactlyInAnyOrder(brMoment, brFrSubmission);
            assertThat(ids(marker + " kind:submission")).containsExactly(brFrSubmission);
            assertThat(ids(marker + " kind:moment")).containsExactlyInAnyOrder(brMoment, mxMoment);
            assertThat(ids(marker + " reports:>3")).containsExactly(brMoment);
            assertThat(ids(marker + " reports:1")).containsExactly(mxMoment);
            assertThat(ids(marker + " shares:>100")).containsExactly(brMoment);
            assertThat(ids(marker + " created:2026-01-01..2026-01-15")).containsExactly(brMoment);
            assertThat(ids(marker + " created:2026-03-01")).containsExactly(mxMoment);
            assertThat(ids(marker + " created:..2026-03-01 kind:moment")).containsExactlyInAnyOrder(brMoment, mxMoment);
            assertThat(ids(marker + " creator:" + handle.toUpperCase())).containsExactly(brMoment);
            assertThat(ids("title:\"marigold " + marker + "\"")).containsExactlyInAnyOrder(brMoment, brFrSubmission);
            assertThat(ids(marker + " lang:EN state:active")).hasSize(3);
            assertThat(ids(marker + " state:removed")).isEmpty();
        });
    }

    @Test
    void aModeratorInBrazilAndMexicoNeverSeesFrenchOnlyItems() {
        asBrMx(() -> {
            SearchResult result = search.search(marker, SearchSort.RELEVANCE, 0, 50);
            assertThat(result.total()).isEqualTo(3);
            assertThat(result.hits()).extracting(SearchHit::id).containsExactlyInAnyOrder(brMoment, mxMoment,
                    brFrSubmission);
            assertThat(facet(result, "market")).extracting(SearchFacet.Value::value)
                    .containsExactlyInAnyOrder("BR", "MX");
            assertThat(facet(result, "kind")).extracting(SearchFacet.Value::token, SearchFacet.Value::count)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("kind:moment", 2L),
                            org.assertj.core.groups.Tuple.tuple("kind:submission", 1L));
            assertThat(search.search("market:FR " + marker, SearchSort.RELEVANCE, 0, 50).hits())
                    .extracting(SearchHit::id).as("asking for FR still respects the scope")
                    .containsExactly(brFrSubmission);
        });
        AsStaff.run(Set.of(Role.ADMIN), Set.of("*"), () -> assertThat(
                search.search(marker, SearchSort.RELEVANCE, 0, 50).total()).isEqualTo(5));
    }

    @Test
    void hitsCarryMarkedSnippetsContextAndRoute() {
        asBrMx(() -> {
            SearchHit hit = search.search(marker + " keeper kind:moment", SearchSort.RELEVANCE, 0, 10).hits().getFirst();
            assertThat(hit.id()).isEqualTo(brMoment);
            assertThat(hit.snippet()).contains(SearchHit.MARK_START + "keeper" + SearchHit.MARK_END)
                    .doesNotContain("<");
            assertThat(hit.kind()).isEqualTo(SearchKind.MOMENT);
            assertThat(hit.context()).isEqualTo("Marigold " + marker + " · S1 E1 · Pilot · 0:10–0:40");
            assertThat(hit.route()).isEqualTo("moments/" + brMoment);
            assertThat(hit.creatorHandle()).isEqualTo(handle);
            assertThat(hit.markets()).containsExactly("BR");
            assertThat(hit.shareCount()).isEqualTo(150);
            assertThat(hit.reportCount()).isEqualTo(5);
            SearchHit submission = search.search(marker + " kind:submission", SearchSort.RELEVANCE, 0, 10).hits()
                    .getFirst();
            assertThat(submission.context()).isEqualTo("Marigold " + marker + " · Theory");
            assertThat(submission.route()).isEqualTo("submissions/" + brFrSubmission);
            assertThat(submission.snippet()).contains(SearchHit.MARK_START + marker + SearchHit.MARK_END);
        });
    }

    @Test
    void snippetsMarkPrefixAndFuzzyMatchesButNotExcludedWords() {
        asBrMx(() -> {
            String prefix = search.search(marker + " LIGHTHO* kind:moment market:BR", SearchSort.RELEVANCE, 0, 10)
                    .hits().getFirst().snippet();
            assertThat(prefix).contains(SearchHit.MARK_START + "lighthouse" + SearchHit.MARK_END);
            String fuzzy = search.search(marker + " lighthuose~ market:MX", SearchSort.RELEVANCE, 0, 10).hits()
                    .getFirst().snippet();
            assertThat(fuzzy).contains(SearchHit.MARK_START + "lighthouse" + SearchHit.MARK_END)
                    .doesNotContain(SearchHit.MARK_START + "storm");
            String excluded = search.search(marker + " keeper -storm kind:moment", SearchSort.RELEVANCE, 0, 10)
                    .hits().getFirst().snippet();
            assertThat(excluded).contains(SearchHit.MARK_START + "keeper" + SearchHit.MARK_END)
                    .doesNotContain(SearchHit.MARK_START + "lighthouse");
        });
    }

    @Test
    void longTextsAreCutAroundTheFirstMark() {
        String start = SearchHit.MARK_START;
        String end = SearchHit.MARK_END;
        String filler = "word ".repeat(100);
        String cut = SearchService.shorten(filler + start + "leak" + end + " " + filler);
        assertThat(cut).startsWith("… ").endsWith(" …").contains(start + "leak" + end);
        assertThat(cut.length()).isLessThan(260);
        assertThat(SearchService.shorten("short " + start + "text" + end)).isEqualTo("short " + start + "text" + end);
        String noMark = SearchService.shorten(filler);
        assertThat(noMark).doesNotStartWith("…").endsWith(" …");
        String markAtCut = SearchService.shorten("a ".repeat(110) + start + "leakedfinale" + end + " b".repeat(200));
        assertThat(markAtCut).contains(start + "leakedfinale" + end).as("never cut inside a mark");
    }

    @Test
    void sorting() {
        asBrMx(() -> {
            assertThat(ids(marker, SearchSort.MOST_SHARED)).containsExactly(brMoment, mxMoment, brFrSubmission);
            assertThat(ids(marker, SearchSort.MOST_REPORTED)).containsExactly(brMoment, mxMoment, brFrSubmission);
            assertThat(ids(marker, SearchSort.NEWEST)).containsExactly(brFrSubmission, mxMoment, brMoment);
        });
    }

    @Test
    void badQueriesAndAccess() {
        asBrMx(() -> {
            assertThat(search.canSearch()).isTrue();
            assertThatThrownBy(() -> search.search(marker + " colour:red", SearchSort.RELEVANCE, 0, 10))
                    .isInstanceOf(QuerySyntaxException.class).hasMessageContaining("Unknown field");
        });
        assertThat(search.canSearch()).as("nobody signed in").isFalse();
    }

    private void asBrMx(Runnable action) {
        AsStaff.run(Set.of(Role.MODERATOR), Set.of("BR", "MX"), action);
    }

    private List<Long> ids(String query) {
        return ids(query, SearchSort.RELEVANCE);
    }

    private List<Long> ids(String query, SearchSort sort) {
        return search.search(query, sort, 0, 50).hits().stream().map(SearchHit::id).toList();
    }

    private static List<SearchFacet.Value> facet(SearchResult result, String field) {
        return result.facets().stream().filter(f -> f.field().equals(field)).findFirst().orElseThrow().values();
    }

    /** Counts and dates have no business setters: set them in the database, then reindex the Moment. */
    private void adjust(long momentId, int shares, int reports, String createdAt) {
        tx.executeWithoutResult(s -> {
            em.createQuery("update Moment m set m.shareCount = :s, m.reportCount = :r, m.createdAt = :c where m.id = :id")
                    .setParameter("s", shares).setParameter("r", reports).setParameter("c", Instant.parse(createdAt))
                    .setParameter("id", momentId).executeUpdate();
            em.clear();
            Search.session(em).indexingPlan().addOrUpdate(em.find(Moment.class, momentId));
        });
    }
}
