package com.clipdesk.transparency;

/** decision_visibility (an array): visibility restrictions of specific items of information. */
public enum DecisionVisibility implements ApiValue {
    DECISION_VISIBILITY_CONTENT_REMOVED("Removal of content"),
    DECISION_VISIBILITY_CONTENT_DISABLED("Disabling access to content"),
    DECISION_VISIBILITY_CONTENT_DEMOTED("Demotion of content"),
    DECISION_VISIBILITY_CONTENT_AGE_RESTRICTED("Age restricted content"),
    DECISION_VISIBILITY_CONTENT_INTERACTION_RESTRICTED("Restricting interaction with content"),
    DECISION_VISIBILITY_CONTENT_LABELLED("Labelled content"),
    DECISION_VISIBILITY_OTHER("Other restriction (please specify)");

    private final String label;

    DecisionVisibility(String label) {
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
