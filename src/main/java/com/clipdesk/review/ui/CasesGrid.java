package com.clipdesk.review.ui;

import com.clipdesk.review.CaseRow;
import com.clipdesk.shell.Formats;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;

/** A queue's cases in priority order: what, where, how urgent, who has it. */
class CasesGrid extends Grid<CaseRow> {

    private static final int TEXT_MAX = 140;

    private final Clock clock;

    CasesGrid(Clock clock) {
        super(CaseRow.class, false);
        this.clock = clock;
        addComponentColumn(CasesGrid::reason).setHeader("Reason").setWidth("9.5rem").setFlexGrow(0);
        addComponentColumn(CasesGrid::kindAndMarkets).setHeader("Kind · markets").setWidth("10rem").setFlexGrow(0)
                .setTooltipGenerator(r -> r.kind().label() + " in " + Formats.markets(r.markets()));
        addColumn(r -> truncated(r.snapshotText())).setHeader("Item as reported").setFlexGrow(1)
                .setTooltipGenerator(CaseRow::snapshotText);
        addColumn(r -> Formats.count(r.reportCount())).setHeader("Reports").setWidth("5rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        addColumn(r -> Formats.count(r.shareCount())).setHeader("Shares").setWidth("5rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        addComponentColumn(this::sla).setHeader("Time to decide").setWidth("10rem").setFlexGrow(0)
                .setTooltipGenerator(r -> "Due " + Formats.dateTime(r.dueAt()));
        addColumn(r -> r.claimedAt(clock.instant()) ? r.claimedByName() : "").setHeader("Claimed by")
                .setWidth("7.5rem").setFlexGrow(0);
        setPartNameGenerator(r -> r.overdueAt(clock.instant()) ? "cd-overdue" : null);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setEmptyStateText("Nothing waiting in this queue.");
        addClassName("cd-cases");
    }

    private static Span reason(CaseRow r) {
        var badge = new Span(r.reasonLabel());
        badge.addClassNames("cd-badge", "cd-badge--severity-" + r.severity());
        badge.getElement().setAttribute("title", r.category().label() + ", severity " + r.severity()
                + " of 6 (1 is most urgent)");
        return badge;
    }

    private static com.vaadin.flow.component.html.Div kindAndMarkets(CaseRow r) {
        var markets = new Span(Formats.markets(r.markets()));
        markets.addClassName("cd-cases__markets");
        var cell = new com.vaadin.flow.component.html.Div(new Span(r.kind().label()), markets);
        cell.addClassName("cd-cases__kind");
        return cell;
    }

    private Span sla(CaseRow r) {
        var now = clock.instant();
        var text = new Span(SlaText.of(r.dueAt(), now));
        text.addClassName(r.overdueAt(now) ? "cd-badge" : "cd-sla");
        if (r.overdueAt(now)) {
            text.addClassName("cd-badge--overdue");
        }
        return text;
    }

    private static String truncated(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= TEXT_MAX ? oneLine : oneLine.substring(0, TEXT_MAX - 1) + "…";
    }
}
