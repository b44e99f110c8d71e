package com.clipdesk.curation.ui;

import com.clipdesk.catalog.MarketView;
import com.clipdesk.catalog.TitleSummary;
import com.clipdesk.content.Timecode;
import com.clipdesk.curation.BoardView;
import com.clipdesk.curation.CurationService;
import com.clipdesk.curation.Heatmap;
import com.clipdesk.curation.HeatmapService;
import com.clipdesk.curation.HeatmapService.EpisodeChoice;
import com.clipdesk.curation.InvalidCurationException;
import com.clipdesk.curation.Surface;
import com.clipdesk.shared.ConcurrentEditException;
import com.clipdesk.shell.Formats;
import com.clipdesk.shell.MainLayout;
import com.clipdesk.staff.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * The candidate finder: pick a title, season and episode, and see where members clip it most (a
 * server-side SVG of Moments per second), filtered by market and creation period; each peak lists its
 * most shared Moments with "Add to board" (the market's home row draft).
 */
@Route(value = "curation/heatmap", layout = MainLayout.class)
@PageTitle("Clip heatmap · Clipdesk")
@Menu(order = 41, title = "Clip heatmap", icon = "vaadin:chart")
@RolesAllowed({Role.CURATOR_NAME, Role.ADMIN_NAME})
@StyleSheet("styles/curation.css")
class HeatmapView extends VerticalLayout implements com.vaadin.flow.router.BeforeEnterObserver {

    private final HeatmapService heatmaps;
    private final CurationService curation;
    private final ComboBox<TitleSummary> title = new ComboBox<>("Title");
    private final Select<Integer> season = new Select<>();
    private final Select<EpisodeChoice> episode = new Select<>();
    private final Select<MarketView> market = new Select<>();
    private final DatePicker from = new DatePicker("Created from");
    private final DatePicker to = new DatePicker("Created before");
    private final Div chart = new Div();
    private final Div peaks = new Div();
    private List<EpisodeChoice> episodes = List.of();

    HeatmapView(HeatmapService heatmaps, CurationService curation, com.clipdesk.catalog.CatalogService catalog) {
        this.heatmaps = heatmaps;
        this.curation = curation;
        addClassName("cd-heatmap");
        title.setItems(q -> catalog.titles(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream(),
                q -> catalog.countTitles(q.getFilter().orElse("")));
        title.setItemLabelGenerator(TitleSummary::label);
        title.setWidth("15rem");
        title.addValueChangeListener(e -> pickTitle());
        season.setLabel("Season");
        season.setItemLabelGenerator(n -> "Season " + n);
        season.setWidth("8rem");
        season.addValueChangeListener(e -> pickSeason());
        episode.setLabel("Episode");
        episode.setItemLabelGenerator(EpisodeChoice::label);
        episode.setWidth("14rem");
        episode.addValueChangeListener(e -> refresh());
        market.setLabel("Visible in");
        market.setItems(curation.markets());
        market.setItemLabelGenerator(MarketView::label);
        market.setWidth("11rem");
        if (!curation.markets().isEmpty()) {
            market.setValue(curation.markets().getFirst());
        }
        market.addValueChangeListener(e -> refresh());
        for (DatePicker picker : new DatePicker[] {from, to}) {
            picker.setLocale(Locale.UK);
            picker.setWidth("8.5rem");
            picker.setClearButtonVisible(true);
            picker.addValueChangeListener(e -> refresh());
        }
        HorizontalLayout filters = new HorizontalLayout(title, season, episode, market, from, to);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName("cd-filter-bar");
        chart.addClassName("cd-heatmap__chart");
        peaks.addClassName("cd-heatmap__peaks");
        H2 heading = new H2("Clip heatmap");
        heading.addClassName("cd-curation__title");
        Paragraph intro = new Paragraph("How many Moments cover each second of an episode, counting only Moments "
                + "members in the chosen market may see now. Peaks are the most clipped moments; add their best "
                + "Moments to the market's home row draft.");
        intro.addClassName("cd-muted");
        add(heading, intro, filters, chart, peaks);
        setWidthFull();
        chart.add(new Paragraph("Choose a title, season and episode."));
    }

    /** {@code curation/heatmap?episode=123}: opens that episode's heatmap (links from elsewhere, bookmarks). */
    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        List<String> ids = event.getLocation().getQueryParameters().getParameters().getOrDefault("episode", List.of());
        if (ids.isEmpty() || !ids.getFirst().matches("\\d{1,18}")) {
            return;
        }
        List<String> markets = event.getLocation().getQueryParameters().getParameters().getOrDefault("market", List.of());
        if (!markets.isEmpty()) {
            curation.markets().stream().filter(m -> m.code().equalsIgnoreCase(markets.getFirst())).findFirst()
                    .ifPresent(market::setValue);
        }
        long id = Long.parseLong(ids.getFirst());
        heatmaps.titleOf(id).ifPresent(t -> {
            title.setValue(t);
            episodes.stream().filter(e -> e.id() == id).findFirst().ifPresent(e -> {
                season.setValue(e.season());
                episode.setValue(e);
            });
        });
    }

    private void pickTitle() {
        episodes = title.getValue() == null ? List.of() : heatmaps.episodes(title.getValue().id());
        List<Integer> seasons = episodes.stream().map(EpisodeChoice::season).distinct().toList();
        season.setItems(seasons);
        if (!seasons.isEmpty()) {
            season.setValue(seasons.getFirst());
        }
        pickSeason();
    }

    private void pickSeason() {
        List<EpisodeChoice> inSeason = episodes.stream().filter(e -> season.getValue() != null
                && e.season() == season.getValue()).toList();
        episode.setItems(inSeason);
        if (!inSeason.isEmpty()) {
            episode.setValue(inSeason.getFirst());
        }
    }

    private void refresh() {
        chart.removeAll();
        peaks.removeAll();
        if (episode.getValue() == null || market.getValue() == null) {
            chart.add(new Paragraph("Choose a title, season and episode."));
            return;
        }
        Heatmap map = heatmaps.heatmap(new HeatmapService.Query(episode.getValue().id(), market.getValue().code(),
                from.getValue() == null ? null : from.getValue().atStartOfDay().toInstant(ZoneOffset.UTC),
                to.getValue() == null ? null : to.getValue().atStartOfDay().toInstant(ZoneOffset.UTC)));
        Span summary = new Span(Formats.count(map.momentCount()) + " Moments visible in " + market.getValue().code()
                + " · at most " + map.max() + " on one second · " + Timecode.of(map.durationSeconds()) + " long");
        summary.addClassName("cd-muted");
        chart.add(summary);
        com.vaadin.flow.component.Html svg = new com.vaadin.flow.component.Html("<div class='cd-heatmap__frame'>"
                + HeatmapSvg.render(map) + "</div>");
        chart.add(svg);
        if (map.peaks().isEmpty()) {
            peaks.add(new Paragraph("No Moments of this episode are visible there in this period."));
            return;
        }
        peaks.add(new H3("Most clipped moments"));
        int n = 1;
        for (Heatmap.PeakView p : map.peaks()) {
            Div peak = new Div();
            peak.addClassName("cd-heatmap__peak");
            Span head = new Span(n++ + ". " + Timecode.range(p.from(), p.to()) + " · " + p.count()
                    + (p.count() == 1 ? " Moment" : " Moments"));
            head.addClassName("cd-heatmap__peak-head");
            peak.add(head);
            for (Heatmap.Candidate c : p.best()) {
                Div line = new Div();
                line.addClassName("cd-heatmap__candidate");
                Anchor link = new Anchor("moments/" + c.momentId(), "#" + c.momentId());
                Span text = new Span(Timecode.range(c.startSecond(), c.endSecond()) + " · " + Formats.count(c.shareCount())
                        + " shares · “" + c.caption() + "”");
                Button add = new Button("Add to board", VaadinIcon.PLUS.create(), e -> addToBoard(c.momentId()));
                add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                add.setAriaLabel("Add Moment " + c.momentId() + " to the " + market.getValue().code() + " home row");
                line.add(link, text, add);
                peak.add(line);
            }
            peaks.add(peak);
        }
    }

    private void addToBoard(long momentId) {
        String code = market.getValue().code();
        try {
            BoardView board = curation.board(code, Surface.HOME_ROW);
            curation.add(code, Surface.HOME_ROW, board.version(), momentId, null, null);
            Toasts.success("Moment " + momentId + " added to the " + code + " home row draft");
        } catch (InvalidCurationException | ConcurrentEditException e) {
            Toasts.error(e.getMessage());
        }
    }
}
