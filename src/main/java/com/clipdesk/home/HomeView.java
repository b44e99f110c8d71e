package com.clipdesk.home;

import com.clipdesk.appeal.AppealService;
import com.clipdesk.appeal.AppealStatus;
import com.clipdesk.catalog.CatalogService;
import com.clipdesk.catalog.MarketView;
import com.clipdesk.content.ContentFilter;
import com.clipdesk.content.ContentKind;
import com.clipdesk.content.ContentService;
import com.clipdesk.content.ContentState;
import com.clipdesk.content.MomentRow;
import com.clipdesk.report.OpenReportCount;
import com.clipdesk.report.ReportFilter;
import com.clipdesk.report.ReportRow;
import com.clipdesk.report.ReportService;
import com.clipdesk.review.QueueSelection;
import com.clipdesk.review.ReviewQueues;
import com.clipdesk.report.ReportStatus;
import com.clipdesk.shell.Formats;
import com.clipdesk.shell.MainLayout;
import com.clipdesk.staff.CurrentStaff;
import com.clipdesk.staff.Role;
import com.clipdesk.staff.SignedInStaff;
import com.clipdesk.takedown.LegalOrderFilter;
import com.clipdesk.takedown.TakedownService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;

/** Where every staff member lands: the state of their markets in figures, and what came in last. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Home · Clipdesk")
@Menu(order = 0, title = "Home", icon = "vaadin:home")
@RolesAllowed({Role.MODERATOR_NAME, Role.LEAD_MODERATOR_NAME, Role.POLICY_ADMIN_NAME, Role.CURATOR_NAME,
        Role.AUDITOR_NAME, Role.ADMIN_NAME})
class HomeView extends VerticalLayout {

    private static final int NEWEST = 6;

    HomeView(CurrentStaff currentStaff, ContentService content, ReportService reports, CatalogService catalog,
            ReviewQueues review, AppealService appeals, TakedownService takedowns) {
        SignedInStaff staff = currentStaff.get();
        addClassName("cd-home");
        var greeting = new H2("Welcome, " + staff.displayName());
        var scope = new Paragraph("You work in " + (staff.scope().allMarkets() ? "all markets"
                : Formats.markets(staff.scope().markets())) + ". Times are shown in UTC.");
        scope.addClassName("cd-muted");
        add(greeting, scope);

        var cards = new Div();
        cards.addClassName("cd-cards");
        boolean readsReports = reports.canRead();
        if (review.canRead()) {
            var waiting = QueueSelection.moderation();
            cards.add(card("Cases waiting for review", review.countCases(waiting), "review"));
            long overdue = review.countOverdue(waiting);
            var late = card("Cases past their service level", overdue, "review");
            if (overdue > 0) {
                late.addClassName("cd-card--alert");
            }
            cards.add(late);
        }
        if (appeals.mayRead()) {
            cards.add(card("Appeals waiting", appeals.count(AppealStatus.OPEN), "appeals"));
        }
        if (takedowns.mayReadList()) {
            long overdue = takedowns.countLegalOrders(new LegalOrderFilter(null, true));
            var orders = card("Legal orders overdue", overdue, "takedowns");
            if (overdue > 0) {
                orders.addClassName("cd-card--alert");
            }
            cards.add(orders);
        }
        if (readsReports) {
            cards.add(card("Open reports",
                    reports.countReports(new ReportFilter(null, null, null, ReportStatus.OPEN, null, null)), "reports"));
        }
        cards.add(card("Moments", content.countMoments(ContentFilter.none()), "moments"));
        cards.add(card("Fandom submissions", content.countSubmissions(ContentFilter.none()), "submissions"));
        var pending = new ContentFilter(null, ContentState.PENDING_REVIEW, null, null, null);
        cards.add(card("Moments pending review", content.countMoments(pending), "moments?state=PENDING_REVIEW"));
        cards.add(card("Submissions pending review", content.countSubmissions(pending),
                "submissions?state=PENDING_REVIEW"));
        add(cards);

        if (readsReports) {
            add(new H3("Open reports by content kind and market"), openReportMatrix(reports.openReportCounts(),
                    catalog.marketsInScope()));
            add(new H3("Newest reports"), newestReports(reports));
        }
        add(new H3("Newest Moments"), newestMoments(content));
    }

    private static Component card(String label, long value, String route) {
        var figure = new Span(Formats.count(value));
        figure.addClassName("cd-card__figure");
        var name = new Span(label);
        name.addClassName("cd-card__label");
        var card = new Anchor(route, "");
        card.add(figure, name);
        card.addClassName("cd-card");
        return card;
    }

    /** Rows: content kinds; columns: markets in scope; cells: open reports. */
    private static Component openReportMatrix(List<OpenReportCount> counts, List<MarketView> markets) {
        Map<ContentKind, Map<String, Long>> byKind = new HashMap<>();
        for (OpenReportCount c : counts) {
            byKind.computeIfAbsent(c.kind(), k -> new HashMap<>()).merge(c.market(), c.count(), Long::sum);
        }
        var grid = new Grid<ContentKind>();
        // narrow, fixed market columns: ten markets fit beside the kind on a laptop screen
        grid.addColumn(ContentKind::label).setHeader("Content kind").setWidth("11rem").setFlexGrow(1).setFrozen(true);
        for (MarketView market : markets) {
            grid.addColumn(k -> Formats.count(byKind.getOrDefault(k, Map.of()).getOrDefault(market.code(), 0L)))
                    .setHeader(market.code()).setTooltipGenerator(k -> market.name()).setWidth("4.25rem")
                    .setFlexGrow(0).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        }
        grid.addColumn(k -> Formats.count(byKind.getOrDefault(k, Map.of()).values().stream().mapToLong(Long::longValue)
                .sum())).setHeader("Total").setWidth("5.5rem").setFlexGrow(0)
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.setItems(ContentKind.values());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        return grid;
    }

    private static Component newestReports(ReportService reports) {
        List<ReportRow> rows = reports.reports(ReportFilter.none(), PageRequest.of(0, NEWEST)).getContent();
        var list = new Div();
        list.addClassName("cd-list");
        for (ReportRow r : rows) {
            var link = new Anchor("reports/" + r.id(), r.reason().label() + " · " + r.subjectKind().label() + " #"
                    + r.subjectId());
            var meta = new Span(r.market() + " · " + Formats.dateTime(r.createdAt()));
            meta.addClassName("cd-muted");
            list.add(new Div(link, meta));
        }
        return list;
    }

    private static Component newestMoments(ContentService content) {
        List<MomentRow> rows = content.moments(ContentFilter.none(), PageRequest.of(0, NEWEST)).getContent();
        var list = new Div();
        list.addClassName("cd-list");
        List<Component> items = new ArrayList<>();
        for (MomentRow m : rows) {
            var link = new Anchor("moments/" + m.id(), "“" + m.caption() + "”");
            var meta = new Span(m.titleAndEpisode() + " · " + Formats.markets(m.markets()) + " · "
                    + Formats.dateTime(m.createdAt()));
            meta.addClassName("cd-muted");
            items.add(new Div(link, meta));
        }
        list.add(items.toArray(Component[]::new));
        return list;
    }
}
