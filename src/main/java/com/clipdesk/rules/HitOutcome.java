package com.clipdesk.rules;

/** What came of a rule matching an item. */
public enum HitOutcome {
    /** Shadow mode: recorded, nothing done. */
    WOULD_ACT("Would have acted"),
    ACTED("Acted"),
    /** Enabled, but there was nothing to do (decided case, flagged already…); the detail says why. */
    NO_EFFECT("No effect"),
    /** The action failed; the detail carries the error id the log has too. */
    FAILED("Failed");

    private final String label;

    HitOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
