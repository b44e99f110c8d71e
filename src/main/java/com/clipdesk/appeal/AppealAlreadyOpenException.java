package com.clipdesk.appeal;

/** The decision has an open appeal already: it is decided once (HTTP 409 in the API). */
public class AppealAlreadyOpenException extends InvalidAppealException {

    public AppealAlreadyOpenException(String message) {
        super("decision", message);
    }
}
