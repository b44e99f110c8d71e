package com.clipdesk.catalog;

import java.time.Instant;

/**
 * Releases of titles of one kind in one market between {@code from} (inclusive) and {@code to}
 * (exclusive): what a calendar asks for, since each market and kind has its own spoiler window.
 */
public record ReleaseSlice(String market, TitleKind kind, Instant from, Instant to) {}
