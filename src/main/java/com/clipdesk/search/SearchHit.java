package com.clipdesk.search;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One search result as the results grid shows it.
 *
 * @param kind what the hit is (a content kind or a report)
 * @param context where the item belongs: "Title · S1 E3 · 12:01–12:31" for a Moment, "Title · Fan art" for a
 *     submission, "Watch party #7 · Title · S1 E2" for a message, "Recommends Title to @friend",
 *     "Report on Moment 42 · Spoiler"
 * @param snippet the matching text with the matched terms between {@link #MARK_START} and {@link #MARK_END}
 *     (plain text otherwise: the UI escapes it and turns only the markers into highlights)
 * @param state the state as indexed: a ContentState name for content, a ReportStatus name for reports
 * @param stateLabel the state for people ("Active", "Open")
 * @param language null for reports
 * @param route the item's own page, e.g. "moments/42", "messages/7", "reports/9"
 * @param takenDownIn markets where a takedown hides the item from members ("*": everywhere); empty if none
 */
public record SearchHit(SearchKind kind, long id, String context, String snippet, String creatorHandle,
        Set<String> markets, String state, String stateLabel, @Nullable String language, Instant createdAt,
        int shareCount, int reportCount, String route, Set<String> takenDownIn) {

    public SearchHit {
        takenDownIn = Set.copyOf(takenDownIn);
    }

    /** "Taken down everywhere", "Taken down in DE, FR", or null when no takedown holds it. */
    public @Nullable String takedownBadge() {
        if (takenDownIn.isEmpty()) {
            return null;
        }
        return takenDownIn.contains("*") ? "Taken down everywhere"
                : "Taken down in " + String.join(", ", new java.util.TreeSet<>(takenDownIn));
    }

    public static final String MARK_START = "\u0002";
    public static final String MARK_END = "\u0003";
}
