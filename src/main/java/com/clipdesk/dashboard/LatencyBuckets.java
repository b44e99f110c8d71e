package com.clipdesk.dashboard;

import java.time.Duration;

/**
 * Fixed log-scale buckets for times to decision: bucket 0 holds times under one second, bucket
 * {@code b >= 1} holds {@code [2^((b-1)/8), 2^(b/8))} seconds (eight buckets per doubling), the last
 * one everything from about a year up. A quantile read from the counts is the geometric middle of the
 * bucket that holds it, so it is within a factor {@code 2^(1/16)} of the exact value: at most
 * {@value #ERROR_PERCENT}% off (under one second: reported as half a second).
 */
public final class LatencyBuckets {

    static final int PER_DOUBLING = 8;
    /** 2^25 s is about 388 days; longer waits share the last bucket. */
    static final int LAST = 25 * PER_DOUBLING + 1;
    /** The largest relative error of a quantile, in percent: 2^(1/16) - 1 = 4.43%, rounded up. */
    public static final double ERROR_PERCENT = 4.5;

    private LatencyBuckets() {}

    /** The bucket of a time to decision; negative durations (clock skew) count as zero. */
    static int of(Duration latency) {
        long seconds = Math.max(0, latency.toSeconds());
        if (seconds < 1) {
            return 0;
        }
        int b = (int) Math.floor(PER_DOUBLING * Math.log(seconds) / Math.log(2)) + 1;
        // floating point near a boundary: settle on the bucket whose bounds really hold the value
        while (b > 1 && lower(b) > seconds) {
            b--;
        }
        while (b < LAST && lower(b + 1) <= seconds) {
            b++;
        }
        return Math.min(b, LAST);
    }

    /** The smallest time in seconds that falls into bucket {@code b >= 1}. */
    static double lower(int b) {
        return Math.pow(2, (b - 1) / (double) PER_DOUBLING);
    }

    /** The value a quantile in bucket {@code b} is reported as, in seconds. */
    static double middle(int b) {
        return b == 0 ? 0.5 : Math.pow(2, (b - 0.5) / PER_DOUBLING);
    }

    /**
     * The nearest-rank {@code p} quantile (0 < p <= 1) of the times counted in {@code counts} (index:
     * bucket), in seconds; NaN when nothing was counted.
     */
    static double quantile(long[] counts, double p) {
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        if (total == 0) {
            return Double.NaN;
        }
        long rank = Math.max(1, (long) Math.ceil(p * total));
        long seen = 0;
        for (int b = 0; b < counts.length; b++) {
            seen += counts[b];
            if (seen >= rank) {
                return middle(b);
            }
        }
        return middle(counts.length - 1);
    }
}
