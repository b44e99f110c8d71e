package com.clipdesk.search;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A parsed query: clauses that must all hold (AND), some of them excluded (NOT). Empty = everything. */
record SearchQuery(List<Clause> clauses) {

    SearchQuery {
        clauses = List.copyOf(clauses);
    }

    boolean isEmpty() {
        return clauses.isEmpty();
    }

    /** One term of the query; {@code position} is its character offset, for messages. */
    sealed interface Clause permits Text, Keyword, NumberRange, DateRange {
        boolean excluded();

        int position();
    }

    enum TextMatch { WORD, PHRASE, PREFIX, FUZZY }

    /** Free text: a word, an exact phrase, a prefix (without its *) or a fuzzy word (without its ~). */
    record Text(String text, TextMatch match, boolean excluded, int position) implements Clause {}

    /**
     * {@code market:BR}, {@code kind:moment}, {@code state:pending}, {@code lang:pt}, {@code title:"…"},
     * {@code creator:…}, {@code reason:SPAM} (a ReportReason name), {@code spoiler:true|false}.
     */
    record Keyword(Field field, String value, boolean excluded, int position) implements Clause {}

    /** {@code reports:>3} and the like, as inclusive bounds. */
    record NumberRange(Field field, long min, long max, boolean excluded, int position) implements Clause {}

    /** {@code created:2026-01-01..2026-02-01}: inclusive days in UTC; either end may be open. */
    record DateRange(@Nullable LocalDate from, @Nullable LocalDate to, boolean excluded, int position)
            implements Clause {}

    /** The fields of the query language, by the name people type. */
    enum Field {
        MARKET("market"), KIND("kind"), STATE("state"), LANG("lang"), TITLE("title"), REPORTS("reports"),
        SHARES("shares"), CREATED("created"), CREATOR("creator"), REASON("reason"), SPOILER("spoiler"),
        TAKEDOWN("takedown");

        final String typed;

        Field(String typed) {
            this.typed = typed;
        }
    }
}
