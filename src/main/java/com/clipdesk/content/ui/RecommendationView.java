package com.clipdesk.content.ui;

import com.clipdesk.content.ContentKind;
import com.clipdesk.content.ContentService;
import com.clipdesk.content.RecommendationDetails;
import com.clipdesk.shell.Facts;
import com.clipdesk.shell.Formats;
import com.clipdesk.shell.ItemPage;
import com.clipdesk.shell.ItemSection;
import com.clipdesk.shell.MainLayout;
import com.clipdesk.staff.Role;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * One reported private recommendation: sender, recipient, title, message and the reports on it. For
 * the roles that read reports, in their markets; an unreported one is not found (ContentService).
 */
@Route(value = "recommendations/:id(\\d{1,18})", layout = MainLayout.class)
@RolesAllowed({Role.MODERATOR_NAME, Role.LEAD_MODERATOR_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
class RecommendationView extends ItemPage<RecommendationDetails> {

    private final ContentService content;
    private final List<ItemSection> sections;

    RecommendationView(ContentService content, List<ItemSection> sections) {
        super("Private recommendation");
        this.content = content;
        this.sections = sections;
    }

    @Override
    protected RecommendationDetails load(long id) {
        return content.recommendation(id);
    }

    @Override
    protected void show(RecommendationDetails r) {
        var heading = new H2(r.senderHandle() + " recommends " + r.titleName() + " to " + r.recipientHandle());
        heading.addClassName("cd-item-title");
        var message = new Paragraph(r.message());
        message.addClassName("cd-quote");
        var facts = new Facts()
                .add("Recommendation", "#" + r.id())
                .add("State", new StateBadge(r.state()))
                .add("Sender", r.senderHandle())
                .add("Recipient", r.recipientHandle())
                .add("Title", r.titleName())
                .add("Market", r.market())
                .add("Language", r.language())
                .add("Sent", Formats.dateTime(r.createdAt()))
                .add("Reports", Formats.count(r.reportCount()));
        add(heading, message, facts);
        ItemSections.render(sections, ContentKind.PRIVATE_RECOMMENDATION, r.id()).forEach(this::add);
    }
}
