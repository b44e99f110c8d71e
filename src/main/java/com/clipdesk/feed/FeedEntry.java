package com.clipdesk.feed;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the decision feed, as stored in {@code feed_entry}: {@code seq} is its place in commit
 * order (gap-free, from 1), {@code payload} the JSON consumers receive.
 */
public record FeedEntry(
        long seq,
        String type,
        @Nullable String subjectKind,
        @Nullable String subjectId,
        @Nullable String externalId,
        @Nullable String marketCode,
        Instant occurredAt,
        String payload) {}
