package com.clipdesk.spoiler;

/** An item's state for members in one market (docs/spoilers.md). */
public enum SpoilerState {
    /** Before the release there (or no release date there): not shown, not shareable. */
    EMBARGOED("Embargoed"),
    /** Flagged, after the release there and inside the market's spoiler window: hidden behind a warning. */
    SPOILER_HIDDEN("Spoiler-hidden"),
    /** Nothing about release dates holds it back. */
    CLEAR("Clear");

    private final String label;

    SpoilerState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
