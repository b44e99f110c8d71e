package com.clipdesk.demo;

import java.util.Map;

/**
 * The outcome of {@link DemoDataLoader#load()}: whether rows were written (false when the database
 * already held data), the rows per table and the time it took.
 */
public record DemoDataReport(boolean loaded, Map<String, Long> counts, long elapsedMs) {

    public DemoDataReport {
        counts = Map.copyOf(counts);
    }

    static DemoDataReport skipped(long elapsedMs) {
        return new DemoDataReport(false, Map.of(), elapsedMs);
    }

    public long count(String table) {
        return counts.getOrDefault(table, 0L);
    }
}
