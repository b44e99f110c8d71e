package com.clipdesk.curation;

import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.catalog.TitleKind;
import com.clipdesk.content.ContentState;
import com.clipdesk.content.MarketHold;
import com.clipdesk.content.ShareDestination;
import com.clipdesk.policy.ClipBlackout;
import com.clipdesk.policy.EffectivePolicy;
import com.clipdesk.policy.PolicyRules;
import com.clipdesk.policy.PreModeration;
import com.clipdesk.policy.SpoilerRule;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Why a Moment may not be featured in a market, in the words the board shows. */
class EligibilityTest {

    static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    static final long TITLE = 7;
    static final long SEASON = 70;

    static MomentFacts moment(ContentState state, Set<String> blocked, Map<String, MarketHold> holds, int seconds) {
        return new MomentFacts(1, state, Set.of("FR", "US", "DE"), blocked, holds, seconds, TITLE, SEASON,
                TitleKind.SERIES, "Operation Marigold");
    }

    static MomentFacts fine() {
        return moment(ContentState.ACTIVE, Set.of(), Map.of(), 30);
    }

    static EffectivePolicy policy(List<ClipBlackout> blackouts) {
        PolicyRules defaults = new PolicyRules(Set.of(ShareDestination.COPY_LINK),
                Map.of(TitleKind.SERIES, 60, TitleKind.FILM, 30, TitleKind.DOCUMENTARY, 90, TitleKind.ANIME, 60),
                blackouts, Map.of("13+", 13), PreModeration.none(), SpoilerRule.everyKind(true, 14));
        return EffectivePolicy.of("FR", defaults, PolicyRules.inheritAll());
    }

    @Test
    void anActiveMomentWithinThePolicyIsEligible() {
        assertThat(Eligibility.refusal(fine(), "FR", policy(List.of()), NOW)).isNull();
    }

    @Test
    void reviewAndTakedownsRefuse() {
        assertThat(Eligibility.refusal(moment(ContentState.REMOVED, Set.of(), Map.of(), 30), "FR", null, NOW))
                .isEqualTo("Removed by review");
        assertThat(Eligibility.refusal(moment(ContentState.PENDING_REVIEW, Set.of(), Map.of(), 30), "FR", null, NOW))
                .isEqualTo("Held for review");
        assertThat(Eligibility.refusal(moment(ContentState.ACTIVE, Set.of("FR"), Map.of(), 30), "FR", null, NOW))
                .isEqualTo("Taken down in FR");
        assertThat(Eligibility.refusal(moment(ContentState.ACTIVE, Set.of("FR"), Map.of(), 30), "US", null, NOW))
                .as("a takedown in FR leaves US alone").isNull();
        assertThat(Eligibility.refusal(moment(ContentState.ACTIVE, Set.of("*"), Map.of(), 30), "US", null, NOW))
                .isEqualTo("Taken down everywhere");
        assertThat(Eligibility.refusal(fine(), "JP", null, NOW)).isEqualTo("Not shared in JP");
    }

    @Test
    void holdsRefuseUntilTheyEnd() {
        Instant dec3 = Instant.parse("2026-12-03T18:00:00Z");
        var spoiler = moment(ContentState.ACTIVE, Set.of(), Map.of("FR", MarketHold.until(null, dec3)), 30);
        assertThat(Eligibility.refusal(spoiler, "FR", null, NOW)).isEqualTo("Spoiler-hidden in FR until 3 Dec");
        assertThat(Eligibility.refusal(spoiler, "FR", null, dec3)).as("the window has ended").isNull();
        assertThat(Eligibility.refusal(spoiler, "US", null, NOW)).isNull();

        var embargo = moment(ContentState.ACTIVE, Set.of(), Map.of("DE", MarketHold.until(
                Instant.parse("2027-01-10T00:00:00Z"), null)), 30);
        assertThat(Eligibility.refusal(embargo, "DE", null, NOW)).isEqualTo("Embargoed in DE until 10 Jan 2027");
        var noDate = moment(ContentState.ACTIVE, Set.of(), Map.of("DE", MarketHold.notReleased()), 30);
        assertThat(Eligibility.refusal(noDate, "DE", null, NOW)).isEqualTo("Embargoed in DE (no release date there)");
    }

    @Test
    void thePolicyOfTheMarketRefusesLongClipsAndBlackedOutTitles() {
        assertThat(Eligibility.refusal(moment(ContentState.ACTIVE, Set.of(), Map.of(), 75), "FR", policy(List.of()), NOW))
                .isEqualTo("Longer than FR's 60 s limit for series (75 s)");
        assertThat(Eligibility.refusal(moment(ContentState.ACTIVE, Set.of(), Map.of(), 60), "FR", policy(List.of()), NOW))
                .as("exactly the limit is fine").isNull();
        var blackout = new ClipBlackout(TITLE, null, null, Instant.parse("2026-12-24T00:00:00Z"), "Studio embargo");
        assertThat(Eligibility.refusal(fine(), "FR", policy(List.of(blackout)), NOW))
                .isEqualTo("Title not clippable in FR until 24 Dec: Studio embargo");
        var otherSeason = new ClipBlackout(TITLE, SEASON + 1, null, null, "Other season");
        assertThat(Eligibility.refusal(fine(), "FR", policy(List.of(otherSeason)), NOW)).isNull();
    }

    @Test
    void aTitlePageTakesOnlyItsTitlesMoments() {
        assertThat(Eligibility.refusal(fine(), TITLE + 1, "Nightfall", "FR", null, NOW))
                .isEqualTo("From Operation Marigold, not Nightfall");
        assertThat(Eligibility.refusal(fine(), TITLE, "Operation Marigold", "FR", null, NOW)).isNull();
        assertThat(Eligibility.refusal(fine(), null, null, "FR", null, NOW)).as("a home row takes every title").isNull();
        assertThat(Eligibility.refusal(moment(ContentState.REMOVED, Set.of(), Map.of(), 30), TITLE, "Operation Marigold",
                "FR", null, NOW)).as("its title's Moments are still checked").isEqualTo("Removed by review");
    }
}
