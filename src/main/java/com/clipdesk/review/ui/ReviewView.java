package com.clipdesk.review.ui;

import com.clipdesk.catalog.CatalogService;
import com.clipdesk.catalog.MarketView;
import com.clipdesk.content.ContentKind;
import com.clipdesk.review.BulkDecisions;
import com.clipdesk.review.CaseRow;
import com.clipdesk.review.Lane;
import com.clipdesk.review.QueueCategory;
import com.clipdesk.review.QueueSelection;
import com.clipdesk.review.QueueSummary;
import com.clipdesk.review.ReasonCodes;
import com.clipdesk.review.ReviewQueues;
import com.clipdesk.review.ReviewService;
import com.clipdesk.shell.Formats;
import com.clipdesk.shell.ListHeader;
import com.clipdesk.shell.MainLayout;
import com.clipdesk.staff.Role;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The review queues: lanes, a board of the queues in the reviewer's markets, the cases of the
 * selected queue in priority order, "next case" and bulk decisions. The selection lives in the
 * address ({@link QueueParams}). Auditors read; they neither claim nor decide.
 */
@Route(value = "review", layout = MainLayout.class)
@PageTitle("Review · Clipdesk")
@Menu(order = 1, title = "Review", icon = "vaadin:gavel")
@RolesAllowed({Role.MODERATOR_NAME, Role.LEAD_MODERATOR_NAME, Role.ADMIN_NAME, Role.AUDITOR_NAME})
class ReviewView extends VerticalLayout implements BeforeEnterObserver {

    static final String ROUTE = "review";
    static final String NOTHING_WAITING = "Nothing waiting in this queue.";

    private final ReviewService reviews;
    private final ReviewQueues queues;
    private final BulkDecisions bulk;
    private final ReasonCodes reasonCodes;
    private final ListHeader header = new ListHeader("Review", "case", "cases");
    private final Tabs lanes = new Tabs();
    private final Map<Lane, Tab> laneTabs = new EnumMap<>(Lane.class);
    private final QueueBoard board = new QueueBoard(this::select);
    private final ComboBox<MarketView> market = new ComboBox<>("Market");
    private final ComboBox<ContentKind> kind = new ComboBox<>("Content kind");
    private final ComboBox<QueueCategory> category = new ComboBox<>("Reason category");
    private final Button next = new Button("Next case (N)", VaadinIcon.ARROW_RIGHT.create());
    private final Button decideSelected = new Button("Decide selected", VaadinIcon.CHECK_SQUARE_O.create());
    private final Paragraph nothingWaiting = new Paragraph(NOTHING_WAITING);
    private final CasesGrid grid;
    private QueueSelection selection = QueueSelection.moderation();
    private boolean applying;
    private Grid.SelectionMode selectionMode;

    ReviewView(ReviewService reviews, ReviewQueues queues, BulkDecisions bulk, ReasonCodes reasonCodes,
            CatalogService catalog, Clock clock) {
        this.reviews = reviews;
        this.queues = queues;
        this.bulk = bulk;
        this.reasonCodes = reasonCodes;
        this.grid = new CasesGrid(clock);
        addClassName("cd-review");

        for (Lane lane : Lane.values()) {
            if (lane == Lane.MODERATION || reviews.canWork(lane)) {
                Tab tab = new Tab(lane.label());
                laneTabs.put(lane, tab);
                lanes.add(tab);
            }
        }
        lanes.addSelectedChangeListener(e -> {
            if (!applying && e.getSelectedTab() != null) {
                laneTabs.entrySet().stream().filter(t -> t.getValue() == e.getSelectedTab()).findFirst()
                        .ifPresent(t -> select(new QueueSelection(t.getKey(), selection.market(), selection.kind(),
                                selection.category())));
            }
        });
        lanes.addClassName("cd-lanes");

        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        next.setIconAfterText(true);
        next.addClickListener(e -> claimNext());
        next.addClickShortcut(Key.KEY_N);
        next.setTooltipText("Claims the most urgent free case of this queue and opens it. Key: N");
        next.addClassName("cd-next");
        var refresh = new Button(VaadinIcon.REFRESH.create(), e -> refresh());
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        refresh.setAriaLabel("Refresh the queues");
        refresh.setTooltipText("Refresh");
        var top = new HorizontalLayout(header, refresh, new Div(), next);
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        top.expand(top.getComponentAt(2));
        top.addClassName("cd-review__top");

        var boardDetails = new Details("Queues in your markets", board);
        boardDetails.setOpened(true);
        boardDetails.setWidthFull();
        boardDetails.addClassName("cd-board-details");

        market.setItems(catalog.marketsInScope());
        market.setItemLabelGenerator(MarketView::label);
        market.setPlaceholder("All my markets");
        kind.setItems(ContentKind.values());
        kind.setItemLabelGenerator(ContentKind::label);
        kind.setPlaceholder("Any kind");
        category.setItems(QueueCategory.values());
        category.setItemLabelGenerator(QueueCategory::label);
        category.setPlaceholder("Any category");
        market.setWidth("12rem");
        kind.setWidth("12rem");
        category.setWidth("13rem");
        for (var field : List.of(market, kind, category)) {
            field.setClearButtonVisible(true);
            field.addValueChangeListener(e -> {
                if (!applying) {
                    select(new QueueSelection(selection.lane(), market.getValue() == null ? null
                            : market.getValue().code(), kind.getValue(), category.getValue()));
                }
            });
        }
        var all = new Button("All queues", e -> select(QueueSelection.all(selection.lane())));
        all.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        decideSelected.addClickListener(e -> openBulk());
        decideSelected.setEnabled(false);
        var filters = new HorizontalLayout(market, kind, category, all, new Div(), decideSelected);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        filters.expand(filters.getComponentAt(4));
        filters.addClassName("cd-filter-bar");

        nothingWaiting.addClassName("cd-nothing-waiting");
        nothingWaiting.setVisible(false);

        grid.addItemClickListener(e -> {
            if (e.getColumn() != null) {
                openCase(e.getItem());
            }
        });
        grid.setSizeFull();
        grid.setMinHeight("16rem");

        add(top, lanes, boardDetails, filters, nothingWaiting, grid);
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueueSelection wanted = QueueParams.fromQuery(event.getLocation().getQueryParameters());
        Lane lane = laneTabs.containsKey(wanted.lane()) ? wanted.lane() : Lane.MODERATION;
        MarketView inScope = wanted.market() == null ? null : market.getListDataView().getItems()
                .filter(m -> m.code().equals(wanted.market())).findFirst().orElse(null);
        selection = new QueueSelection(lane, inScope == null ? null : inScope.code(), wanted.kind(), wanted.category());
        applying = true;
        try {
            lanes.setSelectedTab(laneTabs.get(lane));
            market.setValue(inScope);
            kind.setValue(selection.kind());
            category.setValue(selection.category());
        } finally {
            applying = false;
        }
        nothingWaiting.setVisible(false);
        refresh();
    }

