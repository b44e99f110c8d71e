package com.clipdesk.transparency;

/** content_type (an array): the type of content the decision restricts. */
public enum ContentType implements ApiValue {
    CONTENT_TYPE_APP("App"),
    CONTENT_TYPE_AUDIO("Audio"),
    CONTENT_TYPE_IMAGE("Image"),
    CONTENT_TYPE_PRODUCT("Product"),
    CONTENT_TYPE_SYNTHETIC_MEDIA("Synthetic Media"),
    CONTENT_TYPE_TEXT("Text"),
    CONTENT_TYPE_VIDEO("Video"),
    CONTENT_TYPE_OTHER("Other");

    private final String label;

    ContentType(String label) {
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
