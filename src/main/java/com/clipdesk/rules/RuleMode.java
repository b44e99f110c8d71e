package com.clipdesk.rules;

/** Whether a rule acts: shadow records what it would have done, enabled acts, disabled does nothing. */
public enum RuleMode {
    SHADOW("Shadow"),
    ENABLED("Enabled"),
    DISABLED("Disabled");

    private final String label;

    RuleMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Shadow and enabled rules are evaluated on new items. */
    public boolean evaluates() {
        return this != DISABLED;
    }
}
