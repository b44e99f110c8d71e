package com.clipdesk.policy;

import com.clipdesk.catalog.TitleKind;
import com.clipdesk.content.ShareDestination;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The policy in force in a market: the default's rules with the market's overrides on top, and for
 * each rule whether the market overrides it (pages show inherited rules as such).
 */
public record EffectivePolicy(String market, Set<ShareDestination> destinations, Map<TitleKind, Integer> maxClipSeconds,
        List<ClipBlackout> blackouts, Map<String, Integer> minimumAge, PreModeration preModeration, SpoilerRule spoiler,
        Set<Rule> overridden) {

    /** The rules, for saying which decided and which a market overrides. */
    public enum Rule {
        DESTINATION("Share destinations"),
        CLIP_LENGTH("Maximum clip length"),
        BLACKOUT("Not clippable (licensing)"),
        AGE("Age gating"),
        PRE_MODERATION("Pre-moderation of fandom submissions"),
        SPOILER("Spoiler window");

        private final String label;

        Rule(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public EffectivePolicy {
        destinations = Set.copyOf(destinations);
        maxClipSeconds = Map.copyOf(maxClipSeconds);
        blackouts = List.copyOf(blackouts);
        minimumAge = Map.copyOf(minimumAge);
        overridden = Set.copyOf(overridden);
    }

    /** The default's rules (all set) with {@code market}'s on top. */
    public static EffectivePolicy of(String market, PolicyRules defaults, PolicyRules overrides) {
        if (!defaults.complete()) {
            throw new IllegalArgumentException("The default policy must set every rule");
        }
        var overridden = new java.util.HashSet<Rule>();
        Set<ShareDestination> destinations = defaults.destinations();
        if (overrides.destinations() != null) {
            destinations = overrides.destinations();
            overridden.add(Rule.DESTINATION);
        }
        Map<TitleKind, Integer> lengths = new EnumMap<>(defaults.maxClipSeconds());
        if (overrides.maxClipSeconds() != null && !overrides.maxClipSeconds().isEmpty()) {
            lengths.putAll(overrides.maxClipSeconds());
            overridden.add(Rule.CLIP_LENGTH);
        }
        List<ClipBlackout> blackouts = new ArrayList<>(defaults.blackouts());
        if (overrides.blackouts() != null && !overrides.blackouts().isEmpty()) {
            blackouts.addAll(overrides.blackouts());
            overridden.add(Rule.BLACKOUT);
        }
        Map<String, Integer> ages = new HashMap<>(defaults.minimumAge());
        if (overrides.minimumAge() != null && !overrides.minimumAge().isEmpty()) {
            ages.putAll(overrides.minimumAge());
            overridden.add(Rule.AGE);
        }
        PreModeration preModeration = defaults.preModeration();
        if (overrides.preModeration() != null) {
            preModeration = overrides.preModeration();
            overridden.add(Rule.PRE_MODERATION);
        }
        SpoilerRule spoiler = defaults.spoiler();
        if (overrides.spoiler() != null) {
            spoiler = overrides.spoiler().over(defaults.spoiler());
            overridden.add(Rule.SPOILER);
        }
        return new EffectivePolicy(market, destinations, lengths, blackouts, ages, preModeration, spoiler, overridden);
    }
}
