package com.clipdesk.review;

/** Why a case exists: members reported the subject, or its market holds new submissions for review. */
public enum CaseOrigin {
    REPORTS("Reports"),
    PRE_MODERATION("Pre-moderation");

    private final String label;

    CaseOrigin(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
