package com.clipdesk.takedown;

import org.jspecify.annotations.Nullable;

/** Input a staff member can fix; nothing was saved. {@link #field()} names the dialog field, when one is at fault. */
public class InvalidTakedownException extends RuntimeException {

    private final @Nullable String field;

    public InvalidTakedownException(@Nullable String field, String message) {
        super(message);
        this.field = field;
    }

    /** "markets", "reasonCode", "ground", "groundReference", "explanation", "authority", "reference", "receivedAt", "deadline", "reason" or null. */
    public @Nullable String field() {
        return field;
    }
}
