package com.clipdesk.transparency;

/** decision_provision: suspension or termination of the provision of the service. */
public enum DecisionProvision implements ApiValue {
    DECISION_PROVISION_PARTIAL_SUSPENSION("Partial suspension of the provision of the service"),
    DECISION_PROVISION_TOTAL_SUSPENSION("Total suspension of the provision of the service"),
    DECISION_PROVISION_PARTIAL_TERMINATION("Partial termination of the provision of the service"),
    DECISION_PROVISION_TOTAL_TERMINATION("Total termination of the provision of the service");

    private final String label;

    DecisionProvision(String label) {
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
