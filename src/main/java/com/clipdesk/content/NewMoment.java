package com.clipdesk.content;

import java.time.Instant;
import java.util.Set;

/** A Moment the product pushes in (ingest API), as {@link ContentIntake#createMoments} writes it. */
public record NewMoment(long episodeId, long creatorId, int startSecond, int endSecond, String caption,
        String language, Instant createdAt, Set<String> markets) {

    public NewMoment {
        markets = Set.copyOf(markets);
    }
}
