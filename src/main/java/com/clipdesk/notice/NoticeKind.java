package com.clipdesk.notice;

import java.util.Set;

/** What a notice tells the member; one template per kind and language. */
public enum NoticeKind {
    CONTENT_REMOVED("Content removed", true),
    SPOILER_FLAGGED("Labelled as a spoiler", true),
    TAKEN_DOWN("Taken down", true),
    TAKEDOWN_NARROWED("Takedown narrowed", true),
    TAKEDOWN_LIFTED("Takedown lifted", false),
    APPEAL_UPHELD("Appeal: decision upheld", true),
    APPEAL_OVERTURNED("Appeal: decision overturned", false),
    APPEAL_MODIFIED("Appeal: fewer markets", true);

    private final String label;
    private final boolean restricts;

    NoticeKind(String label, boolean restricts) {
        this.label = label;
        this.restricts = restricts;
    }

    public String label() {
        return label;
    }

    /**
     * Placeholders the body must hold: every notice says where and quotes its reference; a notice of
     * a restriction also says on what ground and how to appeal (or, after an appeal, what redress
     * is left), as DSA Art. 17 and 21 ask.
     */
    public Set<String> requiredPlaceholders() {
        return restricts ? Set.of("markets", "reference", "ground", "appeal") : Set.of("markets", "reference");
    }
}
