package com.clipdesk.appeal;

import org.jspecify.annotations.Nullable;

/** Input a person can fix; nothing was saved. {@link #field()} names the field at fault, when one is. */
public class InvalidAppealException extends RuntimeException {

    private final @Nullable String field;

    public InvalidAppealException(@Nullable String field, String message) {
        super(message);
        this.field = field;
    }

    /** "decision", "member", "statement", "receivedAt", "channel", "outcome", "markets", "note" or null. */
    public @Nullable String field() {
        return field;
    }
}
