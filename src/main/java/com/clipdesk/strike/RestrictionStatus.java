package com.clipdesk.strike;

/**
 * A restriction's life: {@code RECOMMENDED} then {@code DISMISSED} or {@code APPLIED}; an applied one
 * is in force until it ends ({@code endsAt}) or is {@code LIFTED}.
 */
public enum RestrictionStatus {
    RECOMMENDED("Recommended"),
    DISMISSED("Dismissed"),
    APPLIED("Applied"),
    LIFTED("Lifted");

    private final String label;

    RestrictionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
