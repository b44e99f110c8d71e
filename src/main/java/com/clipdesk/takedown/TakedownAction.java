package com.clipdesk.takedown;

/** The closed vocabulary of a takedown's history. */
public enum TakedownAction {
    APPLIED("Applied"),
    NARROWED("Narrowed"),
    LIFTED("Lifted");

    private final String label;

    TakedownAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
