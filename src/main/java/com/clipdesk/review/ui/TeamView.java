package com.clipdesk.review.ui;

import com.clipdesk.review.ReviewStats;
import com.clipdesk.review.ReviewerThroughput;
import com.clipdesk.shell.Formats;
import com.clipdesk.shell.MainLayout;
import com.clipdesk.staff.Role;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;

/** Decisions per reviewer today and over the last seven days, for leads. */
@Route(value = "review/team", layout = MainLayout.class)
@PageTitle("Review team · Clipdesk")
@Menu(order = 2, title = "Review team", icon = "vaadin:chart-3d")
@RolesAllowed({Role.LEAD_MODERATOR_NAME, Role.ADMIN_NAME})
class TeamView extends VerticalLayout {

    TeamView(ReviewStats stats) {
        addClassName("cd-team");
        var intro = new Paragraph("Decisions per reviewer. Handed over: escalations and second-opinion requests. "
                + "Per hour: decisions between the reviewer's first and last decision of the period (at least an hour). "
                + "Days are UTC.");
        intro.addClassName("cd-muted");
        add(new H2("Review team"), intro, new H3("Today"), grid(stats.today()), new H3("Last 7 days"),
                grid(stats.lastSevenDays()));
    }

    private static Grid<ReviewerThroughput> grid(List<ReviewerThroughput> rows) {
        var grid = new Grid<ReviewerThroughput>(ReviewerThroughput.class, false);
        grid.addColumn(ReviewerThroughput::displayName).setHeader("Reviewer").setFlexGrow(1)
                .setTooltipGenerator(ReviewerThroughput::username);
        figure(grid.addColumn(r -> Formats.count(r.decisions())).setHeader("Decisions"));
        figure(grid.addColumn(r -> Formats.count(r.kept())).setHeader("Kept"));
        figure(grid.addColumn(r -> Formats.count(r.removed())).setHeader("Removed"));
        figure(grid.addColumn(r -> Formats.count(r.handedOver())).setHeader("Handed over"));
        figure(grid.addColumn(r -> String.format(Locale.US, "%.1f", r.perHour())).setHeader("Per hour"));
        grid.addColumn(r -> Formats.shortDateTime(r.last())).setHeader("Last decision (UTC)").setWidth("11rem")
                .setFlexGrow(0);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText("No decisions in this period.");
        grid.addClassName("cd-team__grid");
        return grid;
    }

    private static void figure(Grid.Column<ReviewerThroughput> column) {
        column.setWidth("7.5rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
    }
}
