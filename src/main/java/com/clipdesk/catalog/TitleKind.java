package com.clipdesk.catalog;

/** What kind of title; sharing policies set clip lengths per kind. */
public enum TitleKind {
    SERIES("Series"),
    FILM("Film"),
    DOCUMENTARY("Documentary"),
    ANIME("Anime");

    private final String label;

    TitleKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
