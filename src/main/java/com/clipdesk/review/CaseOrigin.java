package com.clipdesk.review;

/**
 * Why a case exists: members reported the subject, its market holds new submissions for review, or
 * a staff member acted on the item directly (a bulk action on search results) when it had no case,
 * or a rule on ingest routed the new item to a queue (docs/rules.md).
 */
public enum CaseOrigin {
    REPORTS("Reports"),
    PRE_MODERATION("Pre-moderation"),
    STAFF("Staff action"),
    RULE("Rule on ingest");

    private final String label;

    CaseOrigin(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
