package com.clipdesk.rules;

/** What a rule does to a matching new item. */
public enum RuleAction {
    /** Opens a review case in a queue (or moves the item's undecided case there). */
    ROUTE_TO_QUEUE("Route to queue"),
    /** Brings the item's case forward one severity level (kept until a case opens when it has none). */
    RAISE_PRIORITY("Raise priority"),
    /** Flags the item as a spoiler of its episode (of its title when it shows none). */
    PRE_FLAG_SPOILER("Pre-flag as spoiler");

    private final String label;

    RuleAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
