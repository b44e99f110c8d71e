package com.clipdesk.search.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.member.Member;
import com.clipdesk.search.SearchHit;
import com.clipdesk.staff.Role;
import com.clipdesk.support.GridRows;
import com.clipdesk.support.KaribuSupport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Saving the search on the page, seeing it listed with its count, and running it again by a click. */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SavedSearchViewIT extends KaribuSupport {

    private final String marker = "zqv" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);

    @Autowired
    TestData data;

    long brMoment;

    @BeforeAll
    void fixtures() {
        data.markets("BR", "FR");
        Episode episode = data.episode("Saved View " + marker, 1800);
        Member creator = data.member("BR");
        brMoment = data.moment(episode, creator, "the " + marker + " in Brazil", Set.of("BR")).getId();
        data.moment(episode, creator, "the " + marker + " in both", Set.of("BR", "FR"));
        data.moment(episode, creator, "the " + marker + " in France", Set.of("FR"));
    }

    @Test
    void aSavedSearchIsListedWithItsCountAndAClickRunsIt() {
        signInAs(Set.of(Role.MODERATOR), "BR");
        UI.getCurrent().navigate("search", QueryParameters.simple(Map.of("q", marker + " kind:moment")));

        _click(_get(Button.class, spec -> spec.withText("Save search")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), "Brazil " + marker);
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Share with the team")), true);
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(_find(TextField.class, spec -> spec.withLabel("Name"))).as("the dialog closed").isEmpty();

        Div item = savedItem("Brazil " + marker);
        assertThat(_get(item, Span.class, spec -> spec.withClasses(SavedSearchPanel.COUNT_CLASS)).getText())
                .as("BR and BR+FR, not the FR-only Moment").isEqualTo("2");
        assertThat(_get(item, Span.class, spec -> spec.withClasses("cd-saved-shared")).getText()).isEqualTo("shared");

        UI.getCurrent().navigate("search");
        assertThat(address().getSingleParameter("q")).isEmpty();
        _click(_get(item, Button.class, spec -> spec.withClasses(SavedSearchPanel.RUN_CLASS)));
        assertThat(address().getSingleParameter("q")).hasValue(marker + " kind:moment");
        assertThat(address().getSingleParameter("sort")).as("relevance is the default for a query").isEmpty();
        assertThat(_get(TextField.class, spec -> spec.withClasses("cd-search-query")).getValue())
                .isEqualTo(marker + " kind:moment");
        @SuppressWarnings("unchecked")
        Grid<SearchHit> grid = _get(Grid.class, spec -> spec.withClasses("cd-search-grid"));
        assertThat(GridRows.of(grid)).extracting(SearchHit::id).hasSize(2).contains(brMoment);
    }

    @Test
    void aQueryThatDoesNotParseIsNotSavedAndTheDialogSaysWhy() {
        signInAs(Set.of(Role.MODERATOR), "BR");
        UI.getCurrent().navigate("search", QueryParameters.simple(Map.of("q", marker)));
        _setValue(_get(TextField.class, spec -> spec.withClasses("cd-search-query")), "market:");

        _click(_get(Button.class, spec -> spec.withText("Save search")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), "Broken " + marker);
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("cd-saved-dialog-problem")).getText())
                .startsWith("This query cannot be saved: market: needs a value");
        assertThat(_find(Div.class, spec -> spec.withClasses(SavedSearchPanel.ITEM_CLASS)))
                .noneMatch(d -> _find(d, Button.class, s -> s.withText("Broken " + marker)).size() > 0);
    }

    private Div savedItem(String name) {
        return _find(Div.class, spec -> spec.withClasses(SavedSearchPanel.ITEM_CLASS)).stream()
                .filter(d -> !_find(d, Button.class, s -> s.withText(name)).isEmpty()).findFirst().orElseThrow();
    }

    private static QueryParameters address() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters();
    }
}
