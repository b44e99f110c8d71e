package com.clipdesk.takedown.ui;

import com.clipdesk.takedown.LegalOrderView;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/** How a rejected legal order reads on the takedowns page and the item page: a badge and the reason. */
final class LegalOrderLines {

    private LegalOrderLines() {}

    static Span rejected(LegalOrderView o) {
        return rejected(o, null);
    }

    /** The badge, then {@code what} (e.g. which order, when), then the reason. */
    static Span rejected(LegalOrderView o, @Nullable String what) {
        var badge = new Span("Rejected");
        badge.addClassNames("cd-badge", "cd-badge--closed");
        var note = new Span(o.closedNote() == null ? "" : o.closedNote());
        note.addClassName("cd-legal-order__note");
        var line = what == null ? new Span(badge, note) : new Span(badge, new Span(what), note);
        line.addClassName("cd-legal-order__outcome");
        return line;
    }
}
