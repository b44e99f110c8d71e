package com.clipdesk.appeal;

/** How an appeal ends. */
public enum AppealOutcome {
    /** The decision stands. */
    UPHELD("Upheld"),
    /** The decision is reversed: the item is restored where it was taken down and its links resolve again. */
    OVERTURNED("Overturned"),
    /** The takedown stays but in fewer markets. */
    MODIFIED("Scope modified");

    private final String label;

    AppealOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
