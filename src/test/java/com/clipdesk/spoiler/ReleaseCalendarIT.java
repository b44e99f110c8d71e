package com.clipdesk.spoiler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clipdesk.catalog.TitleKind;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import com.clipdesk.support.ReleaseFixtures;
import com.clipdesk.support.TestClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/** The calendar on 1 Dec 2026, 12:00 UTC: what is upcoming, which windows are still open, in whose markets. */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReleaseCalendarIT {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    @Autowired
    ReleaseCalendar calendar;

    @Autowired
    ReleaseFixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    com.clipdesk.support.PolicyFixtures policies;

    private long series;
    private long documentary;
    private long film;

    @BeforeAll
    void catalog() {
        fixtures.market("CB", "Europe/Berlin");
        fixtures.market("CS", "America/Sao_Paulo");
        List<Long> episodes = fixtures.season("Operation Calendar " + System.nanoTime(), TitleKind.SERIES, 3);
        fixtures.release(episodes.get(0), "CB", Instant.parse("2026-11-26T19:00:00Z")); // window open until 10 Dec
        fixtures.release(episodes.get(1), "CB", Instant.parse("2026-12-03T19:00:00Z")); // upcoming
        fixtures.release(episodes.get(1), "CS", Instant.parse("2026-12-04T23:00:00Z")); // upcoming, 20:00 local
        fixtures.release(episodes.get(2), "CB", Instant.parse("2027-01-20T19:00:00Z")); // beyond 30 days
        series = fixtures.titleOf(episodes.get(0));
        long doc = fixtures.season("Calendar documentary " + System.nanoTime(), TitleKind.DOCUMENTARY, 1).getFirst();
        fixtures.release(doc, "CB", Instant.parse("2026-11-26T19:00:00Z")); // 3-day window over on 29 Nov
        documentary = fixtures.titleOf(doc);
        long movie = fixtures.season("Calendar film " + System.nanoTime(), TitleKind.FILM, 1).getFirst();
        fixtures.release(movie, "CB", Instant.parse("2026-11-20T19:00:00Z")); // window open, but not last week
        film = fixtures.titleOf(movie);
    }

    @BeforeEach
    void stopTheClock() {
        clock.set(NOW);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void listsTheNext30DaysAndLastWeeksReleasesWhoseWindowsAreStillOpen() {
        var query = new CalendarQuery(LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-31"), null, series,
                true);
        List<CalendarEntry> entries = as(Role.ADMIN, "*", () -> calendar.entries(query, 0, 50));

        assertThat(entries).extracting(e -> e.release().market() + " " + e.release().titleAndEpisode()
                        .replaceAll(".* ", "") + " " + e.phase())
                .containsExactly("CB S1E1 SPOILER_WINDOW", "CB S1E2 EMBARGOED", "CS S1E2 EMBARGOED");
        CalendarEntry open = entries.getFirst();
        assertThat(open.windowDays()).isEqualTo(14);
        assertThat(open.windowEnds()).isEqualTo(Instant.parse("2026-12-10T19:00:00Z"));
        assertThat(as(Role.ADMIN, "*", () -> calendar.count(query))).isEqualTo(3);
        assertThat(as(Role.ADMIN, "*", () -> calendar.entries(query, 1, 1))).extracting(e -> e.release().market())
                .as("paged").containsExactly("CB");

        var withoutOpenWindows = new CalendarQuery(query.from(), query.to(), null, series, false);
        assertThat(as(Role.ADMIN, "*", () -> calendar.entries(withoutOpenWindows, 0, 50))).hasSize(2);
    }

    @Test
    void closedWindowsAndReleasesBeforeLastWeekAreNotListed() {
        var documentaries = CalendarQuery.next30Days(LocalDate.parse("2026-12-01"));
        assertThat(as(Role.ADMIN, "*", () -> calendar.entries(withTitle(documentaries, documentary), 0, 50)))
                .isEmpty();
        assertThat(as(Role.ADMIN, "*", () -> calendar.entries(withTitle(documentaries, film), 0, 50))).isEmpty();
    }

    @Test
    void aRangeInTheFutureListsOnlyThatRange() {
        var january = new CalendarQuery(LocalDate.parse("2027-01-01"), LocalDate.parse("2027-01-31"), null, series,
                true);
        assertThat(as(Role.ADMIN, "*", () -> calendar.entries(january, 0, 50)))
                .extracting(e -> e.release().episode()).containsExactly(3);
        assertThatThrownBy(() -> as(Role.ADMIN, "*", () -> calendar.entries(new CalendarQuery(january.to(),
                january.from(), null, null, true), 0, 50))).hasMessageContaining("ends before it starts");
    }

    @Test
    void eachStaffMemberSeesTheMarketsTheyWorkIn() {
        var query = new CalendarQuery(LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-31"), null, series,
                true);
        assertThat(as(Role.CURATOR, "CB", () -> calendar.entries(query, 0, 50)))
                .extracting(e -> e.release().market()).containsOnly("CB").hasSize(2);
        assertThat(as(Role.MODERATOR, "CS", () -> calendar.entries(query, 0, 50)))
                .extracting(e -> e.release().market()).containsExactly("CS");
        assertThat(as(Role.MODERATOR, "CS", () -> calendar.markets())).extracting(m -> m.code()).containsExactly("CS");
        // a market filter outside the scope shows nothing rather than another market's plans
        assertThat(as(Role.MODERATOR, "CS", () -> calendar.entries(new CalendarQuery(query.from(), query.to(), "CB",
                series, true), 0, 50))).isEmpty();
        assertThat(as(Role.ADMIN, "*", () -> calendar.entries(new CalendarQuery(query.from(), query.to(), "CS",
                series, true), 0, 50))).extracting(e -> e.release().market()).containsExactly("CS");
        for (Role reader : List.of(Role.LEAD_MODERATOR, Role.AUDITOR)) {
            assertThat(as(reader, "*", () -> calendar.count(query))).isEqualTo(3);
        }
        assertThatThrownBy(() -> as(Role.POLICY_ADMIN, "*", () -> calendar.entries(query, 0, 50)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aMarketsPolicySetsTheWindowItsReleasesOpen() {
        var query = new CalendarQuery(LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-31"), "CS", series,
                true);
        assertThat(as(Role.ADMIN, "*", () -> calendar.entries(query, 0, 1).getFirst().windowDays())).isEqualTo(14);
        policies.spoilerWindows("CS", true, Map.of(TitleKind.SERIES, 7), null);
        AsStaff.run("admin-ana", Set.of(Role.ADMIN), Set.of("*"), () -> {
            CalendarEntry entry = calendar.entries(query, 0, 1).getFirst();
            assertThat(entry.windowDays()).isEqualTo(7);
            assertThat(entry.marketOverride()).isTrue();
            assertThat(entry.windowEnds()).isEqualTo(Instant.parse("2026-12-11T23:00:00Z"));
        });
    }

    private static CalendarQuery withTitle(CalendarQuery query, long titleId) {
        return new CalendarQuery(query.from(), query.to(), query.market(), titleId, query.openWindows());
    }

    private static <T> T as(Role role, String market, Supplier<T> read) {
        Object[] result = new Object[1];
        AsStaff.run(Set.of(role), Set.of(market), () -> result[0] = read.get());
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }
}
