package com.clipdesk.spoiler;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An item's spoiler timeline in one market: embargoed until the release there, spoiler-hidden until
 * the window ends (flagged items), clear after.
 *
 * @param state the state now
 * @param notReleased no release date in the market for what the item shows or spoils: embargoed, no end
 * @param releasedAt when the embargo ends (the latest release the item waits for there); null when not released
 * @param spoilerHiddenUntil end of the spoiler window (flagged items only)
 */
public record MarketTimeline(String market, SpoilerState state, boolean notReleased, @Nullable Instant releasedAt,
        @Nullable Instant spoilerHiddenUntil) {

    /** When the item became clear in the market, if it is clear and was held before; else null. */
    public @Nullable Instant clearSince() {
        if (state != SpoilerState.CLEAR) {
            return null;
        }
        return spoilerHiddenUntil != null ? spoilerHiddenUntil : releasedAt;
    }
}
