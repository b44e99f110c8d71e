package com.clipdesk.catalog;

/** A title as pickers show it. */
public record TitleSummary(long id, String name, TitleKind kind, int releaseYear) {

    static TitleSummary of(Title t) {
        return new TitleSummary(t.getId(), t.getName(), t.getKind(), t.getReleaseYear());
    }

    /** "Operation Marigold · Series · 2024" */
    public String label() {
        return name + " · " + kind.label() + " · " + releaseYear;
    }
}
