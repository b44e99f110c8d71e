package com.clipdesk.strike;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A restriction (or a recommendation of one) as staff see it.
 *
 * @param inForce applied, not lifted and not yet ended
 */
public record RestrictionView(long id, long memberId, String code, String label, Duration duration, int strikeCount,
        RestrictionStatus status, boolean inForce, Instant createdAt, @Nullable Instant startsAt,
        @Nullable Instant endsAt, @Nullable String decidedBy, @Nullable Instant decidedAt, @Nullable String note,
        @Nullable String liftedBy, @Nullable Instant liftedAt, @Nullable String liftReason, long version) {

    public boolean pending() {
        return status == RestrictionStatus.RECOMMENDED;
    }
}
