package com.clipdesk.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clipdesk.catalog.TitleKind;
import com.clipdesk.content.ShareDestination;
import com.clipdesk.policy.EffectivePolicy.Rule;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule, table-driven: what the effective policy of a market allows and denies, and why. */
class PolicyEvaluatorTest {

    static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    static final long TITLE = 7;
    static final long SEASON = 70;

    static final PolicyRules DEFAULTS = new PolicyRules(
            Set.of(ShareDestination.INSTAGRAM, ShareDestination.TIKTOK, ShareDestination.FACEBOOK, ShareDestination.X,
                    ShareDestination.COPY_LINK),
            Map.of(TitleKind.SERIES, 60, TitleKind.FILM, 30, TitleKind.DOCUMENTARY, 90, TitleKind.ANIME, 60),
            List.of(new ClipBlackout(99, null, null, null, "Licence excludes clips")),
            Map.of("ALL", 13, "7+", 13, "13+", 13, "16+", 16, "18+", 18),
            PreModeration.none(), SpoilerRule.everyKind(true, 14));

    /** Germany: no X, films up to 20 s, season 70 of title 7 blacked out in December, 16+ needs 18. */
    static final PolicyRules GERMANY = new PolicyRules(
            Set.of(ShareDestination.INSTAGRAM, ShareDestination.TIKTOK, ShareDestination.FACEBOOK, ShareDestination.COPY_LINK),
            Map.of(TitleKind.FILM, 20),
            List.of(new ClipBlackout(TITLE, SEASON, Instant.parse("2026-12-01T00:00:00Z"),
                    Instant.parse("2027-01-01T00:00:00Z"), "Broadcaster exclusivity")),
            Map.of("16+", 18), new PreModeration(PreModeration.Mode.RATINGS, Set.of("16+", "18+")), null);

    static final EffectivePolicy DE = EffectivePolicy.of("DE", DEFAULTS, GERMANY);
    static final EffectivePolicy FR = EffectivePolicy.of("FR", DEFAULTS, PolicyRules.inheritAll());

    static Stream<Arguments> table() {
        return Stream.of(
                // policy, destination, kind, seconds, title, season, rating, band, at → denied rules
                row(FR, ShareDestination.X, TitleKind.SERIES, 60, TITLE, SEASON, "13+", "18_24", NOW),
                row(DE, ShareDestination.X, TitleKind.SERIES, 30, TITLE, 71L, "13+", "18_24", NOW, Rule.DESTINATION),
                row(FR, ShareDestination.TIKTOK, TitleKind.SERIES, 61, TITLE, SEASON, "13+", "18_24", NOW, Rule.CLIP_LENGTH),
                row(FR, ShareDestination.TIKTOK, TitleKind.FILM, 30, TITLE, null, "13+", "18_24", NOW),
                row(DE, ShareDestination.TIKTOK, TitleKind.FILM, 21, 8, null, "13+", "18_24", NOW, Rule.CLIP_LENGTH),
                row(DE, ShareDestination.TIKTOK, TitleKind.SERIES, 60, 8, null, "13+", "18_24", NOW),
                row(DE, ShareDestination.TIKTOK, TitleKind.SERIES, 30, TITLE, SEASON, "13+", "18_24", NOW, Rule.BLACKOUT),
                row(DE, ShareDestination.TIKTOK, TitleKind.SERIES, 30, TITLE, 71L, "13+", "18_24", NOW),
                row(DE, ShareDestination.TIKTOK, TitleKind.SERIES, 30, TITLE, SEASON, "13+", "18_24",
                        Instant.parse("2027-01-01T00:00:00Z")),
                row(FR, ShareDestination.TIKTOK, TitleKind.SERIES, 30, 99, 5L, "13+", "18_24", NOW, Rule.BLACKOUT),
                row(FR, ShareDestination.TIKTOK, TitleKind.SERIES, 30, TITLE, SEASON, "16+", "13_17", NOW, Rule.AGE),
                row(FR, ShareDestination.TIKTOK, TitleKind.SERIES, 30, TITLE, SEASON, "16+", "18_24", NOW),
                row(DE, ShareDestination.TIKTOK, TitleKind.SERIES, 30, TITLE, 71L, "16+", "13_17", NOW, Rule.AGE),
                row(DE, ShareDestination.TIKTOK, TitleKind.SERIES, 30, TITLE, 71L, "18+", "18_24", NOW),
                // a rating the policy does not know counts as 18+
                row(FR, ShareDestination.TIKTOK, TitleKind.SERIES, 30, TITLE, SEASON, "R21", "13_17", NOW, Rule.AGE),
                row(FR, ShareDestination.TIKTOK, TitleKind.SERIES, 30, TITLE, SEASON, "R21", "25_34", NOW),
                row(DE, ShareDestination.X, TitleKind.FILM, 45, TITLE, SEASON, "18+", "13_17", NOW, Rule.DESTINATION,
                        Rule.CLIP_LENGTH, Rule.BLACKOUT, Rule.AGE));
    }

