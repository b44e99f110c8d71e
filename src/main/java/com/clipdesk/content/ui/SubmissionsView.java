package com.clipdesk.content.ui;

import com.clipdesk.catalog.CatalogService;
import com.clipdesk.content.ContentFilter;
import com.clipdesk.content.ContentService;
import com.clipdesk.content.SubmissionRow;
import com.clipdesk.shell.Formats;
import com.clipdesk.shell.ListHeader;
import com.clipdesk.shell.MainLayout;
import com.clipdesk.staff.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Stream;
import org.springframework.data.domain.Pageable;

/** Every fandom submission in the staff member's markets, newest first, filterable. */
@Route(value = "submissions", layout = MainLayout.class)
@PageTitle("Fandom submissions · Clipdesk")
@Menu(order = 20, title = "Fandom submissions", icon = "vaadin:palette")
@RolesAllowed({Role.MODERATOR_NAME, Role.LEAD_MODERATOR_NAME, Role.POLICY_ADMIN_NAME, Role.CURATOR_NAME,
        Role.AUDITOR_NAME, Role.ADMIN_NAME})
class SubmissionsView extends ContentListView<SubmissionRow> {

    private final ContentService content;

    SubmissionsView(ContentService content, CatalogService catalog) {
        super(SubmissionRow.class, new ListHeader("Fandom submissions", "submission", "submissions"), "submissions",
                catalog.marketsInScope(), content.languages());
        this.content = content;

        grid.addColumn(SubmissionRow::excerpt).setHeader("Text").setFlexGrow(4).setTooltipGenerator(SubmissionRow::excerpt);
        grid.addColumn(r -> r.kind().label()).setHeader("Kind").setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(SubmissionRow::titleName).setHeader("Title").setFlexGrow(2)
                .setTooltipGenerator(SubmissionRow::titleName);
        grid.addColumn(SubmissionRow::language).setHeader("Lang").setWidth("4.5rem").setFlexGrow(0);
        grid.addColumn(r -> Formats.markets(r.markets())).setHeader("Markets").setFlexGrow(1)
                .setTooltipGenerator(r -> Formats.markets(r.markets()));
        grid.addColumn(r -> Formats.shortDateTime(r.createdAt())).setHeader("Created (UTC)").setSortProperty("createdAt")
                .setWidth("9.5rem").setFlexGrow(0);
        grid.addComponentColumn(r -> new StateBadge(r.state())).setHeader("State").setWidth("9rem").setFlexGrow(0);
        grid.addColumn(SubmissionRow::reportCount).setHeader("Reports").setSortProperty("reportCount")
                .setWidth("6.5rem").setFlexGrow(0).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
    }

    @Override
    protected long count(ContentFilter filter) {
        return content.countSubmissions(filter);
    }

    @Override
    protected Stream<SubmissionRow> page(ContentFilter filter, Pageable page) {
        return content.submissions(filter, page).stream();
    }

    @Override
    protected long idOf(SubmissionRow row) {
        return row.id();
    }

    @Override
    protected Class<? extends Component> itemPage() {
        return SubmissionView.class;
    }
}
