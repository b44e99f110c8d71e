package com.clipdesk.spoiler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clipdesk.catalog.TitleKind;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import com.clipdesk.support.PolicyFixtures;
import com.clipdesk.support.ReleaseFixtures;
import com.clipdesk.support.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The spoiler windows are the sharing policies' spoiler rule: the default's per title kind (carried
 * over from the former windows table by V15), a market's policy switching them off or changing the
 * kinds it lists, a version published for later taking over at its time.
 */
@SpringBootTest
@ActiveProfiles("test")
class SpoilerWindowsIT {

    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Autowired
    SpoilerWindows windows;

    @Autowired
    ReleaseFixtures fixtures;

    @Autowired
    PolicyFixtures policies;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void markets() {
        clock.set(NOW);
        fixtures.market("WA", "Europe/Warsaw");
        fixtures.market("WB", "Europe/Lisbon");
        fixtures.market("WC", "Asia/Tokyo");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theDefaultPolicyKeepsTheWindowsTheFormerTableHad() {
        assertThat(windows.windowFor("WB", TitleKind.SERIES)).isEqualTo(Duration.ofDays(14));
        assertThat(windows.windowFor("WB", TitleKind.ANIME)).isEqualTo(Duration.ofDays(14));
        assertThat(windows.windowFor("WB", TitleKind.FILM)).isEqualTo(Duration.ofDays(30));
        assertThat(windows.windowFor("WB", TitleKind.DOCUMENTARY)).isEqualTo(Duration.ofDays(3));
        assertThat(jdbc.sql("select count(*) from information_schema.tables where lower(table_name) = 'spoiler_window'")
                .query(Integer.class).single()).as("the policies are the only source").isZero();
    }

    @Test
    void aMarketsPolicyChangesTheKindsItListsAndInheritsTheOthers() {
        policies.spoilerWindows("WA", true, Map.of(TitleKind.ANIME, 21), null);
        assertThat(windows.windowFor("WA", TitleKind.ANIME)).isEqualTo(Duration.ofDays(21));
        assertThat(windows.windowFor("WA", TitleKind.FILM)).as("other kinds keep the default's").isEqualTo(Duration.ofDays(30));
        assertThat(windows.windowFor("WB", TitleKind.ANIME)).as("other markets keep the default's")
                .isEqualTo(Duration.ofDays(14));
        assertThat(windows.inForce().overridden("WA", TitleKind.ANIME)).isTrue();
        assertThat(windows.inForce().overridden("WA", TitleKind.FILM)).isFalse();

        MarketWindows wa = row("WA");
        assertThat(wa.marketVersion()).isPositive();
        assertThat(wa.windows()).extracting(MarketWindows.Window::kind, MarketWindows.Window::days,
                MarketWindows.Window::overridden).contains(org.assertj.core.groups.Tuple.tuple(TitleKind.ANIME, 21, true),
                        org.assertj.core.groups.Tuple.tuple(TitleKind.FILM, 30, false));
    }

    @Test
    void aMarketSwitchesWindowsOffFromAScheduledTime() {
        Instant later = NOW.plus(Duration.ofDays(3));
        policies.spoilerWindows("WC", false, Map.of(), later);
        assertThat(windows.windowFor("WC", TitleKind.SERIES)).as("until then, the default's")
                .isEqualTo(Duration.ofDays(14));
        MarketWindows.Window next = row("WC").windows().stream().filter(w -> w.kind() == TitleKind.SERIES).findFirst()
                .orElseThrow();
        assertThat(next.next()).as("the page shows what is coming").isNotNull();
        assertThat(next.next().at()).isEqualTo(later);
        assertThat(next.next().days()).isZero();

        clock.set(later);
        assertThat(windows.windowFor("WC", TitleKind.SERIES)).isEqualTo(Duration.ZERO);
        assertThat(row("WC").enabled()).isFalse();
    }

    @Test
    void everyStaffMemberReadsTheWindowsAndNobodyChangesThemHere() {
        for (Role role : Role.values()) {
            AsStaff.run(Set.of(role), Set.of("*"), () -> assertThat(windows.all()).extracting(MarketWindows::market)
                    .contains("WA", "WB", "WC"));
        }
        assertThatThrownBy(() -> windows.all()).as("signed in only")
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(java.util.Arrays.stream(SpoilerWindows.class.getMethods()).map(java.lang.reflect.Method::getName))
                .as("changes go through the reviewed policies").doesNotContain("change", "addOverride", "removeOverride");
    }

    private MarketWindows row(String market) {
        List<MarketWindows> all = new java.util.ArrayList<>();
        AsStaff.run(Set.of(Role.ADMIN), Set.of("*"), () -> all.addAll(windows.all()));
        return all.stream().filter(m -> m.market().equals(market)).findFirst().orElseThrow();
    }
}
