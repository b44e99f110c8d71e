package com.clipdesk.curation;

import org.jspecify.annotations.Nullable;

/** Input a curator can fix (an ineligible Moment, a schedule that ends before it starts); nothing was saved. */
public class InvalidCurationException extends RuntimeException {

    private final @Nullable String field;

    public InvalidCurationException(@Nullable String field, String message) {
        super(message);
        this.field = field;
    }

    public @Nullable String field() {
        return field;
    }
}
