package com.clipdesk.search.ui;

import com.clipdesk.report.ReportReason;
import com.clipdesk.search.SearchKind;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The query language on one collapsible card, closed until asked for. */
class QueryHelp extends Details {

    private static final String[][] SYNTAX = {
            {"lighthouse storm", "items with both words, in any language: any case, with or without accents, and simple word forms (finales finds final; 食べる finds 食べた)"},
            {"\"final scene\"", "the exact phrase"},
            {"-trailer", "leave out items with this word"},
            {"light*", "words starting with light (not at the start of a word: *house is refused)"},
            {"lighthose~", "typo tolerance: also lighthouse"},
            {"market:BR", "what members in a market see: listed there and not taken down there"},
            {"takedown:yes  takedown:no", "taken down somewhere (or everywhere), or nowhere"},
            {"state:active  state:pending  state:removed", "where the item stands (reports: state:open, state:closed)"},
            {"spoiler:yes  spoiler:no", "flagged as a spoiler or not"},
            {"lang:pt", "written in a language"},
            {"title:\"The Deep\"", "from a title"},
            {"creator:handle", "by a member"},
            {"reports:>3  shares:>100", "more than 3 reports, more than 100 shares"},
            {"created:2026-01-01..2026-02-01", "created in a date range (UTC)"},
    };

    /** @param kinds the kinds the staff member may search: the help names only those */
    QueryHelp(List<SearchKind> kinds) {
        super("Query language");
        addClassName("cd-search-help");
        Div table = new Div();
        table.addClassName("cd-search-help-table");
        row(table, kinds.stream().map(k -> "kind:" + k.indexValue()).collect(Collectors.joining("  ")),
                "one kind: " + kinds.stream().map(k -> k.label().toLowerCase(Locale.ROOT) + "s")
                        .collect(Collectors.joining(", ")));
        for (String[] row : SYNTAX) {
            row(table, row[0], row[1]);
        }
        if (kinds.contains(SearchKind.REPORT)) {
            row(table, "reason:spam  reason:hate", "reports filed for a reason ("
                    + Arrays.stream(ReportReason.values()).map(r -> r.name().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(", ")) + ")");
        }
        add(table, new Paragraph("Terms combine with AND. Limits: 500 characters, 32 terms, no wildcard at the "
                + "start of a word. An empty query lists everything in your markets, newest first."));
    }

    private static void row(Div table, String example, String meaning) {
        Span code = new Span(example);
        code.addClassName("cd-search-help-example");
        table.add(code, new Span(meaning));
    }
}
