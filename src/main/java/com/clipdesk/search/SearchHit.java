package com.clipdesk.search;

import com.clipdesk.content.ContentKind;
import com.clipdesk.content.ContentState;
import java.time.Instant;
import java.util.Set;

/**
 * One search result as the results grid shows it.
 *
 * @param context where the item belongs: "Title · S1 E3 · 12:01–12:31" for a Moment, "Title · Fan art" for a submission
 * @param snippet the matching text with the matched terms between {@link #MARK_START} and {@link #MARK_END}
 *     (plain text otherwise: the UI escapes it and turns only the markers into highlights)
 * @param route the item's own page, e.g. "moments/42"
 */
public record SearchHit(ContentKind kind, long id, String context, String snippet, String creatorHandle,
        Set<String> markets, ContentState state, String language, Instant createdAt, int shareCount,
        int reportCount, String route) {

    public static final String MARK_START = "\u0002";
    public static final String MARK_END = "\u0003";
}
