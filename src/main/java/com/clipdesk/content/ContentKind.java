package com.clipdesk.content;

/** The kinds of content members share and staff review. Stored by name in reports and audit events. */
public enum ContentKind {
    MOMENT("Moment", "moments"),
    FANDOM_SUBMISSION("Fandom submission", "submissions"),
    PRIVATE_RECOMMENDATION("Private recommendation", "recommendations"),
    WATCH_PARTY_MESSAGE("Watch-party message", "messages");

    private final String label;
    private final String route;

    ContentKind(String label, String route) {
        this.label = label;
        this.route = route;
    }

    public String label() {
        return label;
    }

    /**
     * The route of the item's own page. Watch-party messages and private recommendations have one too,
     * open to the roles that read reports (a recommendation only once reported).
     */
    public String route() {
        return route;
    }
}
