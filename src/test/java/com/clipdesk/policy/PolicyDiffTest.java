package com.clipdesk.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.catalog.TitleKind;
import com.clipdesk.content.ShareDestination;
import com.clipdesk.policy.EffectivePolicy.Rule;
import com.clipdesk.policy.PolicyDiff.RuleChange;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Two versions rule by rule: what changed reads as people say it, what did not is not marked. */
class PolicyDiffTest {

    static final PolicyRules V1 = new PolicyRules(
            Set.of(ShareDestination.INSTAGRAM, ShareDestination.TIKTOK, ShareDestination.X), Map.of(TitleKind.FILM, 30),
            null, null, null, SpoilerRule.everyKind(true, 14));
    static final PolicyRules V2 = new PolicyRules(Set.of(ShareDestination.TIKTOK, ShareDestination.INSTAGRAM),
            Map.of(TitleKind.FILM, 20), List.of(new ClipBlackout(7, 70L, Instant.parse("2026-12-01T00:00:00Z"), null,
                    "Broadcaster exclusivity")), Map.of("16+", 18), null, SpoilerRule.everyKind(true, 14));

    @Test
    void changedRulesReadBeforeAndAfter() {
        List<RuleChange> changes = PolicyDiff.changes(V1, V2);
        assertThat(changes).extracting(RuleChange::label, RuleChange::before, RuleChange::after).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Share destinations", "Instagram, TikTok, X", "Instagram, TikTok"),
                org.assertj.core.groups.Tuple.tuple("Maximum clip length · Film", "30 s", "20 s"),
                org.assertj.core.groups.Tuple.tuple("Not clippable (licensing)", "inherited",
                        "Title #7 (season #70), from 2026-12-01 00:00 UTC: Broadcaster exclusivity"),
                org.assertj.core.groups.Tuple.tuple("Age gating · 16+", "inherited", "18 or older"));
    }

    @Test
    void everyRuleIsListedAndUnchangedOnesAreNotMarked() {
        List<RuleChange> all = PolicyDiff.between(V1, V2, id -> "Operation Marigold");
        assertThat(all).hasSize(1 + TitleKind.values().length + 1 + PolicyDiff.RATINGS.size() + 2);
        assertThat(all).filteredOn(c -> c.rule() == Rule.SPOILER).singleElement()
                .satisfies(c -> assertThat(c.changed()).isFalse())
                .satisfies(c -> assertThat(c.before()).isEqualTo("14 days after release"));
        assertThat(all).filteredOn(c -> c.label().endsWith("Series")).singleElement()
                .satisfies(c -> assertThat(c.before()).isEqualTo("inherited"));
        assertThat(all).filteredOn(c -> c.rule() == Rule.BLACKOUT).singleElement()
                .satisfies(c -> assertThat(c.after()).startsWith("Operation Marigold (season #70)"));
        assertThat(PolicyDiff.changes(V2, V2)).isEmpty();
    }

    @Test
    void preModerationAndSwitchedOffSpoilersRead() {
        PolicyRules held = new PolicyRules(null, null, null, null,
                new PreModeration(PreModeration.Mode.RATINGS, Set.of("18+", "16+")), SpoilerRule.everyKind(false, 0));
        assertThat(PolicyDiff.changes(PolicyRules.inheritAll(), held)).extracting(RuleChange::after)
                .containsExactly("titles rated 16+, 18+", "off");
    }
}
