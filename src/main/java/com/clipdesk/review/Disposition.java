package com.clipdesk.review;

/**
 * What a decision does with a case. KEEP and REMOVE close it; ESCALATE and SECOND_OPINION hand it
 * to a lead. A spoiler mark can go with any of them (see {@link Decision}).
 */
public enum Disposition {
    KEEP("Keep", true),
    REMOVE("Remove", true),
    ESCALATE("Escalate", false),
    SECOND_OPINION("Second opinion", false);

    private final String label;
    private final boolean closes;

    Disposition(String label, boolean closes) {
        this.label = label;
        this.closes = closes;
    }

    public String label() {
        return label;
    }

    /** True when the decision ends the review of the case. */
    public boolean closes() {
        return closes;
    }
}
