package com.clipdesk.catalog.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.catalog.CatalogService;
import com.clipdesk.catalog.TitleKind;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import com.clipdesk.support.KaribuSupport;
import com.clipdesk.support.ReleaseFixtures;
import com.clipdesk.support.TestClock;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.QueryParameters;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class ReleaseDatesViewIT extends KaribuSupport {

    @Autowired
    ReleaseFixtures fixtures;

    @Autowired
    CatalogService catalog;

    @Autowired
    TestClock clock;

    private List<Long> episodes;
    private long titleId;

    @BeforeEach
    void fixtures() {
        clock.set(Instant.parse("2026-11-30T10:00:00Z"));
        fixtures.market("XB", "Europe/Berlin");
        episodes = fixtures.season("Release grid " + System.nanoTime(), TitleKind.SERIES, 2);
        titleId = fixtures.titleOf(episodes.getFirst());
        signInAs(Set.of(Role.ADMIN), "*");
        UI.getCurrent().navigate("releases", QueryParameters.of("title", String.valueOf(titleId)));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anAdminSetsADateInTheMarketsLocalTimeAndSeesItsUtcEquivalent() {
        _click(cell(0, "XB"));
        assertThat(_get(TimePicker.class).getLabel()).isEqualTo("Time (Europe/Berlin)");
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Date")), LocalDate.parse("2026-12-03"));
        _setValue(_get(TimePicker.class), LocalTime.of(20, 0));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("cd-release-dialog__utc")).getText())
                .isEqualTo("20:00 Europe/Berlin is Thu 3 Dec 2026 19:00 UTC.");
        _click(_get(Button.class, spec -> spec.withText("Set date")));

        assertThat(catalog.releasesOf(episodes.getFirst())).containsEntry("XB", Instant.parse("2026-12-03T19:00:00Z"));
        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(cell(0, "XB").getText()).isEqualTo("3 Dec 2026 20:00");

        // the next episode's dialog proposes a week later, same local time
        _click(cell(1, "XB"));
        assertThat(_get(DatePicker.class, spec -> spec.withLabel("Date")).getValue())
                .isEqualTo(LocalDate.parse("2026-12-10"));
        assertThat(_get(TimePicker.class).getValue()).isEqualTo(LocalTime.of(20, 0));
    }

    @Test
    void aTimeTheClocksSkipIsExplainedOnTheFieldAndNothingIsSaved() {
        _click(cell(0, "XB"));
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Date")), LocalDate.parse("2027-03-28"));
        _setValue(_get(TimePicker.class), LocalTime.of(2, 30));
        _click(_get(Button.class, spec -> spec.withText("Set date")));

        TimePicker time = _get(TimePicker.class);
        assertThat(time.isInvalid()).isTrue();
        assertThat(time.getErrorMessage()).contains("02:30 does not exist", "clocks go forward");
        assertThat(catalog.releasesOf(episodes.getFirst())).isEmpty();
    }

    @Test
    void aDateMovedMeanwhileByAnotherAdminIsNotOverwrittenAndRemovalAsksWhy() {
        AsStaff.run("admin-ben", Set.of(Role.ADMIN), Set.of("*"), () -> catalog.setReleaseDate(episodes.getFirst(),
                "XB", LocalDateTime.parse("2026-12-03T20:00"), null));
        UI.getCurrent().navigate("releases", QueryParameters.of("title", String.valueOf(titleId)));
        _click(cell(0, "XB"));
        AsStaff.run("admin-ben", Set.of(Role.ADMIN), Set.of("*"), () -> catalog.setReleaseDate(episodes.getFirst(),
                "XB", LocalDateTime.parse("2026-12-04T20:00"), 0L));
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Date")), LocalDate.parse("2026-12-05"));
        _click(_get(Button.class, spec -> spec.withText("Move date")));

        assertThat(NotificationsKt.getNotifications()).anyMatch(n -> String.valueOf(n.getElement().getProperty("text"))
                .contains("changed by admin-ben"));
        assertThat(catalog.releasesOf(episodes.getFirst())).containsEntry("XB", Instant.parse("2026-12-04T19:00:00Z"));
        assertThat(cell(0, "XB").getText()).as("the grid shows the current date").isEqualTo("4 Dec 2026 20:00");

        _click(cell(0, "XB"));
        _click(_get(Button.class, spec -> spec.withText("Remove…")));
        _click(_get(Button.class, spec -> spec.withText("Remove the date")));
        TextField reason = _get(TextField.class, spec -> spec.withLabel("Why remove it?"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(catalog.releasesOf(episodes.getFirst())).containsKey("XB");
        _setValue(reason, "Studio postponed the episode");
        _click(_get(Button.class, spec -> spec.withText("Remove the date")));
        assertThat(catalog.releasesOf(episodes.getFirst())).doesNotContainKey("XB");
        assertThat(cell(0, "XB").getText()).isEqualTo("Set date");
    }

    @SuppressWarnings("unchecked")
    private static Button cell(int row, String market) {
        Grid<?> grid = _get(Grid.class);
        return (Button) GridKt._getCellComponent(grid, row, market);
    }
}
