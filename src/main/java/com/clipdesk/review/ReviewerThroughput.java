package com.clipdesk.review;

import java.time.Duration;
import java.time.Instant;

/** What one reviewer decided in a period. */
public record ReviewerThroughput(String username, String displayName, long decisions, long kept, long removed,
        long handedOver, Instant first, Instant last) {

    public ReviewerThroughput(String username, String displayName, Long decisions, Long kept, Long removed,
            Long handedOver, Instant first, Instant last) {
        this(username, displayName, decisions.longValue(), kept.longValue(), removed.longValue(),
                handedOver.longValue(), first, last);
    }

    /** Decisions per hour between the first and the last (at least one hour). */
    public double perHour() {
        double hours = Math.max(1.0, Duration.between(first, last).toMinutes() / 60.0);
        return decisions / hours;
    }
}