    private static Arguments row(EffectivePolicy policy, ShareDestination destination, TitleKind kind, int seconds,
            long title, @Nullable Long season, String rating, String band, Instant at, Rule... denied) {
        return Arguments.of(policy, new ShareQuestion(policy.market(), title, season, kind, rating, seconds, destination,
                band, at), Set.of(denied));
    }

    @ParameterizedTest(name = "[{index}] {1} → denied by {2}")
    @MethodSource("table")
    void decidesEveryRule(EffectivePolicy policy, ShareQuestion question, Set<Rule> denied) {
        PolicyDecision decision = PolicyEvaluator.decide(policy, 3, question);
        assertThat(decision.allowed()).isEqualTo(denied.isEmpty());
        assertThat(decision.denials()).extracting(PolicyDecision.Denial::rule).containsExactlyInAnyOrderElementsOf(denied);
        assertThat(decision.denials()).allSatisfy(d -> assertThat(d.message()).contains(policy.market()));
        assertThat(decision.policyVersion()).isEqualTo(3);
    }

    @Test
    void aMarketInheritsWhatItDoesNotOverrideAndSaysWhatItOverrides() {
        assertThat(FR.overridden()).isEmpty();
        assertThat(FR.spoiler()).isEqualTo(SpoilerRule.everyKind(true, 14));
        assertThat(DE.overridden()).containsExactlyInAnyOrder(Rule.DESTINATION, Rule.CLIP_LENGTH, Rule.BLACKOUT,
                Rule.AGE, Rule.PRE_MODERATION);
        assertThat(DE.maxClipSeconds()).containsEntry(TitleKind.FILM, 20).containsEntry(TitleKind.SERIES, 60);
        assertThat(DE.blackouts()).as("the market's blackouts add to the default's").hasSize(2);
        assertThat(DE.minimumAge()).containsEntry("16+", 18).containsEntry("13+", 13);
        assertThat(DE.preModeration().holds("16+")).isTrue();
        assertThat(DE.preModeration().holds("13+")).isFalse();
        assertThat(DE.spoiler()).as("inherited").isEqualTo(SpoilerRule.everyKind(true, 14));
    }

    @Test
    void aMarketSpoilerRuleSwitchesTheWindowAndOverridesTheLengthsItLists() {
        PolicyRules defaults = new PolicyRules(DEFAULTS.destinations(), DEFAULTS.maxClipSeconds(), DEFAULTS.blackouts(),
                DEFAULTS.minimumAge(), DEFAULTS.preModeration(), new SpoilerRule(true, Map.of(TitleKind.SERIES, 14,
                        TitleKind.FILM, 30, TitleKind.DOCUMENTARY, 3, TitleKind.ANIME, 14)));
        var longerFilms = new PolicyRules(null, null, null, null, null, new SpoilerRule(true, Map.of(TitleKind.FILM, 45)));
        EffectivePolicy pt = EffectivePolicy.of("PT", defaults, longerFilms);
        assertThat(pt.spoiler().daysFor(TitleKind.FILM)).isEqualTo(45);
        assertThat(pt.spoiler().daysFor(TitleKind.SERIES)).as("not listed: the default's").isEqualTo(14);
        assertThat(pt.overridden()).containsExactly(Rule.SPOILER);

        EffectivePolicy off = EffectivePolicy.of("PT", defaults,
                new PolicyRules(null, null, null, null, null, new SpoilerRule(false, Map.of())));
        assertThat(off.spoiler().daysFor(TitleKind.FILM)).as("off in the market").isZero();
        assertThat(PolicyDiff.spoiler(off.spoiler())).isEqualTo("off");
        assertThat(PolicyDiff.spoiler(pt.spoiler())).isEqualTo("Series 14 d · Film 45 d · Documentary 3 d · Anime 14 d after release");
        assertThat(new PolicyRules(DEFAULTS.destinations(), DEFAULTS.maxClipSeconds(), DEFAULTS.blackouts(),
                DEFAULTS.minimumAge(), DEFAULTS.preModeration(), new SpoilerRule(true, Map.of(TitleKind.FILM, 30)))
                .complete()).as("a default must give every kind a window").isFalse();
    }

    @Test
    void rulesRefuseWhatCannotBeRight() {
        assertThatThrownBy(() -> EffectivePolicy.of("DE", GERMANY, PolicyRules.inheritAll()))
                .hasMessageContaining("default policy must set every rule");
        assertThatThrownBy(() -> new ClipBlackout(1, null, NOW, NOW, "x")).hasMessageContaining("ends after it starts");
        assertThatThrownBy(() -> SpoilerRule.everyKind(true, 400)).hasMessageContaining("0 to 365");
        assertThatThrownBy(() -> new PreModeration(PreModeration.Mode.RATINGS, Set.of()))
                .hasMessageContaining("Name the ratings");
    }
}
