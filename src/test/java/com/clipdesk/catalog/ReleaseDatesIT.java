package com.clipdesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clipdesk.audit.AuditEvent;
import com.clipdesk.shared.ConcurrentEditException;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import com.clipdesk.support.ReleaseFixtures;
import com.clipdesk.support.TestClock;
import com.clipdesk.audit.AuditLog;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Admins set, move and remove release dates per market, in the market's own time zone. */
@SpringBootTest
@ActiveProfiles("test")
@RecordApplicationEvents
class ReleaseDatesIT {

    @Autowired
    CatalogService catalog;

    @Autowired
    ReleaseFixtures fixtures;

    @Autowired
    AuditLog audit;

    @Autowired
    TestClock clock;

    @Autowired
    ApplicationEvents events;

    private List<Long> episodes;

    @BeforeEach
    void fixtures() {
        clock.set(Instant.parse("2026-11-30T10:00:00Z"));
        fixtures.market("XB", "Europe/Berlin");
        fixtures.market("XS", "America/Sao_Paulo");
        episodes = fixtures.season("Release dates " + System.nanoTime(), TitleKind.SERIES, 3);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anAdminSetsMovesAndRemovesADateEachChangeAuditedAndPublished() {
        long episode = episodes.getFirst();
        asAdmin(() -> {
            ReleaseDate set = catalog.setReleaseDate(episode, "XB", LocalDateTime.parse("2026-12-03T20:00"), null);
            // 20:00 in Berlin in winter (CET, UTC+1) is 19:00 UTC
            assertThat(set.releasedAt()).isEqualTo(Instant.parse("2026-12-03T19:00:00Z"));
            assertThat(catalog.releasesOf(episode)).containsEntry("XB", Instant.parse("2026-12-03T19:00:00Z"));
            assertThat(lastAudit(episode, "XB").getAction()).isEqualTo("RELEASE_DATE_SET");
            assertThat(lastAudit(episode, "XB").getSummary()).contains("Thu 3 Dec 2026 20:00 Europe/Berlin",
                    "19:00 UTC");

            ReleaseDate moved = catalog.setReleaseDate(episode, "XB", LocalDateTime.parse("2026-12-10T21:00"),
                    set.version());
            assertThat(moved.releasedAt()).isEqualTo(Instant.parse("2026-12-10T20:00:00Z"));
            assertThat(lastAudit(episode, "XB").getAction()).isEqualTo("RELEASE_DATE_MOVED");
            assertThat(lastAudit(episode, "XB").getSummary()).contains("Thu 3 Dec 2026 20:00", "→",
                    "Thu 10 Dec 2026 21:00 Europe/Berlin");

            catalog.removeReleaseDate(episode, "XB", moved.version(), "Release postponed by the studio");
            assertThat(catalog.releasesOf(episode)).doesNotContainKey("XB");
            assertThat(lastAudit(episode, "XB").getAction()).isEqualTo("RELEASE_DATE_REMOVED");
            assertThat(lastAudit(episode, "XB").getSummary()).contains("→ none", "Release postponed by the studio");
        });
        assertThat(events.stream(ReleaseDateChanged.class).filter(e -> e.episodeId() == episode))
                .extracting(ReleaseDateChanged::market, ReleaseDateChanged::before, ReleaseDateChanged::after)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("XB", null, Instant.parse("2026-12-03T19:00:00Z")),
                        org.assertj.core.groups.Tuple.tuple("XB", Instant.parse("2026-12-03T19:00:00Z"),
                                Instant.parse("2026-12-10T20:00:00Z")),
                        org.assertj.core.groups.Tuple.tuple("XB", Instant.parse("2026-12-10T20:00:00Z"), null));
        assertThat(events.stream(ReleaseDateChanged.class).filter(e -> e.episodeId() == episode))
                .allSatisfy(e -> {
                    assertThat(e.changedBy()).isEqualTo("admin-ana");
                    assertThat(e.titleId()).isEqualTo(fixtures.titleOf(episode));
                    assertThat(e.changedAt()).isEqualTo(Instant.parse("2026-11-30T10:00:00Z"));
                });
    }

    @Test
    void eachMarketReadsTheTimeInItsOwnZoneSummerAndWinter() {
        asAdmin(() -> {
            // Berlin in summer (CEST, UTC+2); São Paulo has no daylight saving time (UTC-3)
            assertThat(catalog.setReleaseDate(episodes.get(0), "XB", LocalDateTime.parse("2027-07-01T20:00"), null)
                    .releasedAt()).isEqualTo(Instant.parse("2027-07-01T18:00:00Z"));
            assertThat(catalog.setReleaseDate(episodes.get(0), "XS", LocalDateTime.parse("2027-07-01T20:00"), null)
                    .releasedAt()).isEqualTo(Instant.parse("2027-07-01T23:00:00Z"));
        });
    }

