package com.clipdesk.report.ui;

import com.clipdesk.content.ContentSubject;
import com.clipdesk.report.ReportDetails;
import com.clipdesk.report.ReportRow;
import com.clipdesk.report.ReportService;
import com.clipdesk.shell.Formats;
import com.clipdesk.shell.MainLayout;
import com.clipdesk.staff.Role;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

/** One report: what the member said, the item it is about, and the other reports on that item. */
@Route(value = "reports/:id(\\d{1,18})", layout = MainLayout.class)
@RolesAllowed({Role.MODERATOR_NAME, Role.LEAD_MODERATOR_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
class ReportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ReportService reports;
    private String title = "Report · Clipdesk";

    ReportView(ReportService reports) {
        this.reports = reports;
        addClassName("cd-item-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get("id").orElseThrow());
        ReportDetails details = reports.report(id);
        title = "Report #" + id + " · Clipdesk";
        removeAll();
        show(details);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(ReportDetails details) {
        ReportRow r = details.report();
        ContentSubject s = details.subject();
        var heading = new H2("Report #" + r.id() + ": " + r.reason().label());
        heading.addClassName("cd-item-title");
        var words = new Paragraph(r.freeText() == null ? "The reporter added no words." : "“" + r.freeText() + "”");
        words.addClassName("cd-quote");

        var facts = new Div();
        facts.addClassName("cd-facts");
        fact(facts, "Reason", ReportsGrid.reason(r));
        fact(facts, "Status", new Span(r.status().label()));
        fact(facts, "Filed in", new Span(r.market()));
        fact(facts, "Filed", new Span(Formats.dateTime(r.createdAt())));
        fact(facts, "Reporter", new Span(r.reporterHandle()));

        var subjectFacts = new Div();
        subjectFacts.addClassName("cd-facts");
        fact(subjectFacts, "Kind", new Span(s.kind().label() + " #" + s.id()));
        fact(subjectFacts, "Context", new Span(s.context()));
        fact(subjectFacts, s.recipientHandle() == null ? "Author" : "Sender", new Span(s.authorHandle()));
        if (s.recipientHandle() != null) {
            fact(subjectFacts, "Recipient", new Span(s.recipientHandle()));
        }
        fact(subjectFacts, "Language", new Span(s.language()));
        fact(subjectFacts, "Visible in", new Span(Formats.markets(s.markets())));
        fact(subjectFacts, "State", new Span(s.state().label()));
        fact(subjectFacts, "Posted", new Span(Formats.dateTime(s.createdAt())));
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

    private static void fact(Div facts, String label, com.vaadin.flow.component.Component value) {
        var term = new Span(label);
        term.addClassName("cd-facts__label");
        value.getElement().getClassList().add("cd-facts__value");
        facts.add(term, value);
    }
}
