package com.clipdesk.transparency;

/** automated_detection and incompatible_content_illegal: "Yes" or "No", spelled so. */
public enum YesNo implements ApiValue {
    YES("Yes"),
    NO("No");

    private final String value;

    YesNo(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }

    @Override
    public String label() {
        return value;
    }
}
