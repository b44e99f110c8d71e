package com.clipdesk.review.ui;

import com.clipdesk.content.ContentState;
import com.clipdesk.content.ContentSubject;
import com.clipdesk.content.MomentDetails;
import com.clipdesk.report.ReportRow;
import com.clipdesk.review.CaseRow;
import com.clipdesk.review.CaseWork;
import com.clipdesk.review.DecisionLine;
import com.clipdesk.review.QueueSelection;
import com.clipdesk.shell.Facts;
import com.clipdesk.shell.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The read parts of the case page: the item now and as reported, the Moment, reports, history. */
final class CaseSections {

    private static final int HISTORY_LINES = 8;

    private CaseSections() {}

    /** The item as it is now beside the snapshot taken when it was first reported; changes stand out. */
    static Component content(CaseWork work) {
        ContentSubject now = work.current();
        CaseWork.Snapshot then = work.snapshot();
        boolean contextChanged = !Objects.equals(now.context(), then.context());
        boolean textChanged = !Objects.equals(now.text(), then.text());
        boolean authorChanged = !Objects.equals(now.authorHandle(), then.author());
        boolean stateChanged = now.state() != then.state();
        boolean changed = contextChanged || textChanged || authorChanged || stateChanged;

        var heading = new H3(now.kind().label() + " #" + now.id());
        var headingRow = new Div(heading);
        headingRow.addClassName("cd-case__section-heading");
        if (changed) {
            var badge = badge("Changed since reported", "cd-badge--changed");
            headingRow.add(badge);
        } else {
            headingRow.add(muted("Unchanged since reported"));
        }
        var nowCard = card("Now", null, now.context(), now.text(), now.authorHandle(), now.state(),
                contextChanged, textChanged, authorChanged, stateChanged);
        var thenCard = card("As first reported", "snapshot " + Formats.dateTime(then.takenAt()), then.context(),
                then.text(), then.author(), then.state(), false, false, false, false);
        if (changed) {
            nowCard.addClassName("cd-case-card--changed");
        }
        var pair = new Div(nowCard, thenCard);
        pair.addClassName("cd-case__compare");
        var section = new Div(headingRow, pair);
        if (now.route() != null) {
            section.add(new Anchor(now.route(), "Open the " + now.kind().label().toLowerCase(Locale.ROOT) + " page →"));
        }
        return section;
    }

    private static Div card(String title, String subtitle, String context, String text, String author,
            ContentState state, boolean contextChanged, boolean textChanged, boolean authorChanged,
            boolean stateChanged) {
        var head = new Div(new Span(title));
        head.addClassName("cd-case-card__title");
        if (subtitle != null) {
            head.add(muted(subtitle));
        }
        var contextLine = changedIf(new Paragraph(context), contextChanged);
        contextLine.addClassName("cd-case-card__context");
        var body = changedIf(new Paragraph(text.isBlank() ? "(no text)" : text), textChanged);
        body.addClassName("cd-case-card__text");
        var facts = new Facts()
                .add("Author", changedIf(new Span(author), authorChanged))
                .add("State", changedIf(badge(state.label(), "cd-badge--" + state.name().toLowerCase(Locale.ROOT)
                        .replace('_', '-')), stateChanged));
        var card = new Div(head, contextLine, body, facts);
        card.addClassName("cd-case-card");
        return card;
    }

    private static <C extends Component> C changedIf(C component, boolean changed) {
        if (changed) {
            component.getElement().getClassList().add("cd-diff");
            component.getElement().setAttribute("title", "Differs from the snapshot");
        }
        return component;
    }

    /** The Moment's title, episode and timecode, with its share links (the related items by link). */
    static Component moment(MomentDetails m) {
        var facts = new Facts()
                .add("Title", m.titleName())
                .add("Episode", m.episodeLabel())
                .add("Timecode", m.timecode())
                .add("Shares", Formats.count(m.shareCount()));
        return new Div(new H3("Moment"), facts);
    }

    static Component shareLinks(MomentDetails m) {
        var list = list();
        for (MomentDetails.ShareLinkLine link : m.shareLinks()) {
            list.add(line(new Span(link.token()), muted(link.destination().label()),
                    muted(link.revokedAt() == null ? "active since " + Formats.date(link.createdAt())
                            : "revoked " + Formats.date(link.revokedAt()))));
        }
        if (m.shareLinks().isEmpty()) {
            list.add(muted("Not shared by link."));
        }
        return new Div(new H4("Share links of this Moment (" + m.shareLinks().size() + ")"), list);
    }

