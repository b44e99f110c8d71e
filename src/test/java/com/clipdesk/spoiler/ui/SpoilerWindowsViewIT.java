package com.clipdesk.spoiler.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.catalog.MarketView;
import com.clipdesk.catalog.TitleKind;
import com.clipdesk.spoiler.SpoilerWindowView;
import com.clipdesk.spoiler.SpoilerWindows;
import com.clipdesk.staff.Role;
import com.clipdesk.support.KaribuSupport;
import com.clipdesk.support.ReleaseFixtures;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class SpoilerWindowsViewIT extends KaribuSupport {

    @Autowired
    ReleaseFixtures fixtures;

    @Autowired
    SpoilerWindows windows;

    @BeforeEach
    void open() {
        fixtures.market("WV", "Europe/Vienna");
        signInAs(Set.of(Role.ADMIN), "*");
        UI.getCurrent().navigate("spoilers/windows");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdminAddsAnOverrideAfterFixingTheDaysAndRemovesItAgain() {
        ComboBox<MarketView> market = _get(ComboBox.class, spec -> spec.withLabel("Market"));
        _setValue(market, market.getListDataView().getItems().filter(m -> m.code().equals("WV")).findFirst()
                .orElseThrow());
        _setValue(_get(Select.class, spec -> spec.withLabel("Title kind")), TitleKind.FILM);
        IntegerField days = _get(IntegerField.class, spec -> spec.withLabel("Days after release"));
        _setValue(days, 400);
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(days.isInvalid()).isTrue();
        assertThat(days.getErrorMessage()).isEqualTo("Enter a whole number of days from 0 to 365");
        assertThat(windows.windowFor("WV", TitleKind.FILM)).isEqualTo(Duration.ofDays(30));

        _setValue(days, 45);
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(windows.windowFor("WV", TitleKind.FILM)).isEqualTo(Duration.ofDays(45));
        Grid<SpoilerWindowView> grid = _get(Grid.class);
        assertThat(grid.asSingleSelect().getValue()).as("the saved override is selected")
                .extracting(SpoilerWindowView::market, SpoilerWindowView::days).containsExactly("WV", 45);

        _click(_get(Button.class, spec -> spec.withText("Remove override")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(windows.windowFor("WV", TitleKind.FILM)).isEqualTo(Duration.ofDays(30));
        assertThat(grid.getGenericDataView().getItems()).noneMatch(w -> "WV".equals(w.market()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDefaultIsChangedInPlaceAndCannotBeRemoved() {
        Grid<SpoilerWindowView> grid = _get(Grid.class);
        SpoilerWindowView documentaries = grid.getGenericDataView().getItems()
                .filter(w -> w.isDefault() && w.kind() == TitleKind.DOCUMENTARY).findFirst().orElseThrow();
        grid.select(documentaries);
        assertThat(_find(Button.class, spec -> spec.withText("Remove override"))).as("a default stays").isEmpty();
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Days after release")), 4);
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(windows.windowFor("WV", TitleKind.DOCUMENTARY)).isEqualTo(Duration.ofDays(4));

        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Days after release")), documentaries.days());
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(windows.windowFor("WV", TitleKind.DOCUMENTARY)).isEqualTo(Duration.ofDays(documentaries.days()));
    }
}
