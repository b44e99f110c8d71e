package com.clipdesk.content;

public enum SubmissionKind {
    FAN_ART("Fan art"),
    EDIT("Edit"),
    THEORY("Theory"),
    QUOTE("Quote");

    private final String label;

    SubmissionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
