package com.clipdesk.transparency;

/** source_type: where the information the decision relied on came from. */
public enum SourceType implements ApiValue {
    SOURCE_ARTICLE_16("Notice submitted in accordance with Article 16 DSA"),
    SOURCE_TRUSTED_FLAGGER("Notice submitted by a trusted flagger"),
    SOURCE_TYPE_OTHER_NOTIFICATION("Other type of notification"),
    SOURCE_VOLUNTARY("Own voluntary initiative");

    private final String label;

    SourceType(String label) {
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
