package com.clipdesk.report;

public enum ReportStatus {
    OPEN("Open"),
    CLOSED("Closed");

    private final String label;

    ReportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
