package com.clipdesk.content.ui;

import com.clipdesk.catalog.CatalogService;
import com.clipdesk.content.ContentFilter;
import com.clipdesk.content.ContentService;
import com.clipdesk.content.SubmissionRow;
import com.clipdesk.shell.Formats;
import com.clipdesk.shell.ListHeader;
import com.clipdesk.shell.MainLayout;
import com.clipdesk.staff.Role;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;

/** Every fandom submission in the staff member's markets, newest first, filterable. */
@Route(value = "submissions", layout = MainLayout.class)
@PageTitle("Fandom submissions · Clipdesk")
@Menu(order = 20, title = "Fandom submissions", icon = "vaadin:palette")
@RolesAllowed({Role.MODERATOR_NAME, Role.LEAD_MODERATOR_NAME, Role.POLICY_ADMIN_NAME, Role.CURATOR_NAME,
        Role.AUDITOR_NAME, Role.ADMIN_NAME})
class SubmissionsView extends VerticalLayout implements BeforeEnterObserver {

    private final ContentService content;
    private final Grid<SubmissionRow> grid = new Grid<>(SubmissionRow.class, false);
    private final ListHeader header = new ListHeader("Fandom submissions", "submission", "submissions");
    private final ContentFilterBar bar;
    private ContentFilter filter = ContentFilter.none();

    SubmissionsView(ContentService content, CatalogService catalog) {
        this.content = content;
        bar = new ContentFilterBar(catalog.marketsInScope(), content.languages(), this::filterBy);

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
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addItemClickListener(e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(SubmissionView.class,
                new RouteParameters("id", String.valueOf(e.getItem().id())))));
        grid.setSizeFull();

        add(header, bar, grid);
        setSizeFull();
    }

    /** Filters come from the address (deep links, back and forward) and go back into it. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        bar.apply(event.getLocation().getQueryParameters());
    }

    private void filterBy(ContentFilter newFilter) {
        filter = newFilter;
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location("submissions", bar.toQuery())));
        refresh();
    }

    private void refresh() {
        ContentFilter current = filter;
        long count = content.countSubmissions(current);
        header.setCount(count);
        grid.setItems(q -> content.submissions(current, VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) count);
    }
}
