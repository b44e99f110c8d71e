package com.clipdesk.policy;

/** Where a policy version stands. Superseded is not stored: a later published version took effect. */
public enum PolicyStatus {
    DRAFT("Draft"),
    SUBMITTED("Submitted for review"),
    APPROVED("Approved"),
    PUBLISHED("Published");

    private final String label;

    PolicyStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
