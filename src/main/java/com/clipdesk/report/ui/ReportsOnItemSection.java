package com.clipdesk.report.ui;

import com.clipdesk.content.ContentKind;
import com.clipdesk.report.ReportRow;
import com.clipdesk.report.ReportService;
import com.clipdesk.shell.ItemSection;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;

/** The reports on an item of any kind, on the item's page. */
@org.springframework.stereotype.Component
class ReportsOnItemSection implements ItemSection {

    private final ReportService reports;

    ReportsOnItemSection(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public String title() {
        return "Reports";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public boolean appliesTo(String subjectKind) {
        // every content kind; not the member page ("MEMBER")
        return java.util.Arrays.stream(ContentKind.values()).anyMatch(k -> k.name().equals(subjectKind));
    }

    @Override
    public com.vaadin.flow.component.Component render(String subjectKind, long subjectId) {
        if (!reports.canRead()) {
            var note = new Paragraph("Reports are visible to trust-and-safety staff and auditors.");
            note.addClassName("cd-muted");
            return note;
        }
        List<ReportRow> rows = reports.reportsOn(ContentKind.valueOf(subjectKind), subjectId);
        var grid = new ReportsGrid(false);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No reports on this item in your markets.");
        return grid;
    }
}
