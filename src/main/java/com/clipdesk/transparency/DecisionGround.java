package com.clipdesk.transparency;

/** decision_ground: the basis of the decision. */
public enum DecisionGround implements ApiValue {
    DECISION_GROUND_ILLEGAL_CONTENT("Illegal Content"),
    DECISION_GROUND_INCOMPATIBLE_CONTENT("Content incompatible with terms and conditions");

    private final String label;

    DecisionGround(String label) {
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
