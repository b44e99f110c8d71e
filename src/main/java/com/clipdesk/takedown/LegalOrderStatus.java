package com.clipdesk.takedown;

/** Where an authority's order stands: open until a takedown fulfils it or staff reject it. */
public enum LegalOrderStatus {
    OPEN("Open"),
    FULFILLED("Fulfilled"),
    REJECTED("Rejected");

    private final String label;

    LegalOrderStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
