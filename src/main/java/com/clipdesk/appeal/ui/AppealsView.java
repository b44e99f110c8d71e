package com.clipdesk.appeal.ui;

import com.clipdesk.appeal.AppealService;
import com.clipdesk.appeal.AppealStatus;
import com.clipdesk.appeal.AppealView;
import com.clipdesk.appeal.OverturnRate;
import com.clipdesk.shell.Formats;
import com.clipdesk.shell.MainLayout;
import com.clipdesk.staff.Role;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.Locale;

/**
 * Appeals in the staff member's markets: the open ones, oldest first (a click opens them to decide,
 * for leads and admins other than the original decider), the decided ones, and how often appeals
 * overturn each reason code.
 */
@Route(value = "appeals", layout = MainLayout.class)
@PageTitle("Appeals · Clipdesk")
@Menu(order = 4.5, title = "Appeals", icon = "vaadin:scale")
@RolesAllowed({Role.MODERATOR_NAME, Role.LEAD_MODERATOR_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
class AppealsView extends VerticalLayout {

    private final AppealService appeals;
    final Tab open = new Tab();
    final Tab decided = new Tab("Decided");
    final Tabs tabs = new Tabs(open, decided);
    final Grid<AppealView> grid = new Grid<>(AppealView.class, false);
    final Grid<OverturnRate> rates = new Grid<>(OverturnRate.class, false);
    private final String me;

    AppealsView(AppealService appeals) {
        this.appeals = appeals;
        this.me = appeals.username();
        addClassName("cd-list-page");
        setSizeFull();

        var intro = new Paragraph(appeals.mayDecide()
                ? "Open an appeal to uphold, overturn or narrow the decision. You cannot decide appeals against your own decisions."
                : "Lead moderators and admins decide appeals; you can record appeals that reach us by mail or phone on the item's page.");
        intro.addClassName("cd-muted");
        tabs.addSelectedChangeListener(e -> refresh());

        grid.addColumn(a -> Formats.shortDateTime(a.receivedAt())).setHeader("Received (UTC)").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(a -> new Anchor(a.itemRoute(), a.itemKind().label() + " #" + a.itemId()))
                .setHeader("Item").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> a.decisionLabel() + " · " + a.scopeBefore() + " · " + a.reasonCode())
                .setHeader("Appealed decision").setWidth("13rem").setFlexGrow(1)
                .setTooltipGenerator(a -> a.decisionLabel() + " · " + a.scopeBefore() + " · " + a.reasonCode());
        // member and channel share a column so that the statement keeps room on a laptop screen
        grid.addColumn(a -> (a.appellantHandle() == null ? "—" : a.appellantHandle()) + " · "
                + (a.channel() == com.clipdesk.appeal.AppealChannel.APP ? "app" : a.channel().label().toLowerCase(
                        Locale.ROOT))).setHeader("Member · channel").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::state).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AppealView::statement).setHeader("Statement").setWidth("10rem").setFlexGrow(1)
                .setTooltipGenerator(AppealView::statement);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("No appeals here.");
        grid.setItems(q -> appeals.find(status(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, appeals.count(status())));
        grid.addItemClickListener(e -> new DecideAppealDialog(appeals, e.getItem(), this::refresh).open());
        grid.setHeight("20rem");

        rates.addColumn(r -> r.reasonLabel() + " (" + r.reasonCode() + ")").setHeader("Reason code").setFlexGrow(2);
        rates.addColumn(OverturnRate::decided).setHeader("Decided").setAutoWidth(true).setFlexGrow(0);
        rates.addColumn(OverturnRate::upheld).setHeader("Upheld").setAutoWidth(true).setFlexGrow(0);
        rates.addColumn(OverturnRate::overturned).setHeader("Overturned").setAutoWidth(true).setFlexGrow(0);
        rates.addColumn(OverturnRate::modified).setHeader("Narrowed").setAutoWidth(true).setFlexGrow(0);
        rates.addComponentColumn(AppealsView::rate).setHeader("Overturn rate").setAutoWidth(true).setFlexGrow(0);
        rates.addThemeVariants(GridVariant.LUMO_COMPACT);
        rates.setEmptyStateText("No appeal decided yet.");
        rates.setAllRowsVisible(true);

        add(new H2("Appeals"), intro, tabs, grid, new H3("Overturn rate per reason code"), rates);
        refresh();
    }

    AppealStatus status() {
        return tabs.getSelectedTab() == decided ? AppealStatus.DECIDED : AppealStatus.OPEN;
    }

    void refresh() {
        open.setLabel("Open (" + appeals.count(AppealStatus.OPEN) + ")");
        grid.getDataProvider().refreshAll();
        rates.setItems(appeals.overturnRates());
    }

    private Span state(AppealView a) {
        if (a.open()) {
            var badge = new Span(waiting(a));
            badge.addClassNames("cd-badge", me.equals(a.originalDecider()) ? "cd-badge--closed" : "cd-badge--open");
            if (me.equals(a.originalDecider())) {
                badge.setText(badge.getText() + " · your decision");
            }
            return badge;
        }
        var badge = new Span(a.outcome().label());
        badge.addClassNames("cd-badge", switch (a.outcome()) {
            case UPHELD -> "cd-badge--closed";
            case OVERTURNED -> "cd-badge--keep";
            case MODIFIED -> "cd-badge--open";
        });
        return badge;
    }

    private static String waiting(AppealView a) {
        Duration waited = Duration.between(a.receivedAt(), java.time.Instant.now());
        if (waited.toMinutes() < 60) {
            return "Open " + Math.max(1, waited.toMinutes()) + " min";
        }
        return waited.toHours() < 48 ? "Open " + waited.toHours() + " h" : "Open " + waited.toDays() + " d";
    }

    private static Span rate(OverturnRate r) {
        var span = new Span(String.format(Locale.ROOT, "%.0f %%", 100 * r.overturnRate()));
        span.addClassName(r.overturnRate() >= 0.3 ? "cd-rate--high" : "cd-rate");
        span.getElement().setAttribute("title", String.format(Locale.ROOT,
                "%d of %d decided appeals overturned; %d narrowed", r.overturned(), r.decided(), r.modified()));
        return span;
    }
}
