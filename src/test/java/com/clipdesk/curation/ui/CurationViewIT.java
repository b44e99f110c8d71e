package com.clipdesk.curation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.catalog.TitleKind;
import com.clipdesk.catalog.TitleSummary;
import com.clipdesk.curation.BoardKey;
import com.clipdesk.curation.BoardView;
import com.clipdesk.curation.BoardView.SlotView;
import com.clipdesk.curation.CurationService;
import com.clipdesk.curation.Surface;
import com.clipdesk.member.Member;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import com.clipdesk.support.GridRows;
import com.clipdesk.support.KaribuSupport;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The board page: keyboard reorder with the move buttons, and a slot's eligibility shown. */
@SpringBootTest
@ActiveProfiles("test")
class CurationViewIT extends KaribuSupport {

    @Autowired
    TestData data;

    @Autowired
    CurationService curation;

    String market;
    long first;
    long second;

    @BeforeEach
    void board() {
        market = "K" + Long.toString(System.nanoTime() % 46656, 36).toUpperCase(java.util.Locale.ROOT);
        data.markets(market);
        Episode episode = data.episode("Board page " + System.nanoTime(), 1800);
        Member creator = data.member(market);
        first = data.moment(episode, creator, "first on the board", Set.of(market)).getId();
        second = data.moment(episode, creator, "second on the board", Set.of(market)).getId();
        AtomicReference<BoardView> b = new AtomicReference<>();
        AsStaff.run("chloe", Set.of(Role.CURATOR), Set.of(market), () -> {
            b.set(curation.add(BoardKey.homeRow(market), null, first, null, null));
            b.set(curation.add(BoardKey.homeRow(market), b.get().version(), second, null, null));
        });
    }

    @Test
    void theMoveButtonsReorderFromTheKeyboard() {
        signInAs(Set.of(Role.CURATOR), market);
        UI.getCurrent().navigate("curation/" + market);
        @SuppressWarnings("unchecked")
        Grid<SlotView> grid = _get(Grid.class);
        assertThat(GridRows.of(grid)).extracting(SlotView::momentId).containsExactly(first, second);

        Button down = button(GridKt._getCellComponent(grid, 0, "actions"), "Move Moment " + first + " down");
        assertThat(down.isEnabled()).isTrue();
        _click(down);

        assertThat(GridRows.of(grid)).extracting(SlotView::momentId).containsExactly(second, first);
        Button up = button(GridKt._getCellComponent(grid, 0, "actions"), "Move Moment " + second + " up");
        assertThat(up.isEnabled()).as("the first row cannot move up").isFalse();
        AsStaff.run("chloe", Set.of(Role.CURATOR), Set.of(market), () -> assertThat(
                curation.board(BoardKey.homeRow(market)).draft()).extracting(SlotView::momentId)
                .containsExactly(second, first));
    }

    @Test
    void choosingATitleOpensItsPageBoardWithALinkableUrl() {
        Episode episode = data.episode("Title page view " + System.nanoTime(), 1200);
        long titleId = episode.getSeason().getTitle().getId();
        long onPage = data.moment(episode, data.member(market), "on the title page", Set.of(market)).getId();
        AsStaff.run("chloe", Set.of(Role.CURATOR), Set.of(market),
                () -> curation.add(BoardKey.titlePage(market, titleId), null, onPage, null, null));
        signInAs(Set.of(Role.CURATOR), market);
        UI.getCurrent().navigate("curation/" + market);
        assertThat(_find(ComboBox.class, spec -> spec.withId("curation-title"))).as("no title on the home row").isEmpty();

        // each choice moves the URL on, and the page follows it (a new view instance: look the parts up again)
        surface().setValue(Surface.TITLE_PAGE);
        assertThat(GridRows.of(grid())).as("no title chosen yet").isEmpty();
        assertThat(_get(Span.class, spec -> spec.withId("curation-status")).getText()).contains("Choose a title");

        title().setValue(new TitleSummary(titleId, episode.getSeason().getTitle().getName(), TitleKind.SERIES, 2026));
        assertThat(GridRows.of(grid())).extracting(SlotView::momentId).containsExactly(onPage);
        var location = UI.getCurrent().getInternals().getActiveViewLocation();
        assertThat(location.getPath()).isEqualTo("curation/" + market);
        assertThat(location.getQueryParameters().getParameters()).containsEntry("surface", java.util.List.of("title_page"))
                .containsEntry("title", java.util.List.of(Long.toString(titleId)));

        // the link opens the same board (bookmark, reload): pickers follow the URL
        UI.getCurrent().navigate("curation/" + market, QueryParameters.empty());
        assertThat(GridRows.of(grid())).extracting(SlotView::momentId).containsExactly(first, second);
        UI.getCurrent().navigate("curation/" + market, location.getQueryParameters());
        assertThat(surface().getValue()).isEqualTo(Surface.TITLE_PAGE);
        assertThat(title().getValue().id()).isEqualTo(titleId);
        assertThat(GridRows.of(grid())).extracting(SlotView::momentId).containsExactly(onPage);
        assertThat(_find(Anchor.class, spec -> spec.withText(episode.getSeason().getTitle().getName() + " (1)")))
                .as("the market's title pages to jump to").hasSize(1);
    }

    @SuppressWarnings("unchecked")
    private static Grid<SlotView> grid() {
        return _get(Grid.class);
    }

    @SuppressWarnings("unchecked")
    private static Select<Surface> surface() {
        return _get(Select.class);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<TitleSummary> title() {
        return _get(ComboBox.class, spec -> spec.withId("curation-title"));
    }

    @Test
    void theHeatmapPageOpensForACurator() {
        signInAs(Set.of(Role.CURATOR), market);
        UI.getCurrent().navigate("curation/heatmap");
        assertThat(_find(Html.class)).isEmpty();
    }

    private static Button button(Component cell, String ariaLabel) {
        return (Button) cell.getChildren().filter(c -> c instanceof Button b
                && ariaLabel.equals(b.getElement().getAttribute("aria-label"))).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + ariaLabel));
    }
}
