package com.clipdesk.catalog;

import java.time.Instant;
import java.time.ZoneId;

/** An episode's release in one market, as calendars list it. */
public record ScheduledRelease(long episodeId, long titleId, String titleName, TitleKind kind, int season,
        int episode, String episodeName, String market, ZoneId zone, Instant releasedAt) {

    /** "Operation Marigold S2E8", or the title alone for a film. */
    public String titleAndEpisode() {
        return kind == TitleKind.FILM ? titleName : titleName + " S" + season + "E" + episode;
    }
}
