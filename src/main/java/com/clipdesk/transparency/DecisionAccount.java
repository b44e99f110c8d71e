package com.clipdesk.transparency;

/** decision_account: suspension or termination of the recipient's account. */
public enum DecisionAccount implements ApiValue {
    DECISION_ACCOUNT_SUSPENDED("Suspension of the account"),
    DECISION_ACCOUNT_TERMINATED("Termination of the account");

    private final String label;

    DecisionAccount(String label) {
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
