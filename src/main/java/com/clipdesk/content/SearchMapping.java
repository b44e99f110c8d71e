package com.clipdesk.content;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Facts about how shared content (and, in the report module, reports) is indexed that the search module relies on.
 * Bump {@link #VERSION} whenever an {@code @Indexed} mapping here changes: every document carries it
 * in its {@code mappingVersion} field, and the search module's start-up check rebuilds an index
 * whose documents carry another version (Lucene keeps no schema that create-or-validate could check).
 */
public final class SearchMapping {

    /**
     * 2: full-text "text", title name, creator handle, kind, counts and context added for search.
     * 3: the text also in one field per served language ({@link #LANGUAGES}, {@link #textField}).
     * 4: watch-party messages, reported private recommendations and reports indexed (contentKind
     *    "message", "recommendation", "report"); "titleKeyword" (title facet), "spoiler" (aggregable),
     *    on reports "reason", "subjectKind", "subjectId", and "state" holding the report status name
     *    (searched and projected with the index value model across indexes, since the entities'
     *    state enums differ); every index has shareCount, reportCount and the text_xx fields. The
     *    language fields are no longer stored or highlightable, "text" no longer highlightable
     *    (snippets are marked by the search module), the duplicate "caption" and "body" fields dropped.
     * 5: takedowns (issue 6): "blockedMarkets" (projectable, "*" for everywhere) and "takenDown" on
     *    Moments, submissions and messages; "visibleMarkets" (listed and not taken down there) in every
     *    index, which market: and the market facet read.
     * 6: spoilers (issue 7): "visibleMarkets" also leaves out the markets where the item is embargoed
     *    or spoiler-hidden (its holds).
     */
    public static final int VERSION = 6;

    /** Values of the {@code contentKind} field. */
    public static final String MOMENT = "moment";
    public static final String SUBMISSION = "submission";
    public static final String MESSAGE = "message";
    public static final String RECOMMENDATION = "recommendation";
    public static final String REPORT = "report";

    /** The language-neutral full-text field (analyzer "folded"): every document's text. */
    public static final String TEXT = "text";

    /**
     * Languages with their own analyzer (named by the code): a document's text is also indexed in
     * {@code text_<code>} when its language (or its primary subtag: pt-BR → pt) is one of these.
     */
    public static final List<String> LANGUAGES = List.of("en", "es", "pt", "fr", "de", "ja", "ko");

    private SearchMapping() {}

    /** The full-text field holding the text of documents written in {@code language} (one of {@link #LANGUAGES}). */
    public static String textField(String language) {
        return TEXT + "_" + language;
    }

    /** "pt-BR" → "pt" when pt is served; null for a language without its own analyzer. */
    public static @Nullable String servedLanguage(@Nullable String language) {
        if (language == null) {
            return null;
        }
        String primary = language.split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return LANGUAGES.contains(primary) ? primary : null;
    }
}
