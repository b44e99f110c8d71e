package com.clipdesk.report.ui;

import com.clipdesk.report.ReportRow;
import com.clipdesk.shell.Formats;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;

/** The columns every list of reports shows; a click opens the report. */
class ReportsGrid extends Grid<ReportRow> {

    ReportsGrid(boolean withSubject) {
        super(ReportRow.class, false);
        addComponentColumn(ReportsGrid::reason).setHeader("Reason").setAutoWidth(true).setFlexGrow(0);
        if (withSubject) {
            addColumn(r -> r.subjectKind().label() + " #" + r.subjectId()).setHeader("Reported item").setFlexGrow(1);
        }
        addColumn(r -> r.freeText() == null ? "—" : r.freeText()).setHeader("Reporter's words").setFlexGrow(3)
                .setTooltipGenerator(r -> r.freeText() == null ? "" : r.freeText());
        addColumn(ReportRow::market).setHeader("Market").setWidth("6rem").setFlexGrow(0);
        addColumn(ReportRow::reporterHandle).setHeader("Reporter").setFlexGrow(1);
        addColumn(r -> Formats.shortDateTime(r.createdAt())).setHeader("Filed (UTC)").setSortProperty("createdAt")
                .setWidth("9.5rem").setFlexGrow(0);
        addColumn(r -> r.status().label()).setHeader("Status").setWidth("6rem").setFlexGrow(0);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        addItemClickListener(e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(ReportView.class,
                new RouteParameters("id", String.valueOf(e.getItem().id())))));
    }

    static Span reason(ReportRow r) {
        var badge = new Span(r.reason().label());
        badge.addClassNames("cd-badge", "cd-badge--severity-" + r.reason().severity());
        badge.getElement().setAttribute("title", "Severity " + r.reason().severity() + " of 6 (1 is most urgent)");
        return badge;
    }

}
