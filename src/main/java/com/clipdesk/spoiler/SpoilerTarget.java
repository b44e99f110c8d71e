package com.clipdesk.spoiler;

/** What a spoiler flag says the item reveals: one episode, a whole season, or the whole title. */
public enum SpoilerTarget {
    EPISODE("Episode"),
    SEASON("Season"),
    TITLE("Title");

    private final String label;

    SpoilerTarget(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
