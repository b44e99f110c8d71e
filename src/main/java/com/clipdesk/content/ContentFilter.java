package com.clipdesk.content;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Filter of the content grids. Null fields do not filter. Dates are whole UTC days, both inclusive.
 */
public record ContentFilter(@Nullable String market, @Nullable ContentState state, @Nullable String language,
        @Nullable LocalDate from, @Nullable LocalDate to) {

    public static ContentFilter none() {
        return new ContentFilter(null, null, null, null, null);
    }

    public ContentFilter {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("The end date is before the start date");
        }
    }
}
