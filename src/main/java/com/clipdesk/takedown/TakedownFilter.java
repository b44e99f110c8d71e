package com.clipdesk.takedown;

import org.jspecify.annotations.Nullable;

/** Filters of the takedowns list; null filters nothing. {@code market}: in force (or applied) there. */
public record TakedownFilter(@Nullable TakedownStatus status, @Nullable String market, @Nullable Ground ground) {

    public static TakedownFilter none() {
        return new TakedownFilter(null, null, null);
    }
}
