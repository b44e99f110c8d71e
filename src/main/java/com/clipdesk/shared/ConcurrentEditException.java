package com.clipdesk.shared;

/**
 * Someone else changed the item since the staff member opened it. Nothing was saved; the UI says
 * who changed it and reloads.
 */
public class ConcurrentEditException extends RuntimeException {

    private final String changedBy;

    public ConcurrentEditException(String what, String changedBy) {
        super(what + " was changed by " + changedBy + " since you opened it. Nothing was saved; it has been reloaded.");
        this.changedBy = changedBy;
    }

    public String changedBy() {
        return changedBy;
    }
}
