package com.clipdesk.takedown.ui;

import com.clipdesk.takedown.LegalOrderView;
import com.vaadin.flow.component.html.Span;

/** How a rejected legal order reads on the takedowns page and the item page: a badge and the reason. */
final class LegalOrderLines {

    private LegalOrderLines() {}

    static Span rejected(LegalOrderView o) {
        var badge = new Span("Rejected");
        badge.addClassNames("cd-badge", "cd-badge--closed");
        var note = new Span(o.closedNote() == null ? "" : o.closedNote());
        note.addClassName("cd-legal-order__note");
        var line = new Span(badge, note);
        line.addClassName("cd-legal-order__outcome");
        return line;
    }
}
