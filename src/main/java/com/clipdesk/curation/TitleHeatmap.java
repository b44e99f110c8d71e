package com.clipdesk.curation;

import com.clipdesk.curation.Heatmap.Candidate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The most clipped moments across a title's episodes (or one season's): the peaks of every episode's
 * clip density, ranked together (most Moments covering them first), each with its best Moments.
 * {@code season} is the season number asked for, null for the whole title.
 */
public record TitleHeatmap(long titleId, String titleName, @Nullable Integer season, int episodeCount,
        int momentCount, List<EpisodePeak> peaks) {

    /** A peak of one episode: its densest second, the run at that density [from, to), its best Moments. */
    public record EpisodePeak(long episodeId, String episodeLabel, int second, int count, int from, int to,
            List<Candidate> best) {}
}
