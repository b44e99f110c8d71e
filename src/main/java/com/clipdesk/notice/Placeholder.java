package com.clipdesk.notice;

import java.util.List;

/** A {@code {{name}}} a template may use, and what it stands for (shown beside the editor). */
public record Placeholder(String name, String meaning) {

    /** Every placeholder there is; anything else in {@code {{ }}} is refused when a template is saved. */
    public static final List<Placeholder> ALL = List.of(
            new Placeholder("item", "The content, e.g. Moment “Nobody saw that ending…” (Harbour Lights S1E2)"),
            new Placeholder("decision", "What was decided, in the notice's language, e.g. Taken down"),
            new Placeholder("ground", "The terms clause or the law relied on"),
            new Placeholder("explanation", "The decider's explanation or the reason code's description"),
            new Placeholder("markets", "Country names in the notice's language, or “all markets”"),
            new Placeholder("date", "The decision's date, written the member's way"),
            new Placeholder("appeal", "How to appeal (or, after an appeal, what redress is left)"),
            new Placeholder("reference", "What the member quotes, e.g. takedown #12"));

    public String token() {
        return "{{" + name + "}}";
    }
}
