package com.clipdesk.review;

/**
 * A review setting (reason code, service level) that cannot be saved as given, for a reason the
 * form's shape cannot tell: a code that exists already, an unknown market. Nothing changed;
 * {@link #field()} names the input to mark.
 */
public class InvalidSettingException extends RuntimeException {

    private final String field;

    public InvalidSettingException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The input the message is about, e.g. "code", "market", "hours". */
    public String field() {
        return field;
    }
}
