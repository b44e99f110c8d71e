package com.clipdesk.spoiler;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the calendar lists: releases from {@code from} to {@code to} (whole days, inclusive, each in its
 * market's zone), in one market or every market in scope (null), of one title or all (null); with
 * {@code openWindows}, also the past week's releases whose spoiler windows are still open.
 */
public record CalendarQuery(LocalDate from, LocalDate to, @Nullable String market, @Nullable Long titleId,
        boolean openWindows) {

    /** The longest range the calendar lists at once. */
    public static final int MAX_DAYS = 366;

    /** The next 30 days from {@code today}, with the open windows of the past week. */
    public static CalendarQuery next30Days(LocalDate today) {
        return new CalendarQuery(today, today.plusDays(30), null, null, true);
    }
}
