package com.clipdesk.content;

/** Where a member shared a Moment out to. */
public enum ShareDestination {
    INSTAGRAM("Instagram"),
    TIKTOK("TikTok"),
    FACEBOOK("Facebook"),
    X("X"),
    COPY_LINK("Copied link");

    private final String label;

    ShareDestination(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
