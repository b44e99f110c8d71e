package com.clipdesk.notice.ui;

import com.clipdesk.content.ContentKind;
import com.clipdesk.notice.NoticeRow;
import com.clipdesk.notice.NoticeService;
import com.clipdesk.shell.Formats;
import com.clipdesk.shell.ItemSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * "Notices to the member" on the pages of items and members: what the member was told, newest first,
 * each one a line (date, kind, language, subject) that opens to the text as sent.
 */
@org.springframework.stereotype.Component
class NoticesSection implements ItemSection {

    static final String MEMBER = "MEMBER";
    static final int MEMBER_PAGE_LIMIT = 50;

    private final NoticeService notices;

    NoticesSection(NoticeService notices) {
        this.notices = notices;
    }

    @Override
    public String title() {
        return "Notices to the member";
    }

    @Override
    public int order() {
        return 8;
    }

    @Override
    public boolean appliesTo(String subjectKind) {
        return MEMBER.equals(subjectKind) || Arrays.stream(ContentKind.values()).anyMatch(k -> k.name().equals(subjectKind));
    }

    @Override
    public Component render(String subjectKind, long subjectId) {
        if (!notices.canRead()) {
            return muted("Notices to members are visible to trust-and-safety staff and auditors.");
        }
        List<NoticeRow> rows;
        String more = "";
        if (MEMBER.equals(subjectKind)) {
            rows = notices.toMember(subjectId, MEMBER_PAGE_LIMIT);
            long total = notices.countToMember(subjectId);
            if (total > rows.size()) {
                more = "The latest " + rows.size() + " of " + Formats.count(total) + " notices.";
            }
        } else {
            rows = notices.onItem(ContentKind.valueOf(subjectKind), subjectId);
        }
        var list = new Div();
        list.addClassName("cd-notices");
        if (rows.isEmpty()) {
            list.add(muted(MEMBER.equals(subjectKind) ? "No notices to this member yet."
                    : "No notices about this item yet."));
            return list;
        }
        rows.forEach(n -> list.add(notice(n)));
        if (!more.isEmpty()) {
            list.add(muted(more));
        }
        return list;
    }

    private static Component notice(NoticeRow n) {
        var kind = new Span(n.kind().label());
        kind.addClassNames("cd-badge", "cd-badge--notice");
        var language = new Span(n.language().toUpperCase(Locale.ROOT));
        language.addClassNames("cd-badge", "cd-badge--closed");
        language.getElement().setAttribute("title", Locale.forLanguageTag(n.language()).getDisplayLanguage(Locale.ENGLISH));
        var date = new Span(Formats.shortDateTime(n.createdAt()));
        date.addClassName("cd-muted");
        var subject = new Span(n.subject());
        subject.addClassName("cd-notice__subject");
        var summary = new Div(date, kind, language, subject);
        summary.addClassName("cd-notice__summary");
        var body = new Div(n.body());
        body.addClassName("cd-notice__body");
        body.getElement().setAttribute("lang", n.language());
        var facts = muted(n.decisionReference() + " · " + n.itemKind().label() + " #" + n.itemId() + " · member #"
                + n.memberId() + " · template version " + n.templateVersion());
        var details = new Details(summary, new Div(body, facts));
        details.addClassName("cd-notice");
        return details;
    }

    private static Paragraph muted(String text) {
        var p = new Paragraph(text);
        p.addClassName("cd-muted");
        return p;
    }
}
