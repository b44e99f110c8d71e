package com.clipdesk.content.ui;

import com.clipdesk.content.ContentKind;
import com.clipdesk.content.ContentService;
import com.clipdesk.content.SubmissionDetails;
import com.clipdesk.shell.Formats;
import com.clipdesk.shell.Facts;
import com.clipdesk.shell.MemberLink;
import com.clipdesk.shell.ItemPage;
import com.clipdesk.shell.ItemSection;
import com.clipdesk.shell.MainLayout;
import com.clipdesk.staff.Role;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.TreeSet;

/** One fandom submission: its text, media, tags, where it is visible and the reports on it. */
@Route(value = "submissions/:id(\\d{1,18})", layout = MainLayout.class)
@RolesAllowed({Role.MODERATOR_NAME, Role.LEAD_MODERATOR_NAME, Role.POLICY_ADMIN_NAME, Role.CURATOR_NAME,
        Role.AUDITOR_NAME, Role.ADMIN_NAME})
class SubmissionView extends ItemPage<SubmissionDetails> {

    private final ContentService content;
    private final List<ItemSection> sections;

    SubmissionView(ContentService content, List<ItemSection> sections) {
        super("Fandom submission");
        this.content = content;
        this.sections = sections;
    }

    @Override
    protected SubmissionDetails load(long id) {
        return content.submission(id);
    }

    @Override
    protected void show(SubmissionDetails s) {
        var back = new RouterLink("← All fandom submissions", SubmissionsView.class);
        var heading = new H2(s.kind().label() + " for " + s.titleName());
        heading.addClassName("cd-item-title");
        var body = new Paragraph(s.body());
        body.addClassName("cd-quote");
        var facts = new Facts()
                .add("Submission", "#" + s.id())
                .add("State", new StateBadge(s.state()))
                .add("Creator", new MemberLink(s.creatorId(), s.creatorHandle(), "(home market " + s.creatorMarket() + ")"))
                .add("Language", s.language())
                .add("Created", Formats.dateTime(s.createdAt()))
                .add("Visible in", Formats.markets(s.markets()))
                .add("Tags", s.tags().isEmpty() ? "—" : String.join(", ", new TreeSet<>(s.tags())))
                .add("Media", s.mediaRef() == null ? "—" : s.mediaRef())
                .add("Reports", Formats.count(s.reportCount()));
        add(back, heading, body, facts);
        ItemSections.render(sections, ContentKind.FANDOM_SUBMISSION, s.id()).forEach(this::add);
    }
}
