package com.clipdesk.spoiler;

import com.clipdesk.content.ContentKind;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An item's spoiler state per market, its flag, a suggestion, and what the signed-in staff member may do.
 *
 * @param flag the active flag, null when not flagged
 * @param suggestion "Suggested: flag as spoiler of …" when unflagged and a release is recent or upcoming; else null
 */
public record SpoilerTimeline(ContentKind kind, long id, @Nullable Flag flag, List<MarketTimeline> markets,
        @Nullable String suggestion, boolean mayFlag, boolean mayUnflag, List<SpoilerTarget> targets) {

    /** A flag as the page shows it. */
    public record Flag(long id, SpoilerTarget target, long targetId, String targetLabel, FlagSource source,
            String flaggedBy, Instant flaggedAt, long version) {}
}
