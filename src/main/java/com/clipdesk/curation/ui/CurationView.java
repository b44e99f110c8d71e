package com.clipdesk.curation.ui;

import com.clipdesk.catalog.CatalogService;
import com.clipdesk.catalog.MarketView;
import com.clipdesk.catalog.TitleSummary;
import com.clipdesk.curation.BoardKey;
import com.clipdesk.curation.BoardView;
import com.clipdesk.curation.BoardView.NoticeView;
import com.clipdesk.curation.BoardView.SlotView;
import com.clipdesk.curation.CurationService;
import com.clipdesk.curation.InvalidCurationException;
import com.clipdesk.curation.Surface;
import com.clipdesk.shared.ConcurrentEditException;
import com.clipdesk.shell.Formats;
import com.clipdesk.shell.MainLayout;
import com.clipdesk.staff.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A featured board: pick market and surface (a title page: and the title), then order the draft (drag and drop, or the move
 * buttons from the keyboard), schedule, remove, add by Moment id or from the heatmap, and publish.
 * Each slot says why it may not be featured, if it may not; notices say what left the board. The URL
 * names the board ({@code curation/FR?surface=title_page&title=42}), so a board can be linked and bookmarked.
 */
@Route(value = "curation", layout = MainLayout.class)
@PageTitle("Featured Moments · Clipdesk")
@Menu(order = 40, title = "Featured Moments", icon = "vaadin:star")
@RolesAllowed({Role.CURATOR_NAME, Role.ADMIN_NAME})
@StyleSheet("styles/curation.css")
class CurationView extends VerticalLayout implements HasUrlParameter<String> {

    static final String SURFACE = "surface";
    static final String TITLE = "title";

    private final CurationService curation;
    private final CatalogService catalog;
    private final ComboBox<MarketView> market = new ComboBox<>("Market");
    private final Select<Surface> surface = new Select<>();
    private final ComboBox<TitleSummary> title = new ComboBox<>("Title");
    private final Div titlePages = new Div();
    private final Span status = new Span();
    private final Button publish = new Button("Publish", VaadinIcon.UPLOAD.create());
    private final IntegerField momentId = new IntegerField("Moment id");
    private final Grid<SlotView> grid = new Grid<>();
    private final Div notices = new Div();
    private @Nullable BoardView board;
    private @Nullable SlotView dragged;
    // true while the pickers follow the URL: their changes then load, not navigate
    private boolean followingUrl;

    CurationView(CurationService curation, CatalogService catalog) {
        this.curation = curation;
        this.catalog = catalog;
        addClassName("cd-curation");
        List<MarketView> markets = curation.markets();
        market.setItems(markets);
        market.setItemLabelGenerator(MarketView::label);
        market.setWidth("14rem");
        surface.setLabel("Surface");
        surface.setItems(Surface.values());
        surface.setItemLabelGenerator(Surface::label);
        surface.setValue(Surface.HOME_ROW);
        surface.setWidth("10rem");
        if (!markets.isEmpty()) {
            market.setValue(markets.getFirst());
        }
        title.setItems(q -> catalog.titles(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream(),
                q -> catalog.countTitles(q.getFilter().orElse("")));
        title.setItemLabelGenerator(TitleSummary::label);
        title.setPlaceholder("Search by name");
        title.setWidth("21rem");
        title.setId("curation-title");
        title.setVisible(false);
        market.addValueChangeListener(e -> choose());
        surface.addValueChangeListener(e -> choose());
        title.addValueChangeListener(e -> choose());
        titlePages.addClassName("cd-curation__title-pages");

        momentId.setId("curation-moment-id");
        momentId.setPlaceholder("e.g. 1042");
        momentId.setWidth("9rem");
        Button add = new Button("Add to draft", VaadinIcon.PLUS.create(), e -> add());
        add.addClickShortcut(com.vaadin.flow.component.Key.ENTER).listenOn(momentId);
        Anchor finder = new Anchor("curation/heatmap", "Find candidates in the heatmap");
        publish.setId("curation-publish");
        status.setId("curation-status");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> act(() -> curation.publish(key(), version()), "Published"));

        HorizontalLayout pickers = new HorizontalLayout(market, surface, title, momentId, add, finder);
        pickers.setAlignItems(FlexComponent.Alignment.BASELINE);
        pickers.setWrap(true);
        pickers.addClassName("cd-filter-bar");
        HorizontalLayout publishing = new HorizontalLayout(status, publish);
        publishing.setAlignItems(FlexComponent.Alignment.CENTER);
        publishing.addClassName("cd-curation__status");

        configureGrid();
        notices.addClassName("cd-curation__notices");
        H2 heading = new H2("Featured Moments");
        heading.addClassName("cd-curation__title");
        Paragraph intro = new Paragraph("The draft below is what you edit; the product shows the published order. "
                + "Reorder by dragging rows, or with the arrow buttons. Schedules are in UTC.");
        intro.addClassName("cd-muted");
        add(heading, intro, pickers, titlePages, notices, publishing, grid);
        setSizeFull();
    }

