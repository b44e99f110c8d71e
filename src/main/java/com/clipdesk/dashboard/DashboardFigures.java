package com.clipdesk.dashboard;

import java.time.LocalDate;
import java.util.List;

/** What the dashboards show, as plain figures (the view draws them and lists them as tables). */
public final class DashboardFigures {

    private DashboardFigures() {}

    /** One stacked series over the days of a period: {@code values[i]} belongs to {@code days.get(i)}. */
    public record Series(String key, String label, long[] values) {
        public long total() {
            long sum = 0;
            for (long v : values) {
                sum += v;
            }
            return sum;
        }
    }

    /** Counts per day (UTC), one series per reason code or market, largest total first. */
    public record DailyCounts(List<LocalDate> days, List<Series> series) {
        public long total() {
            return series.stream().mapToLong(Series::total).sum();
        }
    }

    /** Times to decision of one day's closing decisions, in seconds; NaN on a day without any. */
    public record LatencyDay(LocalDate day, long decisions, double medianSeconds, double p90Seconds) {}

    /** Appeals decided in a week (Monday, UTC) or in a market over the whole period. */
    public record AppealCounts(String label, long decided, long overturned, long modified) {
        /** Overturned share of decided appeals, 0 to 1; NaN without decided appeals. */
        public double overturnRate() {
            return decided == 0 ? Double.NaN : (double) overturned / decided;
        }
    }

    /** A featured Moment on a market's board and its share count now. */
    public record FeaturedShares(String market, String surface, long momentId, String title, String caption,
            int shares, java.time.Instant featuredSince, boolean liveNow) {}
}
