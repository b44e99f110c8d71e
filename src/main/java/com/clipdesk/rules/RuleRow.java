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
 * @param savedQueryNow the saved search's query when it differs from the rule's (re-promote to take it);
 *     null when it is the same or the saved search is gone
 * @param savedSearchGone the saved search was deleted (the rule keeps its query)
 */
public record RuleRow(long id, String name, String query, int revision, RuleAction action,
        @Nullable QueueCategory queueCategory, String actionLabel, Set<String> markets, RuleMode mode,
        String promotedByName, Instant promotedAt, long shadowHits7d, @Nullable String savedQueryNow,
        boolean savedSearchGone, @Nullable String lastError, @Nullable String lastErrorId,
        @Nullable Instant lastErrorAt, long version, boolean mayEnable, boolean mayDisable, boolean mayDelete,
        boolean mayRepromote) {

    /** "Every market" or "BR, FR". */
    public String marketsLabel() {
        return markets.isEmpty() ? "Every market" : String.join(", ", new java.util.TreeSet<>(markets));
    }
}