    // final: not routed through the method-security proxy of this @RolesAllowed view (Vaadin's access
    // checker already guards the route, and the service checks every call), as ItemPage does
    @Override
    public final void setParameter(BeforeEvent event, @OptionalParameter @Nullable String parameter) {
        var query = event.getLocation().getQueryParameters().getParameters();
        followingUrl = true;
        try {
            if (parameter != null) {
                market.getListDataView().getItems().filter(m -> m.code().equalsIgnoreCase(parameter)).findFirst()
                        .ifPresent(market::setValue);
            }
            Surface chosen = query.getOrDefault(SURFACE, List.of()).stream().findFirst().flatMap(Surface::parse)
                    .orElse(Surface.HOME_ROW);
            surface.setValue(chosen);
            String id = query.getOrDefault(TITLE, List.of()).stream().findFirst().orElse("");
            title.setValue(chosen == Surface.TITLE_PAGE && id.matches("\\d{1,18}")
                    ? catalog.title(Long.parseLong(id)).orElse(null) : null);
        } finally {
            followingUrl = false;
        }
        load();
    }

    /** A picker changed: the URL follows (back/forward and bookmarks keep the board), which loads it. */
    private void choose() {
        if (followingUrl) {
            return;
        }
        if (market.getValue() == null) {
            load();
            return;
        }
        // a title page without its title yet keeps the surface in the URL
        BoardKey chosen = new BoardKey(code(), surface.getValue() == null ? Surface.HOME_ROW : surface.getValue(),
                surface.getValue() == Surface.TITLE_PAGE && title.getValue() != null ? title.getValue().id() : null);
        getUI().ifPresent(ui -> ui.navigate("curation/" + code(), query(chosen)));
    }

    /** The page of a board: {@code curation/FR}, {@code curation/FR?surface=title_page&title=42}. */
    static String link(BoardKey key) {
        String query = query(key).getQueryString();
        return "curation/" + key.market() + (query.isEmpty() ? "" : "?" + query);
    }

    /** The query parameters naming a board's surface and title (none for a home row). */
    static QueryParameters query(BoardKey key) {
        if (key.surface() == Surface.HOME_ROW) {
            return QueryParameters.empty();
        }
        var params = new java.util.LinkedHashMap<String, String>();
        params.put(SURFACE, key.surface().name().toLowerCase(java.util.Locale.ROOT));
        if (key.titleId() != null) {
            params.put(TITLE, Long.toString(key.titleId()));
        }
        return QueryParameters.simple(params);
    }

    /** The market's title-page boards as links, to jump from one to another. */
    private void showTitlePages() {
        titlePages.removeAll();
        boolean titlePage = surface.getValue() == Surface.TITLE_PAGE && market.getValue() != null;
        titlePages.setVisible(titlePage);
        if (!titlePage) {
            return;
        }
        List<BoardView.TitlePage> pages = curation.titlePages(code());
        Span label = new Span(pages.isEmpty() ? "No title page has a board in " + code() + " yet: choose a title."
                : "Title pages in " + code() + ":");
        label.addClassName("cd-muted");
        titlePages.add(label);
        Long current = title.getValue() == null ? null : title.getValue().id();
        for (BoardView.TitlePage p : pages) {
            Anchor link = new Anchor(link(BoardKey.titlePage(code(), p.titleId())),
                    p.titleName() + " (" + p.draftSize() + ")");
            link.getElement().setAttribute("title", p.draftSize() + " Moments in the draft, "
                    + (p.publishedAt() == null ? "never published" : "published " + Formats.shortDateTime(p.publishedAt())));
            link.addClassName("cd-curation__title-page");
            if (current != null && current == p.titleId()) {
                link.getElement().setAttribute("aria-current", "page");
            }
            titlePages.add(link);
        }
    }

