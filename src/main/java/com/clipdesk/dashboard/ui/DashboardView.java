package com.clipdesk.dashboard.ui;

import com.clipdesk.catalog.MarketView;
import com.clipdesk.dashboard.DashboardFigures.AppealCounts;
import com.clipdesk.dashboard.DashboardFigures.DailyCounts;
import com.clipdesk.dashboard.DashboardFigures.FeaturedShares;
import com.clipdesk.dashboard.DashboardFigures.LatencyDay;
import com.clipdesk.dashboard.Dashboards;
import com.clipdesk.dashboard.LatencyBuckets;
import com.clipdesk.review.QueueSummary;
import com.clipdesk.shell.Formats;
import com.clipdesk.shell.MainLayout;
import com.clipdesk.staff.Role;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Dashboards: for leads and admins the review backlog, decisions, time to decision and appeal
 * overturns of their markets; for curators (and admins) the share counts of featured Moments. The
 * market and period are in the URL ({@code ?market=FR&days=30}). Every chart has its figures in a
 * table under it.
 */
@Route(value = "dashboards", layout = MainLayout.class)
@PageTitle("Dashboards · Clipdesk")
@Menu(order = 2.5, title = "Dashboards", icon = "vaadin:dashboard")
@RolesAllowed({Role.LEAD_MODERATOR_NAME, Role.ADMIN_NAME, Role.CURATOR_NAME})
@StyleSheet("styles/dashboards.css")
class DashboardView extends VerticalLayout implements BeforeEnterObserver {

    static final List<Integer> PERIODS = List.of(7, 30, 90);
    private static final String ALL = "";

    private final Dashboards dashboards;
    private final Select<String> market = new Select<>();
    private final RadioButtonGroup<Integer> period = new RadioButtonGroup<>();
    private final Div review = new Div();
    private @Nullable String marketCode;
    private int days = 30;

    DashboardView(Dashboards dashboards) {
        this.dashboards = dashboards;
        addClassName("cd-dashboards");
        add(new H2("Dashboards"));
        if (dashboards.showsReview()) {
            List<String> codes = new ArrayList<>();
            codes.add(ALL);
            dashboards.markets().stream().map(MarketView::code).forEach(codes::add);
            market.setLabel("Market");
            market.setItems(codes);
            market.setItemLabelGenerator(c -> c.isEmpty() ? "All my markets" : c);
            market.setValue(ALL);
            period.setLabel("Period");
            period.setItems(PERIODS);
            period.setItemLabelGenerator(d -> d + " days");
            period.setValue(days);
            market.addValueChangeListener(e -> { if (e.isFromClient()) navigate(); });
            period.addValueChangeListener(e -> { if (e.isFromClient()) navigate(); });
            var filters = new HorizontalLayout(market, period);
            filters.addClassName("cd-filter-bar");
            var intro = new Paragraph("Days are UTC. \"All my markets\" counts each decision once when you work in "
                    + "every market; otherwise it adds up your markets, and a decision on an item shown in two of them "
                    + "counts in both.");
            intro.addClassName("cd-muted");
            review.addClassName("cd-dashboards__review");
            add(intro, filters, review);
        }
        if (dashboards.showsCuration()) {
            add(featured(dashboards.featuredShares()));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!dashboards.showsReview()) {
            return;
        }
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        String requested = first(params, "market");
        marketCode = requested != null && market.getListDataView().contains(requested) ? requested : null;
        String d = first(params, "days");
        days = d != null && PERIODS.stream().anyMatch(p -> p.toString().equals(d)) ? Integer.parseInt(d) : 30;
        market.setValue(marketCode == null ? ALL : marketCode);
        period.setValue(days);
        showReview();
    }

    private void navigate() {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (market.getValue() != null && !market.getValue().isEmpty()) {
            params.put("market", List.of(market.getValue()));
        }
        params.put("days", List.of(String.valueOf(period.getValue() == null ? 30 : period.getValue())));
        UI.getCurrent().navigate("dashboards", new QueryParameters(params));
    }

    private void showReview() {
        review.removeAll();
        review.add(section("Backlog now", backlog(dashboards.backlog())));
        DailyCounts byReason = dashboards.decisionsByReason(marketCode, days);
        review.add(section("Decisions per day by reason code",
                chart(ChartSvg.stackedBars(byReason, "Decisions per day by reason", "Decisions")),
                FigureTables.daily(byReason, "Reason")));
        DailyCounts byMarket = dashboards.decisionsByMarket(marketCode, days);
        review.add(section("Decisions per day by market",
                chart(ChartSvg.stackedBars(byMarket, "Decisions per day by market", "Decisions")),
                FigureTables.daily(byMarket, "Market")));
        List<LatencyDay> latency = dashboards.timeToDecision(marketCode, days);
        var note = new Paragraph(String.format(Locale.ROOT, "From the case's opening to the keep or remove decision "
                + "that closed it. Read from counts in log-scale buckets: each figure is within %.1f%% of the exact one.",
                LatencyBuckets.ERROR_PERCENT));
        note.addClassName("cd-muted");
        review.add(section("Time to decision per day", note, chart(ChartSvg.lines(
                latency.stream().map(l -> l.day().toString()).toList(),
                List.of(new ChartSvg.Line("Median", hours(latency, false), ChartSvg.PALETTE[0]),
                        new ChartSvg.Line("90th percentile", hours(latency, true), ChartSvg.PALETTE[1])),
                "Median and 90th percentile time to decision per day", "Hours", 1, FigureTables::hours)),
                FigureTables.latency(latency)));
        int weeks = Math.max(2, (days + 6) / 7);
        List<AppealCounts> byWeek = dashboards.appealsByWeek(marketCode, weeks);
        review.add(section("Appeals overturned per week", chart(ChartSvg.lines(
                byWeek.stream().map(AppealCounts::label).toList(),
                List.of(new ChartSvg.Line("Overturn rate", byWeek.stream()
                        .mapToDouble(a -> a.overturnRate() * 100).toArray(), ChartSvg.PALETTE[5])),
                "Share of decided appeals overturned per week", "% overturned", 100,
                v -> String.format(Locale.ROOT, "%.0f%%", v))),
                FigureTables.appeals(byWeek, "Week from"),
                FigureTables.appeals(dashboards.appealsByMarket(weeks), "Market")));
    }

