package com.clipdesk.curation;

import java.util.List;

/**
 * An episode's clip density (Moments covering each second) and its peaks, the "most clipped
 * moments", each with its best Moments (most shared first).
 */
public record Heatmap(long episodeId, String episodeLabel, int durationSeconds, int[] density, int momentCount,
        List<PeakView> peaks) {

    public record PeakView(int second, int count, int from, int to, List<Candidate> best) {}

    /** A Moment covering a peak, as the finder lists it. */
    public record Candidate(long momentId, int startSecond, int endSecond, String caption, int shareCount) {}

    public int max() {
        int max = 0;
        for (int d : density) {
            max = Math.max(max, d);
        }
        return max;
    }
}
