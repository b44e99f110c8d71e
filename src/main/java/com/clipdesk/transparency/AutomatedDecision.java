package com.clipdesk.transparency;

/** automated_decision: whether the decision was taken by automated means. */
public enum AutomatedDecision implements ApiValue {
    AUTOMATED_DECISION_FULLY("Fully automated"),
    AUTOMATED_DECISION_PARTIALLY("Partially automated"),
    AUTOMATED_DECISION_NOT_AUTOMATED("Not Automated");

    private final String label;

    AutomatedDecision(String label) {
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
