package com.clipdesk.transparency;

/** account_type (optional). */
public enum AccountType implements ApiValue {
    ACCOUNT_TYPE_BUSINESS("Business"),
    ACCOUNT_TYPE_PRIVATE("Private");

    private final String label;

    AccountType(String label) {
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
