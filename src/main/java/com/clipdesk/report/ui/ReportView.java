package com.clipdesk.report.ui;

import com.clipdesk.content.ContentSubject;
import com.clipdesk.report.ReportDetails;
import com.clipdesk.report.ReportRow;
import com.clipdesk.report.ReportService;
import com.clipdesk.shell.Facts;
import com.clipdesk.shell.Formats;
import com.clipdesk.shell.ItemPage;
import com.clipdesk.shell.MainLayout;
import com.clipdesk.staff.Role;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

/** One report: what the member said, the item it is about, and the other reports on that item. */
@Route(value = "reports/:id(\\d{1,18})", layout = MainLayout.class)
@RolesAllowed({Role.MODERATOR_NAME, Role.LEAD_MODERATOR_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
class ReportView extends ItemPage<ReportDetails> {

    private final ReportService reports;

    ReportView(ReportService reports) {
        super("Report");
        this.reports = reports;
    }

    @Override
    protected ReportDetails load(long id) {
        return reports.report(id);
    }

    @Override
    protected void show(ReportDetails details) {
        ReportRow r = details.report();
        ContentSubject s = details.subject();
        var heading = new H2("Report #" + r.id() + ": " + r.reason().label());
        heading.addClassName("cd-item-title");
        var words = new Paragraph(r.freeText() == null ? "The reporter added no words." : "“" + r.freeText() + "”");
        words.addClassName("cd-quote");

        var facts = new Facts()
                .add("Reason", ReportsGrid.reason(r))
                .add("Status", r.status().label())
                .add("Filed in", r.market())
                .add("Filed", Formats.dateTime(r.createdAt()))
                .add("Reporter", r.reporterHandle());

        var subjectFacts = new Facts()
                .add("Kind", s.kind().label() + " #" + s.id())
                .add("Context", s.context())
                .add(s.recipientHandle() == null ? "Author" : "Sender", s.authorHandle());
        if (s.recipientHandle() != null) {
            subjectFacts.add("Recipient", s.recipientHandle());
        }
        subjectFacts.add("Language", s.language())
                .add("Visible in", Formats.markets(s.markets()))
                .add("State", s.state().label())
                .add("Posted", Formats.dateTime(s.createdAt()));
        var subjectText = new Paragraph(s.text());
        subjectText.addClassName("cd-quote");

        add(new RouterLink("← All reports", ReportsView.class), heading, words, facts,
                new H3("Reported " + s.kind().label().toLowerCase(java.util.Locale.ROOT)), subjectText, subjectFacts);
        if (s.route() != null) {
            add(new Anchor(s.route(), "Open the " + s.kind().label().toLowerCase(java.util.Locale.ROOT) + " page →"));
        } else {
            var note = new Paragraph("Only the two members involved see this item; staff see it through reports.");
            note.addClassName("cd-muted");
            add(note);
        }
        var others = new ReportsGrid(false);
        others.setItems(details.reportsOnSubject());
        others.setAllRowsVisible(true);
        add(new H3("All reports on this item in your markets (" + details.reportsOnSubject().size() + ")"), others);
    }
}
