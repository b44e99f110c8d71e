package com.clipdesk.appeal;

/** The kinds of decision a member can appeal. */
public enum AppealedDecision {
    /** A takedown (everywhere or in listed markets); an overturn lifts it. */
    TAKEDOWN("Takedown"),
    /** A review decision that removed the item or flagged it as a spoiler; an overturn restores the item. */
    REVIEW_DECISION("Review decision");

    private final String label;

    AppealedDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
