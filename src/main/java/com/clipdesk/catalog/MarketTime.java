package com.clipdesk.catalog;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How release times read: in the market's own zone, naming it, since "20:00" means nothing without one
 * ("Thu 4 Dec 2026 20:00 Europe/Berlin"); UTC beside it for staff in other zones.
 */
public final class MarketTime {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm",
            Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private MarketTime() {}

    /** "Thu 4 Dec 2026 20:00 Europe/Berlin" */
    public static String dateTime(Instant at, ZoneId zone) {
        return DATE_TIME.format(at.atZone(zone)) + " " + zone.getId();
    }

    /** "Thu 4 Dec 2026 19:00 UTC" */
    public static String utc(Instant at) {
        return DATE_TIME.format(at.atZone(ZoneOffset.UTC)) + " UTC";
    }

    /** "Thu 4 Dec 2026" in the zone */
    public static String date(Instant at, ZoneId zone) {
        return DATE.format(at.atZone(zone));
    }

    /** "Thu 4 Dec" in the zone */
    public static String day(Instant at, ZoneId zone) {
        return DAY.format(at.atZone(zone));
    }

    /** "20:00" in the zone */
    public static String time(Instant at, ZoneId zone) {
        return TIME.format(at.atZone(zone));
    }
}
