package com.clipdesk.transparency;

/** How statements are exported. */
public enum ExportFormat {
    /** {@code {"statements": [...]}}, the body of the API's multiple-statements endpoint. */
    JSON("json", "application/json"),
    /** One row per statement, one column per API attribute; arrays as JSON arrays. */
    CSV("csv", "text/csv");

    private final String extension;
    private final String contentType;

    ExportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }
}
