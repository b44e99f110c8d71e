package com.clipdesk.spoiler;

/** Where a spoiler flag was set. */
public enum FlagSource {
    /** A review decision "flag as spoiler" on a case. */
    REVIEW("review"),
    /** "Flag as spoiler…" on the item's page. */
    ITEM_PAGE("item page"),
    /** A bulk decision on search results. */
    BULK_SEARCH("bulk from search"),
    /** A rule on ingest that pre-flags matching new items (docs/rules.md). */
    RULE("rule on ingest");

    private final String label;

    FlagSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
