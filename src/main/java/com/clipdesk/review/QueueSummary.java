package com.clipdesk.review;

import com.clipdesk.content.ContentKind;
import java.time.Instant;

/** One queue (market × lane × kind × category) and how it stands. */
public record QueueSummary(String market, Lane lane, ContentKind kind, QueueCategory category, long open,
        long overdue, Instant oldestDueAt) {

    public QueueSummary(String market, Lane lane, ContentKind kind, QueueCategory category, Long open,
            Long overdue, Instant oldestDueAt) {
        this(market, lane, kind, category, open.longValue(), overdue == null ? 0 : overdue.longValue(), oldestDueAt);
    }
}
