package com.clipdesk.catalog.ui;

import com.clipdesk.catalog.CatalogService;
import com.clipdesk.catalog.EpisodeReleases;
import com.clipdesk.catalog.MarketTime;
import com.clipdesk.catalog.MarketView;
import com.clipdesk.catalog.ReleaseDate;
import com.clipdesk.catalog.TitleReleases;
import com.clipdesk.catalog.TitleSummary;
import com.clipdesk.shared.NotFoundException;
import com.clipdesk.shell.MainLayout;
import com.clipdesk.staff.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Admins keep each episode's release date per market: a title's episodes × the markets, each date in
 * the market's local time; a cell opens the dialog that sets, moves or removes it. Deep link:
 * {@code releases?title=42}.
 */
@Route(value = "releases", layout = MainLayout.class)
@PageTitle("Release dates · Clipdesk")
@Menu(order = 81, title = "Release dates", icon = "vaadin:calendar-clock")
@RolesAllowed(Role.ADMIN_NAME)
@StyleSheet("styles/spoilers.css")
class ReleaseDatesView extends VerticalLayout implements BeforeEnterObserver {

    private static final int ALL_SEASONS = 0;

    private final CatalogService catalog;
    private final ComboBox<TitleSummary> title = new ComboBox<>("Title");
    private final Select<Integer> season = new Select<>();
    private final Grid<EpisodeReleases> grid = new Grid<>();
    private final Paragraph empty = new Paragraph("Choose a title to see and edit its episodes' release dates.");
    private @Nullable TitleReleases shown;

    ReleaseDatesView(CatalogService catalog) {
        this.catalog = catalog;
        title.setItems(query -> catalog.titles(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                .stream(), query -> catalog.countTitles(query.getFilter().orElse("")));
        title.setItemLabelGenerator(TitleSummary::label);
        title.setPlaceholder("Search by name");
        title.setWidth("26rem");
        title.setMaxWidth("100%");
        title.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                show(e.getValue() == null ? null : e.getValue().id());
            }
        });
        season.setLabel("Season");
        season.setItemLabelGenerator(n -> n == ALL_SEASONS ? "All seasons" : "Season " + n);
        season.addValueChangeListener(e -> render());
        season.setVisible(false);

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT,
                GridVariant.LUMO_COLUMN_BORDERS);
        grid.addClassName("cd-release-grid");
        grid.setSizeFull();
        grid.setVisible(false);

        var filters = new HorizontalLayout(title, season);
        filters.addClassName("cd-filter-bar");
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        empty.addClassName("cd-muted");
        add(new H2("Release dates"), new Paragraph("Each cell is an episode's release in a market, in that market's "
                + "local time. Before it, the episode's Moments are embargoed there; after it, spoiler-flagged items "
                + "stay behind a warning for the market's spoiler window. Moving a date later embargoes them again."),
                filters, empty, grid);
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("title").map(ReleaseDatesView::parse)
                .ifPresent(this::show);
    }

    private void show(@Nullable Long titleId) {
        if (titleId == null) {
            shown = null;
        } else {
            try {
                shown = catalog.releasesOfTitle(titleId);
            } catch (NotFoundException e) {
                shown = null;
                Notification.show("There is no title " + titleId, 4000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_WARNING);
            }
        }
        title.setValue(shown == null ? null : shown.title());
        UI.getCurrent().getPage().getHistory().replaceState(null, shown == null ? "releases"
                : "releases?" + QueryParameters.of("title", String.valueOf(shown.title().id())).getQueryString());
        if (shown == null) {
            season.setVisible(false);
            render();
            return;
        }
        List<Integer> seasons = shown.episodes().stream().map(EpisodeReleases::season).distinct().toList();
        season.setItems(seasons.size() > 1 ? prepend(seasons) : seasons);
        season.setVisible(seasons.size() > 1);
        // the latest season is where dates are still planned
        season.setValue(seasons.isEmpty() ? ALL_SEASONS : seasons.getLast());
        columns(shown.markets());
        render();
    }

    private void reload() {
        if (shown != null) {
            Integer keep = season.getValue();
            show(shown.title().id());
            if (keep != null && season.getListDataView().contains(keep)) {
                season.setValue(keep);
            }
        }
    }

    private void render() {
        grid.setVisible(shown != null);
        empty.setVisible(shown == null);
        if (shown == null) {
            return;
        }
        Integer only = season.getValue();
        grid.setItems(shown.episodes().stream()
                .filter(e -> only == null || only == ALL_SEASONS || e.season() == only).toList());
        if (shown.episodes().isEmpty()) {
            empty.setText("This title has no episodes yet.");
            empty.setVisible(true);
        }
    }

    private void columns(List<MarketView> markets) {
        grid.removeAllColumns();
        grid.addColumn(e -> e.label()).setHeader("Episode").setFrozen(true).setWidth("13rem").setFlexGrow(0);
        for (MarketView market : markets) {
            var header = new Div(new Div(market.code()), zoneLabel(market));
            grid.addComponentColumn(e -> cell(e, market)).setHeader(header).setKey(market.code()).setWidth("8.5rem")
                    .setFlexGrow(1).setTextAlign(ColumnTextAlign.START);
        }
    }

    private static Component zoneLabel(MarketView market) {
        var zone = new Div(market.timeZone().replace("/", "/\u200B")); // breaks after the region
        zone.addClassName("cd-release-grid__zone");
        return zone;
    }

    private Component cell(EpisodeReleases episode, MarketView market) {
        ZoneId zone = ZoneId.of(market.timeZone());
        ReleaseDate date = episode.in(market.code());
        var button = new Button(date == null ? "Set date"
                : MarketTime.date(date.releasedAt(), zone).substring(4) + " " + MarketTime.time(date.releasedAt(), zone),
                e -> edit(episode, market));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        button.addClassName(date == null ? "cd-release-cell--none" : "cd-release-cell");
        String what = episode.label().replaceAll(" · .*", "") + " in " + market.code();
        if (date == null) {
            button.getElement().setAttribute("aria-label", "Set the release date of " + what);
        } else {
            button.getElement().setAttribute("aria-label", "Change the release date of " + what + ": "
                    + MarketTime.dateTime(date.releasedAt(), zone));
            button.setTooltipText(MarketTime.dateTime(date.releasedAt(), zone) + " = " + MarketTime.utc(date.releasedAt()));
        }
        return button;
    }

    private void edit(EpisodeReleases episode, MarketView market) {
        new ReleaseDateDialog(catalog, episode, market, proposal(episode, market), this::reload).open();
    }

    /** A week after the previous episode of the season in the market, for weekly releases. */
    private @Nullable LocalDateTime proposal(EpisodeReleases episode, MarketView market) {
        if (shown == null) {
            return null;
        }
        EpisodeReleases previous = null;
        for (EpisodeReleases e : shown.episodes()) {
            if (e.episodeId() == episode.episodeId()) {
                break;
            }
            previous = e;
        }
        if (previous == null || previous.season() != episode.season() || previous.in(market.code()) == null) {
            return null;
        }
        return previous.in(market.code()).local().plusWeeks(1);
    }

    private static List<Integer> prepend(List<Integer> seasons) {
        var all = new java.util.ArrayList<Integer>();
        all.add(ALL_SEASONS);
        all.addAll(seasons);
        return all;
    }

    private static @Nullable Long parse(String value) {
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
