package com.clipdesk.strike;

/** Where a strike stands. Derived, never stored: voided when voided, else expired once its time has passed. */
public enum StrikeStatus {
    ACTIVE("Active"),
    EXPIRED("Expired"),
    VOIDED("Voided");

    private final String label;

    StrikeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
