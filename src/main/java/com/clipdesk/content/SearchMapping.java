package com.clipdesk.content;

/**
 * Facts about how Moments and fandom submissions are indexed that the search module relies on.
 * Bump {@link #VERSION} whenever an {@code @Indexed} mapping here changes: every document carries it
 * in its {@code mappingVersion} field, and the search module's start-up check rebuilds an index
 * whose documents carry another version (Lucene keeps no schema that create-or-validate could check).
 */
public final class SearchMapping {

    /** 2: full-text "text", title name, creator handle, kind, counts and context added for search. */
    public static final int VERSION = 2;

    /** Values of the {@code contentKind} field. */
    public static final String MOMENT = "moment";
    public static final String SUBMISSION = "submission";

    private SearchMapping() {}
}
