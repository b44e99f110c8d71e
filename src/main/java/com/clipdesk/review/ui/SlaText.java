package com.clipdesk.review.ui;

import java.time.Duration;
import java.time.Instant;

/** A service-level timer as reviewers read it: "2 h 10 min left", "overdue 3 h". */
final class SlaText {

    private SlaText() {}

    static String of(Instant dueAt, Instant now) {
        Duration left = Duration.between(now, dueAt);
        return left.isNegative() ? "overdue " + span(left.negated(), false) : span(left, true) + " left";
    }

    /** Days and hours, or hours and minutes, or minutes; minutes only count while they matter. */
    private static String span(Duration d, boolean withMinutes) {
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        if (days >= 3) {
            return days + " d"; // hours no longer matter and would not fit the grid column
        }
        if (days > 0) {
            return days + " d" + (hours > 0 ? " " + hours + " h" : "");
        }
        if (hours > 0) {
            return hours + " h" + (withMinutes && minutes > 0 ? " " + minutes + " min" : "");
        }
        return Math.max(minutes, 1) + " min";
    }
}
