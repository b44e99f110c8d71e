package com.clipdesk.curation.ui;

import com.clipdesk.curation.BoardKey;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
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
import com.vaadin.flow.component.grid.Grid;
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
