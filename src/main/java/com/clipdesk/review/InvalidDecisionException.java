package com.clipdesk.review;

/** A decision that cannot be taken as given (no reason code, a note missing...): nothing changed. */
public class InvalidDecisionException extends RuntimeException {

    public InvalidDecisionException(String message) {
        super(message);
    }
}
