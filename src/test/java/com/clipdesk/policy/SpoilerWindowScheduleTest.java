package com.clipdesk.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.catalog.TitleKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The windows over time: a flagged item is hidden while {@code t < release + window in force at t}. */
class SpoilerWindowScheduleTest {

    static final Instant V1 = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant RELEASE = Instant.parse("2026-12-01T20:00:00Z");
    static final SpoilerRule DEFAULTS = new SpoilerRule(true, Map.of(TitleKind.SERIES, 14, TitleKind.FILM, 30,
            TitleKind.DOCUMENTARY, 3, TitleKind.ANIME, 14));

    static SpoilerWindowSchedule.Period period(Instant from, SpoilerRule own, int marketVersion) {
        return new SpoilerWindowSchedule.Period(from, DEFAULTS, own, marketVersion, 2);
    }

    static SpoilerWindowSchedule fr(SpoilerWindowSchedule.Period... periods) {
        return new SpoilerWindowSchedule(Map.of("FR", List.of(periods)));
    }

    @Test
    void oneRuleGivesTheReleasePlusTheWindowOfTheKind() {
        var schedule = fr(period(V1, null, 0));
        assertThat(schedule.hiddenUntil("FR", TitleKind.FILM, RELEASE)).isEqualTo(RELEASE.plus(Duration.ofDays(30)));
        assertThat(schedule.hiddenUntil("FR", TitleKind.DOCUMENTARY, RELEASE)).isEqualTo(RELEASE.plus(Duration.ofDays(3)));
        assertThat(schedule.inForce("FR", TitleKind.FILM, RELEASE)).isEqualTo(
                new SpoilerWindowSchedule.InForce(30, true, false, 0, 2));
        assertThat(schedule.hiddenUntil("XX", TitleKind.FILM, RELEASE)).as("a market without a policy: no window")
                .isEqualTo(RELEASE);
        assertThat(schedule.hiddenUntil("FR", TitleKind.FILM, V1.minus(Duration.ofDays(400))))
                .as("the first rule stands for the time before it").isEqualTo(V1.minus(Duration.ofDays(370)));
    }

    @Test
    void aLongerWindowPublishedDuringTheWindowLengthensIt() {
        Instant change = RELEASE.plus(Duration.ofDays(10));
        var schedule = fr(period(V1, null, 0), period(change, new SpoilerRule(true, Map.of(TitleKind.SERIES, 21)), 3));
        assertThat(schedule.hiddenUntil("FR", TitleKind.SERIES, RELEASE)).isEqualTo(RELEASE.plus(Duration.ofDays(21)));
        assertThat(schedule.inForce("FR", TitleKind.SERIES, change).marketOverrides()).isTrue();
        assertThat(schedule.inForce("FR", TitleKind.FILM, change).marketOverrides()).as("not listed: inherited").isFalse();
        assertThat(schedule.nextChange("FR", TitleKind.SERIES, RELEASE)).hasValueSatisfying(c -> {
            assertThat(c.at()).isEqualTo(change);
            assertThat(c.days()).isEqualTo(21);
        });
        assertThat(schedule.nextChange("FR", TitleKind.FILM, RELEASE)).as("films keep 30 days").isEmpty();
    }

    @Test
    void aLongerWindowPublishedAfterTheItemClearedDoesNotHideItAgain() {
        Instant change = RELEASE.plus(Duration.ofDays(20));
        var schedule = fr(period(V1, null, 0), period(change, new SpoilerRule(true, Map.of(TitleKind.SERIES, 30)), 3));
        assertThat(schedule.hiddenUntil("FR", TitleKind.SERIES, RELEASE)).isEqualTo(RELEASE.plus(Duration.ofDays(14)));
    }

    @Test
    void aShorterWindowOrSwitchingOffClearsAtItsEffectiveTimeAtTheLatest() {
        Instant change = RELEASE.plus(Duration.ofDays(5));
        var shorter = fr(period(V1, null, 0), period(change, new SpoilerRule(true, Map.of(TitleKind.SERIES, 7)), 3));
        assertThat(shorter.hiddenUntil("FR", TitleKind.SERIES, RELEASE)).isEqualTo(RELEASE.plus(Duration.ofDays(7)));
        var off = fr(period(V1, null, 0), period(change, new SpoilerRule(false, Map.of()), 3));
        assertThat(off.hiddenUntil("FR", TitleKind.SERIES, RELEASE)).as("clears when the window is switched off")
                .isEqualTo(change);
        assertThat(off.inForce("FR", TitleKind.FILM, change)).isEqualTo(new SpoilerWindowSchedule.InForce(0, false,
                true, 3, 2));
    }

    @Test
    void aReleaseAfterAChangeUsesTheRuleInForceThen() {
        Instant change = RELEASE.minus(Duration.ofDays(1));
        var schedule = fr(period(V1, null, 0), period(change, new SpoilerRule(true, Map.of(TitleKind.FILM, 45)), 3));
        assertThat(schedule.hiddenUntil("FR", TitleKind.FILM, RELEASE)).isEqualTo(RELEASE.plus(Duration.ofDays(45)));
    }

    @Test
    void sameWindowsIgnoresVersionsAndRepeatedRules() {
        var one = fr(period(V1, null, 0));
        var republished = fr(period(V1, null, 0), period(RELEASE, null, 4));
        var longer = fr(period(V1, null, 0), period(RELEASE, new SpoilerRule(true, Map.of(TitleKind.FILM, 45)), 4));
        assertThat(one.sameWindows(republished)).isTrue();
        assertThat(one.sameWindows(longer)).isFalse();
        assertThat(one.sameWindows(new SpoilerWindowSchedule(Map.of()))).isFalse();
    }
}
