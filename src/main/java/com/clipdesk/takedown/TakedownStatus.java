package com.clipdesk.takedown;

/** Whether a takedown is in force. A lifted takedown stays on record with its history. */
public enum TakedownStatus {
    ACTIVE("Active"),
    LIFTED("Lifted");

    private final String label;

    TakedownStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
