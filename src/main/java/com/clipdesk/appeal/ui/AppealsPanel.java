package com.clipdesk.appeal.ui;

import com.clipdesk.appeal.AppealOutcome;
import com.clipdesk.appeal.AppealService;
import com.clipdesk.appeal.AppealView;
import com.clipdesk.content.ContentKind;
import com.clipdesk.shell.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.TreeSet;
import org.springframework.security.access.AccessDeniedException;

/** The item's appeals, newest first, each opening its dialog; "Record appeal…" for moderators, leads and admins. */
class AppealsPanel extends VerticalLayout {

    private final AppealService appeals;
    private final ContentKind kind;
    private final long itemId;
    final Button record = new Button("Record appeal…", VaadinIcon.ENVELOPE_O.create());

    AppealsPanel(AppealService appeals, ContentKind kind, long itemId) {
        this.appeals = appeals;
        this.kind = kind;
        this.itemId = itemId;
        setPadding(false);
        setSpacing(false);
        addClassName("cd-appeals");
        record.addThemeVariants(ButtonVariant.LUMO_SMALL);
        record.setId("record-appeal");
        record.addClickListener(e -> new RecordAppealDialog(appeals, kind, itemId, this::refresh).open());
        refresh();
    }

    void refresh() {
        removeAll();
        List<AppealView> found;
        try {
            found = appeals.onItem(kind, itemId);
        } catch (AccessDeniedException notForThisRole) {
            add(muted("Appeals are visible to trust-and-safety staff."));
            return;
        }
        if (found.isEmpty()) {
            add(muted("No appeals."));
        }
        for (AppealView a : found) {
            add(line(a));
        }
        if (appeals.mayRecord() && !appeals.appealableOn(kind, itemId).isEmpty()) {
            add(record);
        }
    }

    /** A decision changes the takedowns and the item's state above: the whole page shows them anew. */
    private static void reloadPage() {
        com.vaadin.flow.component.UI.getCurrent().refreshCurrentRoute(false);
    }

    private Div line(AppealView a) {
        var badge = new Span(a.open() ? "Open" : a.outcome().label()
                + (a.outcome() == AppealOutcome.MODIFIED ? " to " + String.join(", ", new TreeSet<>(a.marketsAfter())) : ""));
        badge.addClassNames("cd-badge", a.open() ? "cd-badge--open"
                : a.outcome() == AppealOutcome.OVERTURNED ? "cd-badge--keep" : "cd-badge--closed");
        var open = new Button("Appeal #" + a.id() + " against " + a.decisionLabel().toLowerCase(java.util.Locale.ROOT),
                e -> new DecideAppealDialog(appeals, a, AppealsPanel::reloadPage).open());
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        var meta = new Span((a.appellantHandle() == null ? "" : a.appellantHandle() + " · ") + a.channel().label()
                + " · " + Formats.shortDateTime(a.receivedAt())
                + (a.open() ? "" : " · decided by " + a.decidedBy()));
        meta.addClassName("cd-muted");
        var line = new Div(badge, open, meta);
        line.addClassName("cd-appeal-line");
        return line;
    }

    private static Paragraph muted(String text) {
        var p = new Paragraph(text);
        p.addClassName("cd-muted");
        return p;
    }
}