    /** The reports the reviewer may see (those of their markets); says how many open ones are elsewhere. */
    static Component reports(List<ReportRow> reports, int openOnCase) {
        var list = list();
        for (ReportRow r : reports) {
            var reason = badge(r.reason().label(), "cd-badge--severity-" + Math.min(3, r.reason().severity()));
            var link = new Anchor("reports/" + r.id(), "#" + r.id());
            var line = line(reason, new Span(r.market()), muted(r.reporterHandle()),
                    muted(Formats.dateTime(r.createdAt())), muted(r.status().label()), link);
            if (r.freeText() != null && !r.freeText().isBlank()) {
                var words = new Span("“" + r.freeText() + "”");
                words.addClassName("cd-case__words");
                line.add(words);
            }
            list.add(line);
        }
        if (reports.isEmpty()) {
            list.add(muted("No reports: a pre-moderation case."));
        }
        long open = reports.stream().filter(r -> r.status() == com.clipdesk.report.ReportStatus.OPEN).count();
        String heading = open == reports.size() ? "Reports (" + reports.size() + ")"
                : "Reports (" + open + " open, " + (reports.size() - open) + " earlier)";
        if (openOnCase > open) {
            heading += " · " + (openOnCase - open) + " more open in other markets";
        }
        return new Div(new H3(heading), list);
    }

    /** What reviewers decided on this case so far, and an escalation's note for the lead. */
    static Component decisions(CaseWork work) {
        var section = new Div(new H3("Decisions on this case"));
        if (work.escalationNote() != null) {
            var note = new Paragraph(work.escalationNote());
            note.addClassName("cd-quote");
            section.add(muted("Note from " + (work.escalatedBy() == null ? "the reviewer" : work.escalatedBy()) + ":"), note);
        }
        var list = list();
        work.decisions().forEach(d -> list.add(decisionLine(d)));
        if (work.decisions().isEmpty()) {
            list.add(muted("None yet."));
        }
        section.add(list);
        return section;
    }

    /** The creator's record and their other cases in the reviewer's markets. */
    static Component creator(CaseWork work, QueueSelection selection) {
        CaseWork.CreatorHistory h = work.creator();
        var summary = new Facts()
                .add("Creator", h.handle())
                .add("Removed before", Formats.count(h.removals()) + (h.removals() == 1 ? " item" : " items"))
                .add("Kept before", Formats.count(h.keeps()) + (h.keeps() == 1 ? " item" : " items"));
        var earlier = list();
        h.earlierDecisions().stream().limit(HISTORY_LINES).forEach(d -> earlier.add(decisionLine(d)));
        if (h.earlierDecisions().isEmpty()) {
            earlier.add(muted("No earlier decisions on this creator."));
        }
        var others = list();
        for (CaseRow c : h.otherCases().stream().limit(HISTORY_LINES).toList()) {
            var link = new Anchor(CaseView.location(c.id(), selection), "Case #" + c.id());
            others.add(line(link, muted(c.kind().label()), muted(c.reasonLabel()), muted(c.status().label())));
        }
        if (h.otherCases().isEmpty()) {
            others.add(muted("No other cases."));
        }
        return new Div(new H3("Creator"), summary, new H4("Earlier decisions"), earlier,
                new H4("Other cases of this creator (" + h.otherCases().size() + ")"), others);
    }

    private static Div decisionLine(DecisionLine d) {
        var line = line(new Span(d.disposition().label() + (d.markSpoiler() ? " + spoiler" : "")),
                muted(d.reasonLabel()), muted(d.decidedByName()), muted(Formats.dateTime(d.decidedAt())));
        if (d.note() != null) {
            var words = new Span("“" + d.note() + "”");
            words.addClassName("cd-case__words");
            line.add(words);
        }
        return line;
    }

    static Span badge(String text, String variant) {
        var badge = new Span(text);
        badge.addClassNames("cd-badge", variant);
        return badge;
    }

    static Span muted(String text) {
        var span = new Span(text);
        span.addClassName("cd-muted");
        return span;
    }

    private static Div list() {
        var list = new Div();
        list.addClassName("cd-list");
        return list;
    }

    private static Div line(Component... parts) {
        return new Div(parts);
    }
}
