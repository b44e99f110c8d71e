package com.clipdesk.spoiler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clipdesk.audit.AuditLog;
import com.clipdesk.catalog.TitleKind;
import com.clipdesk.shared.ConcurrentEditException;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import com.clipdesk.support.ReleaseFixtures;
import java.time.Duration;
import java.util.Set;
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

/** Admins keep the spoiler windows: defaults per title kind, overrides per market. */
@SpringBootTest
@ActiveProfiles("test")
@RecordApplicationEvents
class SpoilerWindowsIT {

    @Autowired
    SpoilerWindows windows;

    @Autowired
    ReleaseFixtures fixtures;

    @Autowired
    AuditLog audit;

    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void markets() {
        fixtures.market("WA", "Europe/Warsaw");
        fixtures.market("WB", "Europe/Lisbon");
        fixtures.market("WC", "Asia/Tokyo");
    }

    @Test
    void aMarketsOverrideBeatsTheDefaultUntilItIsRemoved() {
        assertThat(windows.windowFor("WA", TitleKind.ANIME)).isEqualTo(Duration.ofDays(14)); // V11's default
        asAdmin(() -> {
            SpoilerWindowView added = windows.addOverride("WA", TitleKind.ANIME, 21);
            assertThat(windows.windowFor("WA", TitleKind.ANIME)).isEqualTo(Duration.ofDays(21));
            assertThat(windows.windowFor("WB", TitleKind.ANIME)).as("other markets keep the default")
                    .isEqualTo(Duration.ofDays(14));
            assertThat(windows.windowFor("WA", TitleKind.FILM)).as("other kinds keep theirs")
                    .isEqualTo(Duration.ofDays(30));
            assertThat(audit.lastEventAbout("SPOILER_WINDOW", added.id()).orElseThrow().getSummary())
                    .isEqualTo("Added spoiler window WA · Anime: 21 days (default 14 days)");

            SpoilerWindowView changed = windows.change(added.id(), added.version(), 0);
            assertThat(windows.windowFor("WA", TitleKind.ANIME)).isEqualTo(Duration.ZERO);
            assertThat(audit.lastEventAbout("SPOILER_WINDOW", added.id()).orElseThrow().getSummary())
                    .isEqualTo("Changed spoiler window WA · Anime: 21 days → 0 days");

            windows.removeOverride(changed.id(), changed.version());
            assertThat(windows.windowFor("WA", TitleKind.ANIME)).isEqualTo(Duration.ofDays(14));
            assertThat(audit.lastEventAbout("SPOILER_WINDOW", added.id()).orElseThrow().getAction())
                    .isEqualTo("SPOILER_WINDOW_OVERRIDE_REMOVED");
        });
        assertThat(events.stream(SpoilerWindowChanged.class).filter(e -> "WA".equals(e.market())))
                .extracting(SpoilerWindowChanged::daysBefore, SpoilerWindowChanged::daysAfter)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, 21),
                        org.assertj.core.groups.Tuple.tuple(21, 0), org.assertj.core.groups.Tuple.tuple(0, null));
    }

    @Test
    void aDefaultChangesForEveryMarketWithoutAnOverride() {
        SpoilerWindowView documentaries = defaultFor(TitleKind.DOCUMENTARY);
        asAdmin(() -> {
            SpoilerWindowView changed = windows.change(documentaries.id(), documentaries.version(), 5);
            assertThat(windows.windowFor("WC", TitleKind.DOCUMENTARY)).isEqualTo(Duration.ofDays(5));
            assertThat(windows.inForce().days("WB", TitleKind.DOCUMENTARY)).isEqualTo(5);
            windows.change(changed.id(), changed.version(), documentaries.days());
        });
        assertThat(windows.windowFor("WC", TitleKind.DOCUMENTARY)).isEqualTo(Duration.ofDays(3));
    }

    @Test
    void invalidWindowsAreExplainedOnTheirFieldAndWriteNothing() {
        SpoilerWindowView series = defaultFor(TitleKind.SERIES);
        long auditedBefore = auditCount();
        asAdmin(() -> {
            invalid("days", "from 0 to 365", () -> windows.change(series.id(), series.version(), 366));
            invalid("days", "from 0 to 365", () -> windows.change(series.id(), series.version(), -1));
            invalid("days", "from 0 to 365", () -> windows.addOverride("WB", TitleKind.SERIES, null));
            invalid("market", "no market ZZ", () -> windows.addOverride("ZZ", TitleKind.SERIES, 7));
            invalid("market", "Choose a market", () -> windows.addOverride(null, TitleKind.SERIES, 7));
            invalid("kind", "Choose a kind", () -> windows.addOverride("WB", null, 7));
            invalid("market", "A default cannot be removed", () -> windows.removeOverride(series.id(),
                    series.version()));
            SpoilerWindowView own = windows.addOverride("WC", TitleKind.FILM, 10);
            invalid("kind", "WC already has its own window for film", () -> windows.addOverride("WC",
                    TitleKind.FILM, 12));
            windows.removeOverride(own.id(), own.version());
        });
        assertThat(auditCount()).as("only the valid add and remove were audited").isEqualTo(auditedBefore + 2);
        assertThat(defaultFor(TitleKind.SERIES)).isEqualTo(series);
    }

    @Test
    void aWindowChangedMeanwhileByAnotherAdminIsNotOverwritten() {
        SpoilerWindowView seen = defaultFor(TitleKind.FILM);
        AsStaff.run("admin-ben", Set.of(Role.ADMIN), Set.of("*"), () -> windows.change(seen.id(), seen.version(), 28));
        asAdmin(() -> {
            assertThatThrownBy(() -> windows.change(seen.id(), seen.version(), 45))
                    .isInstanceOf(ConcurrentEditException.class).hasMessageContaining("admin-ben");
            SpoilerWindowView now = defaultFor(TitleKind.FILM);
            assertThat(now.days()).isEqualTo(28);
            windows.change(now.id(), now.version(), 30);
        });
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
    void onlyAdminsChangeWindows(Role role) {
        SpoilerWindowView series = defaultFor(TitleKind.SERIES);
        AsStaff.run(Set.of(role), Set.of("*"), () -> {
            assertThatThrownBy(() -> windows.change(series.id(), series.version(), 7))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> windows.addOverride("WB", TitleKind.SERIES, 7))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> windows.removeOverride(series.id(), series.version()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(windows.all()).as("every staff member reads them").contains(series);
        });
        assertThat(defaultFor(TitleKind.SERIES)).isEqualTo(series);
    }

    private SpoilerWindowView defaultFor(TitleKind kind) {
        SpoilerWindowView[] found = new SpoilerWindowView[1];
        asAdmin(() -> found[0] = windows.all().stream().filter(w -> w.isDefault() && w.kind() == kind).findFirst()
                .orElseThrow());
        return found[0];
    }

    private long auditCount() {
        long[] count = new long[1];
        asAdmin(() -> count[0] = audit.count(new AuditLog.AuditFilter(null, null, "SPOILER_WINDOW", null, null, null)));
        return count[0];
    }

    private static void asAdmin(Runnable action) {
        AsStaff.run("admin-ana", Set.of(Role.ADMIN), Set.of("*"), action);
    }

    private static void invalid(String field, String message, Executable change) {
        assertThatThrownBy(change::execute).isInstanceOfSatisfying(InvalidSpoilerWindowException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).contains(message);
        });
    }
}