    @Test
    void invalidDatesAreExplainedOnTheirFieldAndWriteNothing() {
        long first = episodes.get(0);
        long second = episodes.get(1);
        asAdmin(() -> {
            invalid("time", "02:30 does not exist", () -> catalog.setReleaseDate(first, "XB",
                    LocalDateTime.parse("2027-03-28T02:30"), null)); // clocks go forward in Berlin
            invalid("date", "from 1 Jan 2000", () -> catalog.setReleaseDate(first, "XB",
                    LocalDateTime.parse("1999-12-31T20:00"), null));
            invalid("date", "within 5 years", () -> catalog.setReleaseDate(first, "XB",
                    LocalDateTime.parse("2040-01-01T20:00"), null));
            invalid("date", "Enter the date", () -> catalog.setReleaseDate(first, "XB", null, null));
            invalid("market", "no market ZZ", () -> catalog.setReleaseDate(first, "ZZ",
                    LocalDateTime.parse("2026-12-03T20:00"), null));
        });
        assertThat(catalog.releasesOf(first)).isEmpty();
        assertThat(audit.lastEventAbout("RELEASE", first + "/XB")).isEmpty();
        assertThat(events.stream(ReleaseDateChanged.class).filter(e -> e.episodeId() == first)).isEmpty();

        asAdmin(() -> {
            ReleaseDate e2 = catalog.setReleaseDate(second, "XB", LocalDateTime.parse("2026-12-10T20:00"), null);
            // episodes of a season come out in order in a market
            invalid("date", "E2 comes out in XB on Thu 10 Dec 2026 20:00", () -> catalog.setReleaseDate(first, "XB",
                    LocalDateTime.parse("2026-12-17T20:00"), null));
            catalog.setReleaseDate(first, "XB", LocalDateTime.parse("2026-12-10T20:00"), null); // together is fine
            invalid("date", "E2 cannot come out before it", () -> catalog.setReleaseDate(second, "XB",
                    LocalDateTime.parse("2026-12-03T20:00"), e2.version()));
            invalid("reason", "Say why", () -> catalog.removeReleaseDate(second, "XB", e2.version(), " "));
        });
        assertThat(catalog.releasesOf(second)).containsEntry("XB", Instant.parse("2026-12-10T19:00:00Z"));
    }

    @Test
    void aDateChangedMeanwhileByAnotherAdminIsNotOverwritten() {
        long episode = episodes.getFirst();
        ReleaseDate[] seen = new ReleaseDate[1];
        AsStaff.run("admin-ana", Set.of(Role.ADMIN), Set.of("*"), () -> seen[0] = catalog.setReleaseDate(episode,
                "XB", LocalDateTime.parse("2026-12-03T20:00"), null));
        AsStaff.run("admin-ben", Set.of(Role.ADMIN), Set.of("*"), () -> catalog.setReleaseDate(episode, "XB",
                LocalDateTime.parse("2026-12-05T20:00"), seen[0].version()));

        AsStaff.run("admin-ana", Set.of(Role.ADMIN), Set.of("*"), () -> {
            assertThatThrownBy(() -> catalog.setReleaseDate(episode, "XB", LocalDateTime.parse("2026-12-04T20:00"),
                    seen[0].version())).isInstanceOf(ConcurrentEditException.class).hasMessageContaining("admin-ben");
            assertThatThrownBy(() -> catalog.removeReleaseDate(episode, "XB", seen[0].version(), "wrong date"))
                    .isInstanceOf(ConcurrentEditException.class);
            // no second row for the market: a new date where one exists meanwhile is a conflict too
            assertThatThrownBy(() -> catalog.setReleaseDate(episode, "XB", LocalDateTime.parse("2026-12-04T20:00"),
                    null)).isInstanceOf(ConcurrentEditException.class);
        });
        assertThat(catalog.releasesOf(episode)).containsEntry("XB", Instant.parse("2026-12-05T19:00:00Z"));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
    void onlyAdminsChangeDatesAndEveryRoleReadsThem(Role role) {
        long episode = episodes.getFirst();
        asAdmin(() -> catalog.setReleaseDate(episode, "XB", LocalDateTime.parse("2026-12-03T20:00"), null));
        AsStaff.run(Set.of(role), Set.of("*"), () -> {
            assertThatThrownBy(() -> catalog.setReleaseDate(episode, "XB", LocalDateTime.parse("2026-12-04T20:00"),
                    0L)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> catalog.removeReleaseDate(episode, "XB", 0L, "no"))
                    .isInstanceOf(AccessDeniedException.class);
            TitleReleases releases = catalog.releasesOfTitle(fixtures.titleOf(episode));
            assertThat(releases.episodes()).hasSize(3);
            assertThat(releases.episodes().getFirst().in("XB").local()).isEqualTo(LocalDateTime.parse("2026-12-03T20:00"));
            assertThat(catalog.titles(releases.title().name(), 0, 10)).containsExactly(releases.title());
        });
        assertThat(catalog.releasesOf(episode)).containsEntry("XB", Instant.parse("2026-12-03T19:00:00Z"));
    }

    private void asAdmin(Runnable action) {
        AsStaff.run("admin-ana", Set.of(Role.ADMIN), Set.of("*"), action);
    }

    private AuditEvent lastAudit(long episode, String market) {
        return audit.lastEventAbout("RELEASE", episode + "/" + market).orElseThrow();
    }

    private static void invalid(String field, String message, Executable change) {
        assertThatThrownBy(change::execute).isInstanceOfSatisfying(InvalidReleaseDateException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).contains(message);
        });
    }
}
