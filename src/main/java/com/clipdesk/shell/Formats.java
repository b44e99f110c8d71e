package com.clipdesk.shell;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.TreeSet;

/**
 * How screens write times and lists. Staff work across time zones, so times are shown in UTC and
 * say so.
 */
public final class Formats {

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);

    private Formats() {}

    /** "2026-11-21 14:05 UTC" */
    public static String dateTime(Instant instant) {
        return DATE_TIME.format(instant) + " UTC";
    }

    /** "2026-11-21 14:05", for grid columns whose header says UTC. */
    public static String shortDateTime(Instant instant) {
        return DATE_TIME.format(instant);
    }

    /** "2026-11-21" (UTC) */
    public static String date(Instant instant) {
        return DATE.format(instant);
    }

    /** "BR · MX · ES", sorted. */
    public static String markets(Collection<String> codes) {
        return String.join(" · ", new TreeSet<>(codes));
    }

    /** "12,345" */
    public static String count(long n) {
        return String.format(Locale.US, "%,d", n);
    }
}
