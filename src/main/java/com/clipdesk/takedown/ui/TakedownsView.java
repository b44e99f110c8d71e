package com.clipdesk.takedown.ui;

import com.clipdesk.shell.Formats;
import com.clipdesk.shell.MainLayout;
import com.clipdesk.staff.Role;
import com.clipdesk.takedown.Ground;
import com.clipdesk.takedown.LegalOrderFilter;
import com.clipdesk.takedown.LegalOrderStatus;
import com.clipdesk.takedown.LegalOrderView;
import com.clipdesk.takedown.TakedownFilter;
import com.clipdesk.takedown.TakedownService;
import com.clipdesk.takedown.TakedownStatus;
import com.clipdesk.takedown.TakedownView;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every takedown in the staff member's markets, filtered by status, market and ground; and the legal
 * orders, open ones first by deadline, with a live countdown (overdue in red) and an "Overdue" filter.
 */
@Route(value = "takedowns", layout = MainLayout.class)
@PageTitle("Takedowns · Clipdesk")
@Menu(order = 4, title = "Takedowns", icon = "vaadin:ban")
@RolesAllowed({Role.MODERATOR_NAME, Role.LEAD_MODERATOR_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
class TakedownsView extends VerticalLayout {

    static final String ANY = "Any";

    private final TakedownService takedowns;
    final Select<String> status = new Select<>();
    final Select<String> market = new Select<>();
    final Select<String> ground = new Select<>();
    final Grid<TakedownView> grid = new Grid<>(TakedownView.class, false);
    final Select<String> orderStatus = new Select<>();
    final Checkbox overdueOnly = new Checkbox("Overdue only");
    final Grid<LegalOrderView> orders = new Grid<>(LegalOrderView.class, false);
    private final List<Countdown> countdowns = new ArrayList<>();
    private final boolean mayReject;
    private Registration poll;

    TakedownsView(TakedownService takedowns) {
        this.takedowns = takedowns;
        this.mayReject = takedowns.mayRejectLegalOrders();
        addClassName("cd-list-page");
        setSizeFull();

        status.setLabel("Status");
        status.setItems(ANY, TakedownStatus.ACTIVE.label(), TakedownStatus.LIFTED.label());
        status.setValue(TakedownStatus.ACTIVE.label());
        market.setLabel("Market");
        List<String> markets = new ArrayList<>(List.of(ANY));
        markets.addAll(takedowns.marketsInScope());
        market.setItems(markets);
        market.setValue(ANY);
        ground.setLabel("Ground");
        ground.setItems(ANY, Ground.ILLEGAL.label(), Ground.TERMS.label());
        ground.setValue(ANY);
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        market.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        ground.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        var filters = new Div(status, market, ground);
        filters.addClassName("cd-takedown-filters");

        grid.addComponentColumn(t -> link(t.kind().label() + " #" + t.itemId(), t.itemRoute())).setHeader("Item")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(TakedownsView::scopeBadge).setHeader("Where").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> t.ground().label() + " — " + t.groundReference()).setHeader("Ground").setFlexGrow(2)
                .setTooltipGenerator(TakedownView::explanation);
        grid.addColumn(TakedownView::reasonLabel).setHeader("Reason").setFlexGrow(1);
        grid.addColumn(t -> t.decidedBy() + " · " + Formats.shortDateTime(t.decidedAt())).setHeader("Decided")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> t.legalOrder() == null ? "" : t.legalOrder().reference()).setHeader("Legal order")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("No takedowns match.");
        grid.setItems(q -> takedowns.find(filter(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, takedowns.count(filter())));
        grid.setHeight("22rem");

        orderStatus.setLabel("Status");
        orderStatus.setItems(ANY, LegalOrderStatus.OPEN.label(), LegalOrderStatus.FULFILLED.label(),
                LegalOrderStatus.REJECTED.label());
        orderStatus.setValue(ANY);
        orderStatus.addValueChangeListener(e -> orders.getDataProvider().refreshAll());
        overdueOnly.addValueChangeListener(e -> {
            orderStatus.setEnabled(!e.getValue());
            orders.getDataProvider().refreshAll();
        });
        var orderFilters = new Div(orderStatus, overdueOnly);
        orderFilters.addClassName("cd-takedown-filters");

        orders.addColumn(o -> o.reference()).setHeader("Reference").setAutoWidth(true).setFlexGrow(0);
        // right after the reference: on a narrow screen the countdown must not scroll out of view
        orders.addComponentColumn(this::countdown).setHeader("Time left").setAutoWidth(true).setFlexGrow(0);
        orders.addColumn(LegalOrderView::authority).setHeader("Authority").setWidth("9rem").setFlexGrow(1)
                .setTooltipGenerator(LegalOrderView::authority);
        // wide enough for the "Rejected" badge and the start of its reason at 1024 px; the tooltip has it all
        orders.addComponentColumn(this::outcome).setKey("outcome").setHeader("Outcome").setWidth("15rem")
                .setFlexGrow(2).setTooltipGenerator(o -> o.closedNote() == null ? "" : o.closedNote());
        orders.addComponentColumn(o -> link(o.kind().label() + " #" + o.itemId(), o.itemRoute())).setHeader("Item")
                .setAutoWidth(true).setFlexGrow(0);
        orders.addColumn(o -> String.join(", ", new TreeSet<>(o.markets()))).setHeader("Markets").setAutoWidth(true)
                .setFlexGrow(0);
        orders.addColumn(o -> Formats.shortDateTime(o.receivedAt())).setHeader("Received (UTC)").setAutoWidth(true)
                .setFlexGrow(0);
        orders.addColumn(o -> Formats.shortDateTime(o.deadline())).setHeader("Deadline (UTC)").setAutoWidth(true)
                .setFlexGrow(0);
        orders.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        orders.setEmptyStateText("No legal orders match.");
        orders.setItems(q -> takedowns.legalOrders(orderFilter(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, takedowns.countLegalOrders(orderFilter())));
        orders.setHeight("18rem");

        add(new H2("Takedowns"), filters, grid, new H3("Legal orders"), orderFilters, orders);
    }

    TakedownFilter filter() {
        TakedownStatus s = Set.of(TakedownStatus.values()).stream().filter(v -> v.label().equals(status.getValue()))
                .findFirst().orElse(null);
        Ground g = Set.of(Ground.values()).stream().filter(v -> v.label().equals(ground.getValue())).findFirst()
                .orElse(null);
        return new TakedownFilter(s, ANY.equals(market.getValue()) ? null : market.getValue(), g);
    }

    LegalOrderFilter orderFilter() {
        LegalOrderStatus s = Set.of(LegalOrderStatus.values()).stream()
                .filter(v -> v.label().equals(orderStatus.getValue())).findFirst().orElse(null);
        return new LegalOrderFilter(s, overdueOnly.getValue());
    }

    private Countdown countdown(LegalOrderView order) {
        var countdown = new Countdown(order, takedowns.now());
        countdown.addDetachListener(e -> countdowns.remove(countdown));
        countdown.addAttachListener(e -> {
            if (!countdowns.contains(countdown)) {
                countdowns.add(countdown);
            }
        });
        return countdown;
    }

    /** Ticks the countdowns every second while the page is open: no query, only the texts change. */
    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(1000);
        poll = event.getUI().addPollListener(e -> {
            var now = takedowns.now();
            List.copyOf(countdowns).forEach(c -> c.update(now));
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (poll != null) {
            poll.remove();
        }
    }

    /** Open: "Reject…" for leads and admins; rejected: the badge and the reason; fulfilled: the takedown. */
    private com.vaadin.flow.component.Component outcome(LegalOrderView o) {
        return switch (o.status()) {
            case OPEN -> {
                if (!mayReject) {
                    yield new Span();
                }
                var reject = new Button(RejectLegalOrderDialog.REJECT, e -> new RejectLegalOrderDialog(takedowns, o,
                        done -> {
                            Notices.success("Legal order " + done.reference() + " rejected.");
                            orders.getDataProvider().refreshAll();
                        }, orders.getDataProvider()::refreshAll).open());
                reject.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                yield reject;
            }
            case REJECTED -> LegalOrderLines.rejected(o);
            case FULFILLED -> new Span(o.takedownId() == null ? LegalOrderStatus.FULFILLED.label()
                    : "Takedown #" + o.takedownId());
        };
    }

    private static Anchor link(String text, String route) {
        return new Anchor(route, text);
    }

    private static Span scopeBadge(TakedownView t) {
        var badge = new Span(t.everywhere() ? "Everywhere" : t.scopeLabel());
        badge.addClassNames("cd-badge", t.active() ? "cd-badge--takedown" : "cd-badge--closed");
        if (!t.active()) {
            badge.setText(badge.getText() + " · lifted");
        }
        return badge;
    }

}
