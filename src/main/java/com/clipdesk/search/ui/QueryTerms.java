package com.clipdesk.search.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * The query as whitespace-separated terms, so a facet can tell whether its token is already part of
 * the query and add or remove it. A quoted phrase ({@code title:"the end"}) counts as one term; the
 * search service does the real parsing.
 */
final class QueryTerms {

    private QueryTerms() {}

    static List<String> of(String query) {
        List<String> terms = new ArrayList<>();
        StringBuilder term = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (Character.isWhitespace(c) && !quoted) {
                if (!term.isEmpty()) {
                    terms.add(term.toString());
                    term.setLength(0);
                }
            } else {
                term.append(c);
            }
        }
        if (!term.isEmpty()) {
            terms.add(term.toString());
        }
        return terms;
    }

    static boolean contains(String query, String token) {
        return of(query).stream().anyMatch(token::equalsIgnoreCase);
    }

    /** The query with the token removed when present (every occurrence), otherwise added at the end. */
    static String toggle(String query, String token) {
        List<String> terms = of(query);
        if (terms.stream().anyMatch(token::equalsIgnoreCase)) {
            terms.removeIf(token::equalsIgnoreCase);
        } else {
            terms.add(token);
        }
        return String.join(" ", terms);
    }
}
