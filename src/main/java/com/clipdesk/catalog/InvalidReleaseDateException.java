package com.clipdesk.catalog;

/**
 * A release date that cannot be saved as given (unknown market, out of range, a time the market's
 * clocks skip, out of episode order). Nothing changed; {@link #field()} names the input to mark:
 * "market", "date", "time" or "reason".
 */
public class InvalidReleaseDateException extends RuntimeException {

    private final String field;

    public InvalidReleaseDateException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
