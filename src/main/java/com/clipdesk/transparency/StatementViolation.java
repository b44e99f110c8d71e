package com.clipdesk.transparency;

/** One thing the Transparency Database would reject in a statement: which statement, which field, why. */
public record StatementViolation(String puid, String field, String message) {

    @Override
    public String toString() {
        return "Statement " + puid + ", " + field + ": " + message;
    }
}
