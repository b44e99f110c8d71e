package com.clipdesk.policy;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A title, or one season of it, that may not be clipped in the market between two instants
 * (licensing): {@code from} null means since ever, {@code until} null means until further notice.
 */
public record ClipBlackout(long titleId, @Nullable Long seasonId, @Nullable Instant from, @Nullable Instant until,
        String why) {

    public ClipBlackout {
        if (from != null && until != null && !until.isAfter(from)) {
            throw new IllegalArgumentException("A blackout ends after it starts");
        }
    }

    /** Whether it covers clips of this title and season at this instant. */
    boolean covers(long title, @Nullable Long season, Instant at) {
        return titleId == title && (seasonId == null || seasonId.equals(season))
                && (from == null || !at.isBefore(from)) && (until == null || at.isBefore(until));
    }
}
