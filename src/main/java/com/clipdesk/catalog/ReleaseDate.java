package com.clipdesk.catalog;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** An episode's release in one market, with the version an editor saw (optimistic locking). */
public record ReleaseDate(long episodeId, String market, ZoneId zone, Instant releasedAt, long version) {

    static ReleaseDate of(TitleRelease r, ZoneId zone) {
        return new ReleaseDate(r.getEpisode().getId(), r.getMarketCode(), zone, r.getReleasedAt(), r.getVersion());
    }

    /** The wall-clock time in the market, as admins enter it. */
    public LocalDateTime local() {
        return LocalDateTime.ofInstant(releasedAt, zone);
    }
}
