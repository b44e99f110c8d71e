package com.clipdesk.content.ui;

import com.clipdesk.content.ContentKind;
import com.clipdesk.content.ContentService;
import com.clipdesk.content.MessageDetails;
import com.clipdesk.shell.Facts;
import com.clipdesk.shell.MemberLink;
import com.clipdesk.shell.Formats;
import com.clipdesk.shell.ItemPage;
import com.clipdesk.shell.ItemSection;
import com.clipdesk.shell.MainLayout;
import com.clipdesk.staff.Role;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * One watch-party message: what it says, who wrote it in which party and episode, the chat around
 * it, and the reports on it. For the roles that read reports, in their markets (ContentService).
 */
@Route(value = "messages/:id(\\d{1,18})", layout = MainLayout.class)
@RolesAllowed({Role.MODERATOR_NAME, Role.LEAD_MODERATOR_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
class MessageView extends ItemPage<MessageDetails> {

    static final String CHAT_CLASS = "cd-chat";
    static final String CURRENT_LINE_CLASS = "cd-chat-line--current";

    private final ContentService content;
    private final List<ItemSection> sections;

    MessageView(ContentService content, List<ItemSection> sections) {
        super("Watch-party message");
        this.content = content;
        this.sections = sections;
    }

    @Override
    protected MessageDetails load(long id) {
        return content.message(id);
    }

    @Override
    protected void show(MessageDetails m) {
        var heading = new H2("Message in watch party #" + m.partyId());
        heading.addClassName("cd-item-title");
        var body = new Paragraph(m.body());
        body.addClassName("cd-quote");
        var badges = new Div(new StateBadge(m.state()));
        if (m.spoiler()) {
            var spoiler = new Span("Spoiler");
            spoiler.addClassNames("cd-badge", "cd-badge--spoiler");
            badges.add(spoiler);
        }
        var facts = new Facts()
                .add("Message", "#" + m.id())
                .add("State", badges)
                .add("Author", new MemberLink(m.authorId(), m.authorHandle()))
                .add("Party", m.context())
                .add("Episode", m.episodeLabel())
                .add("Market", m.market())
                .add("Language", m.language())
                .add("Sent", Formats.dateTime(m.sentAt()))
                .add("Reports", Formats.count(m.reportCount()));
        add(heading, body, facts, chat(m));
        ItemSections.render(sections, ContentKind.WATCH_PARTY_MESSAGE, m.id()).forEach(this::add);
    }

    /** The few lines before and after, as the members saw them. */
    private static Div chat(MessageDetails m) {
        var chat = new Div(new H3("In the chat"));
        chat.addClassName(CHAT_CLASS);
        m.before().forEach(line -> chat.add(line(line.authorHandle(), line.sentAt(), line.body(), false)));
        chat.add(line(m.authorHandle(), m.sentAt(), m.body(), true));
        m.after().forEach(line -> chat.add(line(line.authorHandle(), line.sentAt(), line.body(), false)));
        return chat;
    }

    private static Div line(String author, java.time.Instant sentAt, String text, boolean current) {
        var who = new Span(author + " · " + Formats.shortDateTime(sentAt) + " UTC");
        who.addClassName("cd-muted");
        var line = new Div(who, new Paragraph(text));
        line.addClassName("cd-chat-line");
        if (current) {
            line.addClassName(CURRENT_LINE_CLASS);
        }
        return line;
    }
}
