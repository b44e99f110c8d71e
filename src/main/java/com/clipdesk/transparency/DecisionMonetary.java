package com.clipdesk.transparency;

/** decision_monetary: monetary payments suspension, termination or other restriction. */
public enum DecisionMonetary implements ApiValue {
    DECISION_MONETARY_SUSPENSION("Suspension of monetary payments"),
    DECISION_MONETARY_TERMINATION("Termination of monetary payments"),
    DECISION_MONETARY_OTHER("Other restriction (please specify)");

    private final String label;

    DecisionMonetary(String label) {
        this.label = label;
    }

    @Override
    public String value() {
        return name();
    }

    @Override
    public String label() {
        return label;
    }
}