    private void configureGrid() {
        grid.addColumn(s -> s.position() + 1).setHeader("#").setWidth("3.5rem").setFlexGrow(0);
        grid.addComponentColumn(this::moment).setHeader("Moment").setWidth("16rem").setFlexGrow(3);
        grid.addColumn(s -> Formats.count(s.shareCount())).setHeader("Shares").setWidth("6rem").setFlexGrow(0);
        grid.addComponentColumn(CurationView::state).setHeader("Eligibility").setWidth("11rem").setFlexGrow(1);
        grid.addColumn(CurationView::schedule).setHeader("Schedule (UTC)").setWidth("10rem").setFlexGrow(0);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader("Order and actions").setWidth("15rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        grid.setRowsDraggable(true);
        grid.addDragStartListener(e -> {
            dragged = e.getDraggedItems().isEmpty() ? null : e.getDraggedItems().getFirst();
            grid.setDropMode(GridDropMode.BETWEEN);
        });
        grid.addDragEndListener(e -> {
            dragged = null;
            grid.setDropMode(null);
        });
        grid.addDropListener(e -> {
            SlotView moving = dragged;
            if (moving == null || e.getDropTargetItem().isEmpty() || board == null) {
                return;
            }
            SlotView target = e.getDropTargetItem().get();
            List<Long> order = new java.util.ArrayList<>(board.draft().stream().map(SlotView::momentId).toList());
            order.remove(moving.momentId());
            int index = order.indexOf(target.momentId());
            if (index < 0) {
                return;
            }
            move(moving, e.getDropLocation() == GridDropLocation.BELOW ? index + 1 : index);
        });
    }

    private Component moment(SlotView s) {
        Div cell = new Div();
        cell.addClassName("cd-curation__moment");
        // a film's "episode" is the film itself: its name once
        Anchor link = new Anchor("moments/" + s.momentId(), s.episodeLabel().equals(s.titleName()) ? s.titleName()
                : s.titleName() + " · " + s.episodeLabel());
        Span where = new Span("#" + s.momentId() + " · " + s.timecode() + " · ");
        where.addClassName("cd-muted");
        where.add(new Anchor("curation/heatmap?episode=" + s.episodeId() + "&market=" + code(), "heatmap"));
        Span caption = new Span("“" + s.caption() + "”");
        cell.add(link, where, caption);
        return cell;
    }

    private static Component state(SlotView s) {
        Div cell = new Div();
        cell.addClassName("cd-curation__state");
        if (s.refusal() != null) {
            cell.add(badge(s.refusal(), "error"));
        } else {
            cell.add(badge("Eligible", "success"));
        }
        if (s.spoiler()) {
            cell.add(badge("Spoiler-flagged", "contrast"));
        }
        if (!s.liveNow()) {
            cell.add(badge("Not shown now", "contrast"));
        }
        return cell;
    }

    private static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge " + theme);
        return badge;
    }

    private static String schedule(SlotView s) {
        if (s.startsAt() == null && s.endsAt() == null) {
            return "Always";
        }
        return (s.startsAt() == null ? "Now" : Formats.shortDateTime(s.startsAt())) + " → "
                + (s.endsAt() == null ? "open" : Formats.shortDateTime(s.endsAt()));
    }

