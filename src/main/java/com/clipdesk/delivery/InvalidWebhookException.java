package com.clipdesk.delivery;

/** Staff input a webhook cannot take; {@link #field()} names the form field to mark. */
public class InvalidWebhookException extends RuntimeException {

    private final String field;

    public InvalidWebhookException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** "name", "url", "types", "markets", "seq" or "state". */
    public String field() {
        return field;
    }
}
