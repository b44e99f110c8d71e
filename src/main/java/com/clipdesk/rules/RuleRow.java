package com.clipdesk.rules;

import com.clipdesk.review.QueueCategory;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A rule as the signed-in staff member sees it on the rules page.
 *
 * @param markets empty: every market
 * @param shadowHits7d items it matched in shadow mode in the last 7 days (all markets)
 * @param liveHits7d items it matched while enabled in the last 7 days (acted on, or the action failed)
 * @param savedQueryNow the saved search's query when it differs from the rule's (re-promote to take it);
 *     null when it is the same or the saved search is gone
 * @param savedSearchGone the saved search was deleted (the rule keeps its query)
 */
public record RuleRow(long id, String name, String query, int revision, RuleAction action,
        @Nullable QueueCategory queueCategory, String actionLabel, Set<String> markets, RuleMode mode,
        String promotedByName, Instant promotedAt, long shadowHits7d, long liveHits7d, @Nullable String savedQueryNow,
        boolean savedSearchGone, @Nullable String lastError, @Nullable String lastErrorId,
        @Nullable Instant lastErrorAt, long version, boolean mayEnable, boolean mayDisable, boolean mayDelete,
        boolean mayRepromote) {

    /** "4 live · 12 in shadow", "12 in shadow", "4 live" or "0": the hits of the last 7 days. */
    public String hitsLabel() {
        if (shadowHits7d == 0 && liveHits7d == 0) {
            return "0";
        }
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (liveHits7d > 0) {
            parts.add(String.format(java.util.Locale.ROOT, "%,d live", liveHits7d));
        }
        if (shadowHits7d > 0) {
            parts.add(String.format(java.util.Locale.ROOT, "%,d in shadow", shadowHits7d));
        }
        return String.join(" · ", parts);
    }

    /** "Every market" or "BR, FR". */
    public String marketsLabel() {
        return markets.isEmpty() ? "Every market" : String.join(", ", new java.util.TreeSet<>(markets));
    }
}