    private Component actions(SlotView s) {
        int last = board == null ? 0 : board.draft().size() - 1;
        Button up = icon(VaadinIcon.ARROW_UP, "Move Moment " + s.momentId() + " up", e -> move(s, s.position() - 1));
        up.setEnabled(s.position() > 0);
        up.addClassName("cd-curation__up");
        Button down = icon(VaadinIcon.ARROW_DOWN, "Move Moment " + s.momentId() + " down", e -> move(s, s.position() + 1));
        down.setEnabled(s.position() < last);
        down.addClassName("cd-curation__down");
        Button schedule = icon(VaadinIcon.CALENDAR_CLOCK, "Schedule Moment " + s.momentId(),
                e -> new ScheduleDialog(s, (from, until) -> act(() -> curation.schedule(key(), version(),
                        s.momentId(), from, until), "Schedule saved")).open());
        Button remove = icon(VaadinIcon.TRASH, "Remove Moment " + s.momentId() + " from the draft",
                e -> act(() -> curation.remove(key(), version(), s.momentId()), "Removed"));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout buttons = new HorizontalLayout(up, down, schedule, remove);
        buttons.setSpacing(false);
        return buttons;
    }

    private static Button icon(VaadinIcon icon, String label,
            com.vaadin.flow.component.ComponentEventListener<com.vaadin.flow.component.ClickEvent<Button>> click) {
        Button button = new Button(icon.create(), click);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }

    private void move(SlotView s, int position) {
        act(() -> curation.move(key(), version(), s.momentId(), position), "Moved");
    }

    private void add() {
        Integer id = momentId.getValue();
        if (id == null) {
            momentId.setErrorMessage("Enter a Moment id");
            momentId.setInvalid(true);
            return;
        }
        momentId.setInvalid(false);
        act(() -> curation.add(key(), board == null ? null : board.version(), id, null, null),
                "Added Moment " + id);
        momentId.clear();
    }

    /** Runs a change; on success shows the board it returns, on a conflict reloads and says who changed it. */
    private void act(Supplier<BoardView> change, String done) {
        try {
            show(change.get());
            Toasts.success(done);
        } catch (ConcurrentEditException e) {
            Toasts.error(e.getMessage());
            load();
        } catch (InvalidCurationException e) {
            Toasts.error(e.getMessage());
        }
    }

    private void load() {
        title.setVisible(surface.getValue() == Surface.TITLE_PAGE);
        showTitlePages();
        boolean noTitle = surface.getValue() == Surface.TITLE_PAGE && title.getValue() == null;
        if (market.getValue() == null || surface.getValue() == null || noTitle) {
            board = null;
            grid.setItems(List.of());
            status.setText(market.getValue() == null ? "Choose a market." : "Choose a title: each title page has its own board.");
            publish.setEnabled(false);
            notices.setVisible(false);
            return;
        }
        show(curation.board(key()));
    }

    private void show(BoardView b) {
        board = b;
        grid.setItems(b.draft());
        long live = b.published().stream().filter(SlotView::liveNow).count();
        String published = b.publishedAt() == null ? "Never published"
                : "Published " + Formats.shortDateTime(b.publishedAt()) + " by " + b.publishedBy() + ": "
                        + b.published().size() + " Moments, " + live + " shown now";
        status.setText(published + (b.unpublishedChanges() ? " · the draft has unpublished changes" : ""));
        status.getElement().setAttribute("aria-live", "polite");
        publish.setEnabled(b.version() != null && (b.unpublishedChanges() || b.publishedAt() == null));
        showNotices(b.notices());
    }

    private void showNotices(List<NoticeView> open) {
        notices.removeAll();
        notices.setVisible(!open.isEmpty());
        for (NoticeView n : open) {
            Span text = new Span(n.message() + " (" + Formats.shortDateTime(n.createdAt()) + ")");
            Button dismiss = new Button("Dismiss", e -> {
                curation.dismissNotice(n.id());
                load();
            });
            dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            dismiss.setAriaLabel("Dismiss notice: " + n.message());
            Div line = new Div(VaadinIcon.BELL.create(), text);
            if (board == null || !n.board().equals(board.key())) {
                line.add(new Anchor(link(n.board()), "Open its board"));
            }
            line.add(dismiss);
            line.addClassName("cd-curation__notice");
            notices.add(line);
        }
    }

    private String code() {
        return market.getValue().code();
    }

    /** The board the pickers name. */
    private BoardKey key() {
        return surface.getValue() == Surface.TITLE_PAGE && title.getValue() != null
                ? BoardKey.titlePage(code(), title.getValue().id()) : BoardKey.homeRow(code());
    }

    private long version() {
        if (board == null || board.version() == null) {
            throw new IllegalStateException("No board to change yet");
        }
        return board.version();
    }
}
