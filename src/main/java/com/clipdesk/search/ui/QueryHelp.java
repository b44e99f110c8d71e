package com.clipdesk.search.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** The query language on one collapsible card, closed until asked for. */
class QueryHelp extends Details {

    private static final String[][] SYNTAX = {
            {"lighthouse storm", "items with both words, in any language: any case, with or without accents, and simple word forms (finales finds final; 食べる finds 食べた)"},
            {"\"final scene\"", "the exact phrase"},
            {"-trailer", "leave out items with this word"},
            {"light*", "words starting with light (not at the start of a word: *house is refused)"},
            {"lighthose~", "typo tolerance: also lighthouse"},
            {"market:BR", "visible in a market"},
            {"kind:moment  kind:submission", "Moments or fandom submissions"},
            {"state:active  state:pending  state:removed", "where the item stands"},
            {"lang:pt", "written in a language"},
            {"title:\"The Deep\"", "from a title"},
            {"creator:handle", "by a member"},
            {"reports:>3  shares:>100", "more than 3 reports, more than 100 shares"},
            {"created:2026-01-01..2026-02-01", "created in a date range (UTC)"},
    };

    QueryHelp() {
        super("Query language");
        addClassName("cd-search-help");
        Div table = new Div();
        table.addClassName("cd-search-help-table");
        for (String[] row : SYNTAX) {
            Span example = new Span(row[0]);
            example.addClassName("cd-search-help-example");
            table.add(example, new Span(row[1]));
        }
        add(table, new Paragraph("Terms combine with AND. Limits: 500 characters, 32 terms, no wildcard at the "
                + "start of a word. An empty query lists everything in your markets, newest first."));
    }
}
