package com.clipdesk.demo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outcome of {@link DemoDataLoader#load()}: whether rows were written (false when the database
 * already held data), the rows per table (in foreign-key order) and the time it took.
 */
public record DemoDataReport(boolean loaded, Map<String, Long> counts, long elapsedMs) {

    public DemoDataReport {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    static DemoDataReport skipped(long elapsedMs) {
        return new DemoDataReport(false, Map.of(), elapsedMs);
    }

    public long count(String table) {
        return counts.getOrDefault(table, 0L);
    }
}
