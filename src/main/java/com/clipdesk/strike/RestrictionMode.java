package com.clipdesk.strike;

/** What reaching a threshold does. */
public enum RestrictionMode {
    /** A lead moderator or admin applies or dismisses it on the member page. */
    RECOMMEND("recommended"),
    /** In force at once, audited as applied by the system. */
    APPLY("applied automatically");

    private final String label;

    RestrictionMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
