package com.clipdesk.catalog;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One episode of a title with its release date in each market that has one (by market code). */
public record EpisodeReleases(long episodeId, int season, int number, String label, Map<String, ReleaseDate> byMarket) {

    public @Nullable ReleaseDate in(String market) {
        return byMarket.get(market);
    }
}
