package com.clipdesk.search;

/** How search results are ordered. */
public enum SearchSort {
    RELEVANCE("Relevance"),
    NEWEST("Newest"),
    MOST_SHARED("Most shared"),
    MOST_REPORTED("Most reported");

    private final String label;

    SearchSort(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
