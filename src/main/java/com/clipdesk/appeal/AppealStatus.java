package com.clipdesk.appeal;

/** Where an appeal stands. */
public enum AppealStatus {
    OPEN("Open"),
    DECIDED("Decided");

    private final String label;

    AppealStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
