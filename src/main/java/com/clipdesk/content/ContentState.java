package com.clipdesk.content;

/** Where an item stands for members. */
public enum ContentState {
    ACTIVE("Active"),
    PENDING_REVIEW("Pending review"),
    REMOVED("Removed");

    private final String label;

    ContentState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
