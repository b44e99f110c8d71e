package com.clipdesk.spoiler.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.catalog.MarketTime;
import com.clipdesk.catalog.TitleKind;
import com.clipdesk.spoiler.CalendarEntry;
import com.clipdesk.staff.Role;
import com.clipdesk.support.KaribuSupport;
import com.clipdesk.support.ReleaseFixtures;
import com.clipdesk.support.TestClock;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarViewIT extends KaribuSupport {

    @Autowired
    ReleaseFixtures fixtures;

    @Autowired
    TestClock clock;

    @BeforeAll
    void catalog() {
        fixtures.market("VB", "Europe/Berlin");
        fixtures.market("VK", "Asia/Seoul");
        List<Long> episodes = fixtures.season("Operation Marigold " + System.nanoTime(), TitleKind.SERIES, 2);
        fixtures.release(episodes.get(0), "VB", Instant.parse("2026-11-27T19:00:00Z")); // last week, window open
        fixtures.release(episodes.get(1), "VB", Instant.parse("2026-12-04T19:00:00Z")); // Fri 4 Dec, 20:00 local
        fixtures.release(episodes.get(1), "VK", Instant.parse("2026-12-04T11:00:00Z"));
    }

    @BeforeEach
    void stopTheClock() {
        clock.set(Instant.parse("2026-12-01T12:00:00Z"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aCuratorSeesTheReleasesAndWindowsOfTheirMarketsOnly() {
        signInAs(Set.of(Role.CURATOR), "VB");
        UI.getCurrent().navigate("spoilers/calendar");

        List<CalendarEntry> rows = rows();
        assertThat(rows).extracting(e -> e.release().market() + " E" + e.release().episode() + " " + e.phase())
                .containsExactly("VB E1 SPOILER_WINDOW", "VB E2 EMBARGOED");
        CalendarEntry upcoming = rows.get(1);
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        assertThat(MarketTime.day(upcoming.release().releasedAt(), berlin)).isEqualTo("Fri 4 Dec");
        assertThat(MarketTime.day(upcoming.windowEnds(), berlin)).isEqualTo("Fri 18 Dec");
        assertThat(_get(Span.class, spec -> spec.withClasses("cd-count")).getText()).isEqualTo("2 releases");
    }

    @Test
    void aRangeEndingBeforeItStartsIsExplainedOnTheField() {
        signInAs(Set.of(Role.MODERATOR), "VK");
        UI.getCurrent().navigate("spoilers/calendar");
        assertThat(rows()).extracting(e -> e.release().market()).containsExactly("VK");

        _setValue(_get(DatePicker.class, spec -> spec.withLabel("To")), LocalDate.parse("2026-11-20"));
        DatePicker to = _get(DatePicker.class, spec -> spec.withLabel("To"));
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("Choose a day on or after the start");
        assertThat(rows()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static List<CalendarEntry> rows() {
        Grid<CalendarEntry> grid = _get(Grid.class);
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }
}
