package com.clipdesk.curation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where in the product a board's Moments are shown. */
public enum Surface {
    HOME_ROW("Home row"),
    TITLE_PAGE("Title page");

    private final String label;

    Surface(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Parses "home_row" or "HOME_ROW"; empty for anything else. */
    public static Optional<Surface> parse(String value) {
        String normalized = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(s -> s.name().equals(normalized)).findFirst();
    }
}
