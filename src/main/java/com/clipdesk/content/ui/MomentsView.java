package com.clipdesk.content.ui;

import com.clipdesk.catalog.CatalogService;
import com.clipdesk.content.ContentFilter;
import com.clipdesk.content.ContentService;
import com.clipdesk.content.MomentRow;
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
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;

/** Every Moment in the staff member's markets, newest first, filterable. */
@Route(value = "moments", layout = MainLayout.class)
@PageTitle("Moments · Clipdesk")
@Menu(order = 10, title = "Moments", icon = "vaadin:film")
@RolesAllowed({Role.MODERATOR_NAME, Role.LEAD_MODERATOR_NAME, Role.POLICY_ADMIN_NAME, Role.CURATOR_NAME,
        Role.AUDITOR_NAME, Role.ADMIN_NAME})
class MomentsView extends VerticalLayout implements BeforeEnterObserver {

    private final ContentService content;
    private final Grid<MomentRow> grid = new Grid<>(MomentRow.class, false);
    private final ListHeader header = new ListHeader("Moments", "Moment", "Moments");
    private final ContentFilterBar bar;
    private ContentFilter filter = ContentFilter.none();

    MomentsView(ContentService content, CatalogService catalog) {
        this.content = content;
        bar = new ContentFilterBar(catalog.marketsInScope(), content.languages(), this::filterBy);

        grid.addColumn(MomentRow::caption).setHeader("Caption").setFlexGrow(3).setTooltipGenerator(MomentRow::caption);
        grid.addColumn(MomentRow::titleAndEpisode).setHeader("Title and episode").setFlexGrow(3)
                .setTooltipGenerator(MomentRow::titleAndEpisode);
        grid.addColumn(MomentRow::timecode).setHeader("Timecode").setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(MomentRow::language).setHeader("Lang").setWidth("4.5rem").setFlexGrow(0);
        grid.addColumn(r -> Formats.markets(r.markets())).setHeader("Markets").setFlexGrow(1)
                .setTooltipGenerator(r -> Formats.markets(r.markets()));
        grid.addColumn(r -> Formats.shortDateTime(r.createdAt())).setHeader("Created (UTC)").setSortProperty("createdAt")
                .setWidth("9.5rem").setFlexGrow(0);
        grid.addComponentColumn(r -> new StateBadge(r.state())).setHeader("State").setWidth("9rem").setFlexGrow(0);
        grid.addColumn(MomentRow::shareCount).setHeader("Shares").setSortProperty("shareCount").setWidth("6rem")
                .setFlexGrow(0).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.addColumn(MomentRow::reportCount).setHeader("Reports").setSortProperty("reportCount").setWidth("6.5rem")
                .setFlexGrow(0).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addItemClickListener(e -> e.getSource().getUI()
                .ifPresent(ui -> ui.navigate(MomentView.class, new com.vaadin.flow.router.RouteParameters("id",
                        String.valueOf(e.getItem().id())))));
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
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location("moments", bar.toQuery())));
        refresh();
    }

    private void refresh() {
        ContentFilter current = filter;
        long count = content.countMoments(current);
        header.setCount(count);
        grid.setItems(q -> content.moments(current, VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) count);
    }
}