    private static double[] hours(List<LatencyDay> days, boolean p90) {
        return days.stream().mapToDouble(l -> (p90 ? l.p90Seconds() : l.medianSeconds()) / 3600).toArray();
    }

    private com.vaadin.flow.component.Component backlog(List<QueueSummary> queues) {
        var grid = new com.vaadin.flow.component.grid.Grid<QueueSummary>(QueueSummary.class, false);
        grid.addColumn(q -> q.lane().label() + " · " + q.kind().label() + " · " + q.category().label())
                .setHeader("Queue").setFlexGrow(1);
        grid.addColumn(QueueSummary::market).setHeader("Market").setWidth("6rem").setFlexGrow(0);
        grid.addColumn(q -> Formats.count(q.open())).setHeader("Open").setWidth("6rem").setFlexGrow(0)
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.addColumn(q -> Formats.count(q.overdue())).setHeader("Past SLA").setWidth("7rem").setFlexGrow(0)
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END)
                .setPartNameGenerator(q -> q.overdue() > 0 ? "breach" : null);
        grid.addComponentColumn(q -> new Anchor(queueLink(q), "Open queue")).setHeader("").setWidth("8rem")
                .setFlexGrow(0);
        // most breaches first: what a lead acts on
        grid.setItems(queues.stream().filter(q -> marketCode == null || q.market().equals(marketCode))
                .sorted(java.util.Comparator.comparingLong(QueueSummary::overdue).reversed()
                        .thenComparing(java.util.Comparator.comparingLong(QueueSummary::open).reversed()))
                .toList());
        grid.setHeight("19rem");
        grid.setEmptyStateText("No open cases.");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_COMPACT,
                com.vaadin.flow.component.grid.GridVariant.LUMO_ROW_STRIPES);
        grid.addClassName("cd-dashboards__backlog");
        return grid;
    }

    static String queueLink(QueueSummary q) {
        return "review?lane=" + q.lane().name() + "&market=" + URLEncoder.encode(q.market(), StandardCharsets.UTF_8)
                + "&kind=" + q.kind().name() + "&category=" + q.category().name();
    }

    private static com.vaadin.flow.component.Component featured(List<FeaturedShares> rows) {
        var grid = new com.vaadin.flow.component.grid.Grid<FeaturedShares>(FeaturedShares.class, false);
        grid.addColumn(FeaturedShares::market).setHeader("Market").setWidth("6rem").setFlexGrow(0);
        grid.addColumn(FeaturedShares::surface).setHeader("Board").setWidth("8rem").setFlexGrow(0);
        grid.addComponentColumn(f -> new Anchor("moments/" + f.momentId(), f.title())).setHeader("Moment")
                .setFlexGrow(1);
        grid.addColumn(FeaturedShares::caption).setHeader("Caption").setFlexGrow(2);
        grid.addColumn(f -> Formats.count(f.shares())).setHeader("Shares").setWidth("7rem").setFlexGrow(0)
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.addColumn(f -> Formats.date(f.featuredSince())).setHeader("Featured since").setWidth("9rem").setFlexGrow(0);
        grid.addColumn(f -> f.liveNow() ? "Live" : "Scheduled").setHeader("Now").setWidth("7rem").setFlexGrow(0);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No published featured Moments in your markets.");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_COMPACT,
                com.vaadin.flow.component.grid.GridVariant.LUMO_ROW_STRIPES);
        grid.addClassName("cd-dashboards__featured");
        var note = new Paragraph("Shares are each Moment's total now. Clipdesk keeps no history of share counts, so "
                + "shares gained since a Moment was featured cannot be told apart.");
        note.addClassName("cd-muted");
        var chart = rows.isEmpty() ? new Div() : chart(FeaturedSvg.render(rows));
        return section("Featured Moments' shares", note, chart, grid);
    }

    private static Div section(String title, com.vaadin.flow.component.Component... content) {
        var section = new Div(new H3(title));
        section.add(content);
        section.addClassName("cd-dashboards__section");
        return section;
    }

    private static com.vaadin.flow.component.Component chart(String svg) {
        return new Html("<div class='cd-dashboards__chart'>" + svg + "</div>");
    }

    private static @Nullable String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
