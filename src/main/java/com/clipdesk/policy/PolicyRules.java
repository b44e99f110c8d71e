package com.clipdesk.policy;

import com.clipdesk.catalog.TitleKind;
import com.clipdesk.content.ShareDestination;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The rules one policy version sets. In the default policy every rule is set; in a market's policy
 * a null rule is inherited from the default (shown as such), a set one overrides it. Maps override
 * per key: a market can change the Moment length of films only.
 *
 * @param destinations where members may share clips to
 * @param maxClipSeconds the longest clip per title kind
 * @param blackouts titles or seasons not clippable, with their date ranges (a market's list adds to the default's)
 * @param minimumAge per maturity rating ("ALL", "7+", "13+", "16+", "18+"), the youngest age that may clip it
 * @param preModeration which fandom submissions are held for review
 * @param spoiler whether a spoiler window applies after releases, and how long per title kind (a market's
 *     rule lists the kinds it changes)
 */
public record PolicyRules(@Nullable Set<ShareDestination> destinations, @Nullable Map<TitleKind, Integer> maxClipSeconds,
        @Nullable List<ClipBlackout> blackouts, @Nullable Map<String, Integer> minimumAge,
        @Nullable PreModeration preModeration, @Nullable SpoilerRule spoiler) {

    public PolicyRules {
        destinations = destinations == null ? null : Set.copyOf(destinations);
        maxClipSeconds = maxClipSeconds == null ? null : Map.copyOf(maxClipSeconds);
        blackouts = blackouts == null ? null : List.copyOf(blackouts);
        minimumAge = minimumAge == null ? null : Map.copyOf(minimumAge);
    }

    /** A market policy that changes nothing: everything inherited. */
    public static PolicyRules inheritAll() {
        return new PolicyRules(null, null, null, null, null, null);
    }

    /** Whether every rule is set, as the default policy's must be. */
    public boolean complete() {
        return destinations != null && maxClipSeconds != null && maxClipSeconds.keySet().containsAll(Set.of(TitleKind.values()))
                && blackouts != null && minimumAge != null && preModeration != null && spoiler != null && spoiler.complete();
    }
}
