package com.clipdesk.dashboard.ui;

import com.clipdesk.dashboard.DashboardFigures.AppealCounts;
import com.clipdesk.dashboard.DashboardFigures.DailyCounts;
import com.clipdesk.dashboard.DashboardFigures.LatencyDay;
import com.clipdesk.dashboard.DashboardFigures.Series;
import com.clipdesk.shell.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/** The charts' figures as tables (for screen readers, and for anyone who wants the numbers). */
final class FigureTables {

    private FigureTables() {}

    /** Days down, one column per series, newest day first; folded under the chart. */
    static Component daily(DailyCounts counts, String seriesName) {
        var grid = new Grid<Integer>();
        grid.addColumn(d -> counts.days().get(d).toString()).setHeader("Day").setWidth("8rem").setFlexGrow(0)
                .setFrozen(true);
        for (Series s : counts.series()) {
            figure(grid.addColumn(d -> Formats.count(s.values()[d])).setHeader(s.label()));
        }
        figure(grid.addColumn(d -> Formats.count(counts.series().stream().mapToLong(s -> s.values()[d]).sum()))
                .setHeader("Total"));
        grid.setItems(IntStream.range(0, counts.days().size()).map(i -> counts.days().size() - 1 - i).boxed().toList());
        return folded(grid, "Figures per day and " + seriesName.toLowerCase(Locale.ROOT) + " (total "
                + Formats.count(counts.total()) + ")");
    }

    static Component latency(List<LatencyDay> days) {
        var grid = new Grid<LatencyDay>();
        grid.addColumn(l -> l.day().toString()).setHeader("Day").setWidth("8rem").setFlexGrow(0);
        figure(grid.addColumn(l -> Formats.count(l.decisions())).setHeader("Closing decisions"));
        figure(grid.addColumn(l -> hours(l.medianSeconds() / 3600)).setHeader("Median"));
        figure(grid.addColumn(l -> hours(l.p90Seconds() / 3600)).setHeader("90th percentile"));
        grid.setItems(days.reversed());
        return folded(grid, "Figures per day");
    }

    static Component appeals(List<AppealCounts> rows, String label) {
        var grid = new Grid<AppealCounts>();
        grid.addColumn(AppealCounts::label).setHeader(label).setWidth("8rem").setFlexGrow(0);
        figure(grid.addColumn(a -> Formats.count(a.decided())).setHeader("Decided"));
        figure(grid.addColumn(a -> Formats.count(a.overturned())).setHeader("Overturned"));
        figure(grid.addColumn(a -> Formats.count(a.modified())).setHeader("Scope modified"));
        figure(grid.addColumn(a -> Double.isNaN(a.overturnRate()) ? "–"
                : String.format(Locale.ROOT, "%.0f%%", a.overturnRate() * 100)).setHeader("Overturn rate"));
        grid.setItems(rows);
        grid.setEmptyStateText("No decided appeals.");
        return folded(grid, "Appeals per " + label.toLowerCase(Locale.ROOT).replace(" from", ""));
    }

    /** Hours with one decimal, minutes under an hour, "–" when there is nothing. */
    static String hours(double hours) {
        if (Double.isNaN(hours)) {
            return "–";
        }
        if (hours < 1) {
            return String.format(Locale.ROOT, "%.0f min", hours * 60);
        }
        return String.format(Locale.ROOT, hours < 10 ? "%.1f h" : "%,.0f h", hours);
    }

    private static <T> void figure(Grid.Column<T> column) {
        column.setWidth("7.5rem").setFlexGrow(1).setTextAlign(ColumnTextAlign.END);
    }

    private static Component folded(Grid<?> grid, String summary) {
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addClassName("cd-dashboards__table");
        var details = new Details(summary, grid);
        details.addClassName("cd-dashboards__figures");
        return details;
    }
}