    private void select(QueueSelection target) {
        UI.getCurrent().navigate(ROUTE, QueueParams.toQuery(target));
    }

    private void refresh() {
        QueueSelection current = selection;
        boolean works = reviews.canWork(current.lane());
        next.setVisible(works);
        decideSelected.setVisible(works);
        selectable(works);

        List<QueueSummary> summaries = queues.summaries();
        for (var tab : laneTabs.entrySet()) {
            long open = queues.countCases(QueueSelection.all(tab.getKey()));
            long overdue = summaries.stream().filter(q -> q.lane() == tab.getKey()).mapToLong(QueueSummary::overdue).sum();
            tab.getValue().setLabel(tab.getKey().label() + " (" + Formats.count(open) + ")");
            tab.getValue().setTooltipText(Formats.count(open) + " open" + (overdue > 0 ? ", overdue entries: " + overdue : ""));
        }
        board.show(summaries, current);

        long count = queues.countCases(current);
        header.setCount(count);
        grid.setItems(q -> queues.cases(current, VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) count);
    }

    /** Multi-select for those who may decide the lane's cases; a new selection model needs its listener again. */
    private void selectable(boolean works) {
        Grid.SelectionMode mode = works ? Grid.SelectionMode.MULTI : Grid.SelectionMode.NONE;
        if (mode != selectionMode) {
            selectionMode = mode;
            grid.setSelectionMode(mode);
            if (works) {
                grid.addSelectionListener(e -> selectionChanged(e.getAllSelectedItems().size()));
            }
        }
        grid.deselectAll();
        selectionChanged(0);
    }

    private void selectionChanged(int n) {
        decideSelected.setEnabled(n > 0);
        decideSelected.setText(n == 0 ? "Decide selected" : "Decide " + Formats.count(n) + " selected");
    }

    private void claimNext() {
        var claimed = reviews.claimNext(selection, List.of());
        if (claimed.isEmpty()) {
            nothingWaiting.setVisible(true);
            Notification.show(NOTHING_WAITING, 4000, Notification.Position.BOTTOM_START);
            refresh();
            return;
        }
        UI.getCurrent().navigate(caseRoute(claimed.get().id()), QueueParams.toQuery(selection));
    }

    private void openCase(CaseRow row) {
        UI.getCurrent().navigate(caseRoute(row.id()), QueueParams.toQuery(selection));
    }

    static String caseRoute(long caseId) {
        return "review/cases/" + caseId;
    }

    private void openBulk() {
        List<CaseRow> chosen = new ArrayList<>(grid.getSelectedItems());
        if (chosen.isEmpty()) {
            return;
        }
        new BulkDecisionDialog(chosen, bulk, reasonCodes, () -> {
            grid.deselectAll();
            refresh();
        }).open();
    }
}
