package com.clipdesk.shared;

/** Thrown by a service when the asked-for item does not exist (the UI shows the not-found page). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " does not exist");
    }
}
