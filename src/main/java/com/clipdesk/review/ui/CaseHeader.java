package com.clipdesk.review.ui;

import com.clipdesk.review.CaseRow;
import com.clipdesk.review.CaseStatus;
import com.clipdesk.review.CaseWork;
import com.clipdesk.shell.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;

/** The case page's first lines: id, kind, markets, top reason, time left until the deadline, holder. */
final class CaseHeader extends Div {

    private final Span sla = new Span();
    private final Span holder = new Span();
    private final CaseRow row;

    CaseHeader(CaseWork work, Instant now) {
        this.row = work.row();
        addClassName("cd-case__header");
        var title = new H2("Case #" + row.id() + " · " + row.kind().label());
        title.addClassName("cd-item-title");
        var facts = new Div();
        facts.addClassName("cd-case__header-facts");
        facts.add(CaseSections.badge(row.status().label(), "cd-badge--status"));
        facts.add(CaseSections.badge(row.reasonLabel(), "cd-badge--severity-" + Math.min(3, Math.max(1, row.severity()))));
        facts.add(fact("Markets", Formats.markets(row.markets())));
        facts.add(fact("Open reports", Formats.count(row.reportCount())));
        if (row.reportCount() > 0) {
            facts.add(fact("Reporters", Formats.count(row.reporterCount())));
            facts.add(fact("Reported", row.firstReportedAt().equals(row.lastReportedAt())
                    ? Formats.dateTime(row.firstReportedAt())
                    : Formats.dateTime(row.firstReportedAt()) + " – " + Formats.dateTime(row.lastReportedAt())));
        }
        facts.add(fact("Shares", Formats.count(row.shareCount())));
        sla.addClassName("cd-sla");
        holder.addClassName("cd-case__holder");
        facts.add(sla, holder);
        add(title, facts);
        refresh(work.claimedByMe(), now);
    }

    /** Updates the timer and the holder; called on open and on every lease renewal. */
    void refresh(boolean mine, Instant now) {
        if (row.status() == CaseStatus.CLOSED) {
            sla.setText("Decided");
            sla.removeClassName("cd-sla--overdue");
        } else {
            Duration left = Duration.between(now, row.dueAt());
            boolean overdue = left.isNegative();
            sla.setText(overdue ? "Overdue by " + span(left.negated()) : span(left) + " left");
            sla.setClassName("cd-sla--overdue", overdue);
            sla.getElement().setAttribute("title", "Due " + Formats.dateTime(row.dueAt()));
        }
        if (mine) {
            holder.setText("Held by you");
        } else if (row.claimedAt(now)) {
            holder.setText("Held by " + row.claimedByName() + " until " + Formats.dateTime(row.leaseUntil()));
        } else {
            holder.setText("Not held");
        }
        holder.setClassName("cd-case__holder--mine", mine);
    }

    /** "2 d 3 h", "4 h 12 min", "7 min". */
    static String span(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        if (minutes >= 48 * 60) {
            return minutes / (24 * 60) + " d " + (minutes % (24 * 60)) / 60 + " h";
        }
        if (minutes >= 60) {
            return minutes / 60 + " h " + minutes % 60 + " min";
        }
        return minutes + " min";
    }

    private static Span fact(String label, String value) {
        var l = new Span(label + " ");
        l.addClassName("cd-muted");
        var span = new Span(l, new Span(value));
        span.addClassName("cd-case__fact");
        return span;
    }

    String slaText() {
        return sla.getText();
    }

    String holderText() {
        return holder.getText();
    }
}
