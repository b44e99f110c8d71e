package com.clipdesk.curation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How many Moments cover each second of an episode, from their spans, with a difference array:
 * O(spans + duration), whatever the overlap. Spans are [start, end) in seconds, clamped to the
 * episode ([0, duration)); a span with a weight stands for that many Moments with the same span (the
 * database groups them). Peaks: the densest seconds, at least {@code minGap} seconds apart.
 */
final class ClipDensity {

    private ClipDensity() {}

    /** A densest second and the run of seconds around it at the same density. */
    record Peak(int second, int count, int from, int to) {}

    static int[] of(int durationSeconds, int[] starts, int[] ends, int[] weights) {
        if (durationSeconds < 0) {
            throw new IllegalArgumentException("An episode lasts 0 seconds or more");
        }
        if (starts.length != ends.length || starts.length != weights.length) {
            throw new IllegalArgumentException("One start, end and weight per span");
        }
        long[] diff = new long[durationSeconds + 1];
        for (int i = 0; i < starts.length; i++) {
            int from = Math.max(0, starts[i]);
            int to = Math.min(durationSeconds, ends[i]);
            if (to <= from || weights[i] <= 0) {
                continue;
            }
            diff[from] += weights[i];
            diff[to] -= weights[i];
        }
        int[] density = new int[durationSeconds];
        long running = 0;
        for (int s = 0; s < durationSeconds; s++) {
            running += diff[s];
            density[s] = (int) Math.min(Integer.MAX_VALUE, running);
        }
        return density;
    }

    /**
     * Up to {@code count} peaks, densest first: plateaus higher than their neighbours, each at least
     * {@code minGap} seconds from the others (one plateau, one peak).
     */
    static List<Peak> peaks(int[] density, int count, int minGap) {
        Integer[] seconds = new Integer[density.length];
        for (int s = 0; s < density.length; s++) {
            seconds[s] = s;
        }
        java.util.Arrays.sort(seconds, Comparator.<Integer>comparingInt(s -> density[s]).reversed()
                .thenComparingInt(s -> s));
        List<Peak> peaks = new ArrayList<>();
        for (int s : seconds) {
            if (peaks.size() >= count || density[s] == 0) {
                break;
            }
            int from = s;
            while (from > 0 && density[from - 1] == density[s]) {
                from--;
            }
            int to = s;
            while (to + 1 < density.length && density[to + 1] == density[s]) {
                to++;
            }
            // a peak is a plateau higher than both its neighbours (not a hillside of a higher one), whose
            // seconds are at least minGap from every plateau already listed (so one plateau is one peak)
            boolean top = (from == 0 || density[from - 1] < density[s])
                    && (to + 1 == density.length || density[to + 1] < density[s]);
            int start = from;
            int end = to + 1;
            if (!top || peaks.stream().anyMatch(p -> start < p.to() + minGap && p.from() < end + minGap)) {
                continue;
            }
            peaks.add(new Peak(s, density[s], from, end));
        }
        return peaks;
    }
}
