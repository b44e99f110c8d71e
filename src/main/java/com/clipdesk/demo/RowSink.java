package com.clipdesk.demo;

import org.jspecify.annotations.Nullable;

/**
 * Receives generated rows, one call per row, values in the order of {@link DemoTable#columns()}.
 * Values are Long, Integer, String, {@link java.time.Instant} (UTC) or null.
 */
@FunctionalInterface
public interface RowSink {

    void add(DemoTable table, @Nullable Object... values);
}
