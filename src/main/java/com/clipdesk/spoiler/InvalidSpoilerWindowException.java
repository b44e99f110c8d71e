package com.clipdesk.spoiler;

/**
 * A spoiler window that cannot be saved as given (days out of range, unknown market, an override that
 * exists already, a default that cannot be removed). Nothing changed; {@link #field()} names the input:
 * "market", "kind" or "days".
 */
public class InvalidSpoilerWindowException extends RuntimeException {

    private final String field;

    public InvalidSpoilerWindowException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
