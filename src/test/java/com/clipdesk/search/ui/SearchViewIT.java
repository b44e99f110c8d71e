package com.clipdesk.search.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.search.SearchKind;
import com.clipdesk.member.Member;
import com.clipdesk.search.SearchHit;
import com.clipdesk.search.SearchSort;
import com.clipdesk.staff.Role;
import com.clipdesk.support.GridRows;
import com.clipdesk.support.KaribuSupport;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The search page against the real search service and index (synchronous indexing in tests). */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchViewIT extends KaribuSupport {

    /** A word no other fixture has, so the hits are exactly ours. */
    private final String marker = "zqx" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);

    @Autowired
    TestData data;

    long momentId;
    long submissionId;
    long messageId;

    @BeforeAll
    void fixtures() {
        data.markets("BR", "MX", "FR");
        Episode episode = data.episode("Search Test " + System.nanoTime(), 2400);
        Member creator = data.member("BR");
        momentId = data.moment(episode, creator, "the " + marker + " at the lighthouse", Set.of("BR")).getId();
        submissionId = data.submission(episode, creator, "a theory about the " + marker, Set.of("BR", "MX")).getId();
        messageId = data.message(data.party(episode, creator, "BR"), creator, "chat about the " + marker, "en", 9)
                .getId();
    }

    @Test
    void aModeratorOpensAMessageHitOnItsOwnPage() {
        signInAs(Set.of(Role.MODERATOR), "BR", "MX");
        UI.getCurrent().navigate("search", QueryParameters.simple(Map.of("q", marker + " kind:message")));
        Grid<SearchHit> grid = grid();
        assertThat(GridRows.of(grid)).extracting(SearchHit::kind, SearchHit::id)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SearchKind.MESSAGE, messageId));
        GridKt._clickItem(grid, 0);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("messages/" + messageId);
    }

    @Test
    void aCuratorAskingForMessagesIsToldTheRoleDoesNotSearchThem() {
        signInAs(Set.of(Role.CURATOR), "BR");
        UI.getCurrent().navigate("search", QueryParameters.simple(Map.of("q", marker)));
        assertThat(GridRows.of(grid())).extracting(SearchHit::kind).doesNotContain(SearchKind.MESSAGE);
        assertThat(_find(Button.class, spec -> spec.withClasses(FacetPanel.VALUE_CLASS)))
                .extracting(b -> b.getElement().getAttribute(FacetPanel.TOKEN_ATTRIBUTE))
                .doesNotContain("kind:message", "kind:report");

        _setValue(queryField(), marker + " kind:message");
        _click(_get(Button.class, spec -> spec.withText("Search")));
        assertThat(queryField().isInvalid()).isTrue();
        assertThat(queryField().getErrorMessage()).contains("kind:message is searched by moderators")
                .contains("kind:moment");
    }

    @Test
    void thePageNamesTheSearchEngine() {
        signInAs(Set.of(Role.MODERATOR), "BR");
        UI.getCurrent().navigate("search");
        assertThat(_get(Span.class, spec -> spec.withClasses("cd-search-engine")).getText())
                .isEqualTo("Search engine: " + expectedEngine());
    }

    /** What the page names with the test configuration (in-memory Lucene). */
    String expectedEngine() {
        return "Embedded Lucene " + org.apache.lucene.util.Version.LATEST;
    }

    @Test
    void theMarkerWordFindsTheHitsAndIsHighlightedInTheSnippet() {
        signInAs(Set.of(Role.MODERATOR), "BR", "MX");
        UI.getCurrent().navigate("search", QueryParameters.simple(Map.of("q", marker)));

        Grid<SearchHit> grid = grid();
        List<SearchHit> hits = GridRows.of(grid);
        assertThat(hits).extracting(SearchHit::id).contains(momentId, submissionId);
        int row = indexOf(hits, SearchKind.MOMENT, momentId);
        assertThat(marks(GridKt._getCellComponent(grid, row, "snippet").getElement()))
                .anyMatch(m -> m.equalsIgnoreCase(marker));
        assertThat(queryField().getValue()).isEqualTo(marker);
        assertThat(_get(Span.class, spec -> spec.withClasses("cd-search-summary")).getText())
                .matches("\\d+ hits? in [\\d,]+ ms.*");

        GridKt._clickItem(grid, row);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("moments/" + momentId);
    }

    @Test
    void aMisspeltQueryOffersTheCorrectionAndOneClickRunsIt() {
        signInAs(Set.of(Role.MODERATOR), "BR", "MX");
        UI.getCurrent().navigate("search", QueryParameters.simple(Map.of("q", "lighthuose market:BR")));
        assertThat(GridRows.of(grid())).isEmpty();
        Button correction = _get(Button.class, spec -> spec.withClasses("cd-search-correction"));
        assertThat(correction.getText()).isEqualTo("lighthouse market:BR");

        _click(correction);
        assertThat(queryField().getValue()).isEqualTo("lighthouse market:BR");
        assertThat(address().getSingleParameter("q")).hasValue("lighthouse market:BR");
        assertThat(GridRows.of(grid())).extracting(SearchHit::id).contains(momentId);
        assertThat(_find(Button.class, spec -> spec.withClasses("cd-search-correction"))).isEmpty();
    }

    @Test
    void aSearchTypedInTheFieldGoesIntoTheAddress() {
        signInAs(Set.of(Role.MODERATOR), "BR", "MX");
        UI.getCurrent().navigate("search");
        _setValue(queryField(), marker);
        ShortcutsKt._fireShortcut(queryField(), Key.ENTER);

        assertThat(address().getSingleParameter("q")).hasValue(marker);
        assertThat(GridRows.of(grid())).extracting(SearchHit::id).contains(momentId);

        @SuppressWarnings("unchecked")
        Select<SearchSort> sort = _get(Select.class, spec -> spec.withLabel("Sort"));
        _setValue(sort, SearchSort.MOST_SHARED);
        assertThat(address().getSingleParameter("sort")).hasValue("MOST_SHARED");
        assertThat(address().getSingleParameter("q")).hasValue(marker);
    }

    @Test
    void clickingAFacetValueAddsItsTokenToTheQueryAndTheAddressAndClickingAgainRemovesIt() {
        signInAs(Set.of(Role.MODERATOR), "BR", "MX");
        UI.getCurrent().navigate("search", QueryParameters.simple(Map.of("q", marker)));

        Button value = _find(Button.class, spec -> spec.withClasses(FacetPanel.VALUE_CLASS)).getFirst();
        String token = value.getElement().getAttribute(FacetPanel.TOKEN_ATTRIBUTE);
        _click(value);
        assertThat(queryField().getValue()).isEqualTo(marker + " " + token);
        assertThat(address().getSingleParameter("q")).hasValue(marker + " " + token);

        Button active = facetButton(token);
        assertThat(active.hasClassName(FacetPanel.ACTIVE_CLASS)).isTrue();
        _click(active);
        assertThat(queryField().getValue()).isEqualTo(marker);
        assertThat(address().getSingleParameter("q")).hasValue(marker);
        assertThat(facetButton(token).hasClassName(FacetPanel.ACTIVE_CLASS)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"market:", "\"unclosed"})
    void aQueryThatDoesNotParseSaysWhyAndChangesNothingElse(String bad) {
        signInAs(Set.of(Role.MODERATOR), "BR", "MX");
        UI.getCurrent().navigate("search", QueryParameters.simple(Map.of("q", marker)));
        List<Long> before = GridRows.of(grid()).stream().map(SearchHit::id).toList();
        String summary = _get(Span.class, spec -> spec.withClasses("cd-search-summary")).getText();

        _setValue(queryField(), bad);
        _click(_get(Button.class, spec -> spec.withText("Search")));

        assertThat(queryField().isInvalid()).isTrue();
        assertThat(queryField().getErrorMessage()).isNotBlank();
        assertThat(queryField().getValue()).as("what was typed stays, to be fixed").isEqualTo(bad);
        assertThat(GridRows.of(grid()).stream().map(SearchHit::id).toList()).isEqualTo(before);
        assertThat(_get(Span.class, spec -> spec.withClasses("cd-search-summary")).getText()).isEqualTo(summary);
        assertThat(address().getSingleParameter("q")).hasValue(marker);
    }

    @Test
    void anEmptyQueryListsTheNewestItemsFirst() {
        signInAs(Set.of(Role.MODERATOR), "BR", "MX");
        UI.getCurrent().navigate("search");
        @SuppressWarnings("unchecked")
        Select<SearchSort> sort = _get(Select.class, spec -> spec.withLabel("Sort"));
        assertThat(sort.getValue()).isEqualTo(SearchSort.NEWEST);
        List<SearchHit> hits = GridRows.of(grid());
        assertThat(hits).isNotEmpty();
        for (int i = 1; i < hits.size(); i++) {
            assertThat(hits.get(i).createdAt()).isBeforeOrEqualTo(hits.get(i - 1).createdAt());
        }
    }

    @Test
    void theTopBarBoxOpensTheSearchPageWithWhatWasTyped() {
        signInAs(Set.of(Role.CURATOR), "BR");
        UI.getCurrent().navigate("");
        TextField box = _get(TextField.class, spec -> spec.withClasses(SearchBox.CLASS_NAME));
        _setValue(box, marker);
        ShortcutsKt._fireShortcut(box, Key.ENTER);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("search");
        assertThat(address().getSingleParameter("q")).hasValue(marker);
        assertThat(GridRows.of(grid())).extracting(SearchHit::id).contains(momentId);
    }

    @SuppressWarnings("unchecked")
    private static Grid<SearchHit> grid() {
        return _get(Grid.class, spec -> spec.withClasses("cd-search-grid"));
    }

    private static TextField queryField() {
        return _get(TextField.class, spec -> spec.withClasses("cd-search-query"));
    }

    private static Button facetButton(String token) {
        return _find(Button.class, spec -> spec.withClasses(FacetPanel.VALUE_CLASS)).stream()
                .filter(b -> token.equals(b.getElement().getAttribute(FacetPanel.TOKEN_ATTRIBUTE))).findFirst()
                .orElseThrow();
    }

    private static QueryParameters address() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters();
    }

    private static int indexOf(List<SearchHit> hits, SearchKind kind, long id) {
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i).kind() == kind && hits.get(i).id() == id) {
                return i;
            }
        }
        throw new AssertionError("no " + kind + " " + id + " among the hits");
    }

    private static List<String> marks(Element snippet) {
        return snippet.getChildren().filter(c -> !c.isTextNode() && c.getTag().equals("mark")).map(Element::getText)
                .toList();
    }
}
