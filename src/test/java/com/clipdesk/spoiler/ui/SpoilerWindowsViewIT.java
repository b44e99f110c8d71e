package com.clipdesk.spoiler.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.catalog.TitleKind;
import com.clipdesk.spoiler.MarketWindows;
import com.clipdesk.staff.Role;
import com.clipdesk.support.GridRows;
import com.clipdesk.support.KaribuSupport;
import com.clipdesk.support.PolicyFixtures;
import com.clipdesk.support.ReleaseFixtures;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The windows page reads the policies' windows in force, marks a market's own, and points to the policies. */
@SpringBootTest
@ActiveProfiles("test")
class SpoilerWindowsViewIT extends KaribuSupport {

    @Autowired
    ReleaseFixtures fixtures;

    @Autowired
    PolicyFixtures policies;

    @Test
    @SuppressWarnings("unchecked")
    void showsEachMarketsWindowsWithItsOwnMarkedAndNoWayToEditThemHere() {
        fixtures.market("WV", "Europe/Vienna");
        policies.spoilerWindows("WV", true, Map.of(TitleKind.FILM, 45), null);
        signInAs(Set.of(Role.MODERATOR), "FR");
        UI.getCurrent().navigate("spoilers/windows");

        Grid<MarketWindows> grid = _get(Grid.class);
        MarketWindows wv = GridRows.of(grid).stream().filter(m -> m.market().equals("WV")).findFirst().orElseThrow();
        int row = GridRows.of(grid).indexOf(wv);
        assertThat(GridKt._getCellComponent(grid, row, "FILM").getElement().getTextRecursively())
                .isEqualTo("45 daysWV");
        assertThat(GridKt._getCellComponent(grid, row, "SERIES").getElement().getTextRecursively()).isEqualTo("14 days");
        assertThat(wv.windows()).filteredOn(w -> w.kind() == TitleKind.FILM).singleElement()
                .satisfies(w -> {
                    assertThat(w.days()).isEqualTo(45);
                    assertThat(w.overridden()).isTrue();
                });
        assertThat(wv.windows()).filteredOn(w -> w.kind() == TitleKind.SERIES).singleElement()
                .satisfies(w -> assertThat(w.overridden()).isFalse());
        assertThat(_find(IntegerField.class)).as("read-only: changed in the policies").isEmpty();
        _get(Button.class, spec -> spec.withText("Change in the sharing policies"));
    }
}
