package com.clipdesk.takedown.ui;

import com.clipdesk.content.ContentKind;
import com.clipdesk.shell.Facts;
import com.clipdesk.shell.Formats;
import com.clipdesk.takedown.LegalOrderView;
import com.clipdesk.takedown.TakedownHistoryLine;
import com.clipdesk.takedown.TakedownService;
import com.clipdesk.takedown.TakedownView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * An item's takedowns with their history and its legal orders (open ones counting down, rejected ones with
 * the reason); "Take down…" and, for leads and admins, "Narrow…", "Lift…" and "Reject…" on open orders.
 */
class TakedownsPanel extends Div {

    static final String TAKE_DOWN = "Take down…";
    static final String RECORD_ORDER = "Record legal order…";

    private final TakedownService takedowns;
    private final ContentKind kind;
    private final long itemId;

    TakedownsPanel(TakedownService takedowns, ContentKind kind, long itemId) {
        this.takedowns = takedowns;
        this.kind = kind;
        this.itemId = itemId;
        addClassName("cd-takedowns");
        refresh();
    }

    void refresh() {
        removeAll();
        List<TakedownView> all = takedowns.onItem(kind, itemId);
        var toolbar = new Div();
        toolbar.addClassName("cd-takedown-toolbar");
        long active = all.stream().filter(TakedownView::active).count();
        var summary = new Span(active == 0 ? "Not taken down anywhere." : all.stream().filter(TakedownView::active)
                .map(TakedownView::badge).reduce((a, b) -> a + "; " + b).orElse(""));
        summary.addClassName(active == 0 ? "cd-muted" : "cd-takedown-summary");
        toolbar.add(summary);
        if (takedowns.mayTakeDown()) {
            var takeDown = new Button(TAKE_DOWN, e -> new TakedownDialog(takedowns, kind, itemId, view -> {
                Notices.success(view.badge() + ".");
                visibilityChanged();
            }).open());
            takeDown.addThemeVariants(ButtonVariant.LUMO_ERROR);
            var order = new Button(RECORD_ORDER, e -> new LegalOrderDialog(takedowns, kind, itemId, o -> {
                Notices.success("Legal order " + o.reference() + " recorded"
                        + (o.takedownId() == null ? "; deadline " + Formats.shortDateTime(o.deadline()) + " UTC."
                                : ", fulfilled by takedown #" + o.takedownId() + "."));
                refresh();
            }).open());
            order.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            toolbar.add(takeDown, order);
        }
        add(toolbar);
        for (LegalOrderView order : takedowns.openLegalOrdersOn(kind, itemId)) {
            var line = new Div(new Span("Open legal order " + order.reference() + " of " + order.authority() + " for "
                    + String.join(", ", new java.util.TreeSet<>(order.markets())) + ", deadline "
                    + Formats.shortDateTime(order.deadline()) + " UTC · "), new Countdown(order, takedowns.now()));
            line.addClassName("cd-takedown-order");
            if (takedowns.mayRejectLegalOrders()) {
                var reject = small(new Button(RejectLegalOrderDialog.REJECT, e -> new RejectLegalOrderDialog(takedowns,
                        order, done -> {
                            Notices.success("Legal order " + done.reference() + " rejected.");
                            refresh();
                        }, this::refresh).open()));
                reject.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                line.add(reject);
            }
            add(line);
        }
        for (LegalOrderView order : takedowns.rejectedLegalOrdersOn(kind, itemId)) {
            var line = new Div(LegalOrderLines.rejected(order, "Legal order " + order.reference() + " of "
                    + order.authority() + " for " + String.join(", ", new java.util.TreeSet<>(order.markets()))
                    + (order.closedAt() == null ? "" : ", " + Formats.shortDateTime(order.closedAt()) + " UTC") + ":"));
            line.addClassNames("cd-takedown-order", "cd-takedown-order--rejected");
            add(line);
        }
        all.forEach(t -> add(card(t)));
    }

    private Div card(TakedownView t) {
        var title = new H4(t.badge());
        var status = new Span(t.status().label());
        status.addClassNames("cd-badge", t.active() ? "cd-badge--takedown" : "cd-badge--closed");
        var head = new Div(title, status);
        head.addClassName("cd-takedown__head");
        if (t.active() && takedowns.mayLift()) {
            var actions = new Div();
            actions.addClassName("cd-takedown__actions");
            if (t.everywhere() || t.markets().size() > 1) {
                actions.add(small(new Button("Narrow…", e -> new ChangeTakedownDialog(takedowns, t, true, this::changed).open())));
            }
            actions.add(small(new Button("Lift…", e -> new ChangeTakedownDialog(takedowns, t, false, this::changed).open())));
            head.add(actions);
        }
        var facts = new Facts()
                .add("Ground", t.ground().label() + " — " + t.groundReference())
                .add("Reason code", t.reasonLabel() + " (" + t.reasonCode() + ")")
                .add("Decided", t.decidedBy() + " · " + Formats.dateTime(t.decidedAt()))
                .add("Explanation", t.explanation());
        LegalOrderView order = t.legalOrder();
        if (order != null) {
            facts.add("Legal order", order.authority() + ", " + order.reference() + " · received "
                    + Formats.shortDateTime(order.receivedAt()) + " UTC, deadline " + Formats.shortDateTime(order.deadline())
                    + " UTC" + (order.closedLate() ? " · fulfilled late" : ""));
        }
        var history = new UnorderedList();
        history.addClassName("cd-takedown__history");
        for (TakedownHistoryLine line : t.history()) {
            history.add(new ListItem(line.action().label() + (line.markets().isEmpty() ? "" : " · " + line.markets())
                    + " · " + line.actor() + " · " + Formats.shortDateTime(line.at()) + " UTC — " + line.reason()));
        }
        var card = new Div(head, facts, history);
        card.addClassName("cd-takedown");
        if (!t.active()) {
            card.addClassName("cd-takedown--lifted");
        }
        return card;
    }

    private void changed() {
        Notices.success("Takedown updated.");
        visibilityChanged();
    }

    /** Shows the whole item page afresh: its "Visible in" and share links above this panel change too. */
    private void visibilityChanged() {
        var ui = getUI();
        if (ui.isPresent()) {
            ui.get().refreshCurrentRoute(false);
        } else {
            refresh();
        }
    }

    private static Button small(Button button) {
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

}
