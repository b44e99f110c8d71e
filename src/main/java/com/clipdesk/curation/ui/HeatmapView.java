package com.clipdesk.curation.ui;

import com.clipdesk.catalog.MarketView;
import com.clipdesk.catalog.TitleSummary;
import com.clipdesk.content.Timecode;
import com.clipdesk.curation.BoardKey;
import com.clipdesk.curation.BoardView;
import com.clipdesk.curation.CurationService;
import com.clipdesk.curation.Heatmap;
import com.clipdesk.curation.HeatmapService;
import com.clipdesk.curation.HeatmapService.EpisodeChoice;
import com.clipdesk.curation.InvalidCurationException;
import com.clipdesk.curation.Surface;
import com.clipdesk.curation.TitleHeatmap;
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
 * most shared Moments with "Add to board" (the market's home row draft, or the title's page). With a
 * title (and maybe a season) but no episode: the most clipped moments across its episodes, ranked.
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
    private final Select<Surface> target = new Select<>();
    private final DatePicker from = new DatePicker("Created from");
    private final DatePicker to = new DatePicker("Created before");
    private final Div chart = new Div();
    private final Div peaks = new Div();
    private List<EpisodeChoice> episodes = List.of();
    // true while several pickers are set in one go (a deep link): one refresh at the end, not one per picker
    private boolean settling;

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
        season.setEmptySelectionAllowed(true);
        season.setEmptySelectionCaption("All seasons");
        season.setItemLabelGenerator(n -> n == null ? "All seasons" : "Season " + n);
        season.setWidth("9rem");
        season.addValueChangeListener(e -> pickSeason());
        episode.setLabel("Episode");
        episode.setEmptySelectionAllowed(true);
        episode.setEmptySelectionCaption("All episodes");
        episode.setItemLabelGenerator(e -> e == null ? "All episodes" : e.label());
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
        target.setLabel("Add to");
        target.setItems(Surface.values());
        target.setValue(Surface.HOME_ROW);
        target.setItemLabelGenerator(s -> s == Surface.HOME_ROW || title.getValue() == null ? s.label()
                : "Title page of " + title.getValue().name());
        target.setWidth("13rem");
        target.addValueChangeListener(e -> refresh());
        for (DatePicker picker : new DatePicker[] {from, to}) {
            picker.setLocale(Locale.UK);
            picker.setWidth("8.5rem");
            picker.setClearButtonVisible(true);
            picker.addValueChangeListener(e -> refresh());
        }
        HorizontalLayout filters = new HorizontalLayout(title, season, episode, market, from, to, target);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName("cd-filter-bar");
        chart.addClassName("cd-heatmap__chart");
        peaks.addClassName("cd-heatmap__peaks");
        H2 heading = new H2("Clip heatmap");
        heading.addClassName("cd-curation__title");
        Paragraph intro = new Paragraph("How many Moments cover each second of an episode, counting only Moments "
                + "members in the chosen market may see now. Peaks are the most clipped moments; add their best "
                + "Moments to the market's home row or the title's page (drafts). Without an episode: the most "
                + "clipped moments across the title or season.");
        intro.addClassName("cd-muted");
        add(heading, intro, filters, chart, peaks);
        setWidthFull();
        chart.add(new Paragraph("Choose a title, and a season and episode if you like."));
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
            settling = true;
            try {
                title.setValue(t);
                episodes.stream().filter(e -> e.id() == id).findFirst().ifPresent(e -> {
                    season.setValue(e.season());
                    episode.setValue(e);
                });
            } finally {
                settling = false;
            }
            refresh();
        });
    }

    /** A title: all its seasons and episodes (the title-wide list) until a season or episode is chosen. */
    private void pickTitle() {
        boolean was = settling;
        settling = true;
        try {
            episodes = title.getValue() == null ? List.of() : heatmaps.episodes(title.getValue().id());
            season.setItems(episodes.stream().map(EpisodeChoice::season).distinct().toList());
            season.setValue(null);
            // the title page's label names the title: items again (a refresh alone blanked the shown value)
            Surface into = target.getValue();
            target.setItems(Surface.values());
            target.setValue(into == null ? Surface.HOME_ROW : into);
            pickSeason();
        } finally {
            settling = was;
        }
        refresh();
    }

    private void pickSeason() {
        boolean was = settling;
        settling = true;
        try {
            episode.setItems(episodes.stream().filter(e -> season.getValue() == null || e.season() == season.getValue())
                    .toList());
            episode.setValue(null);
        } finally {
            settling = was;
        }
        refresh();
    }

    /** Opens one episode's heatmap from the title-wide list, keeping market and period. */
    private void openEpisode(long episodeId) {
        episodes.stream().filter(e -> e.id() == episodeId).findFirst().ifPresent(e -> {
            settling = true;
            try {
                season.setValue(e.season());
                episode.setValue(e);
            } finally {
                settling = false;
            }
            refresh();
        });
    }

    private void refresh() {
        if (settling) {
            return;
        }
        chart.removeAll();
        peaks.removeAll();
        if (title.getValue() == null || market.getValue() == null) {
            chart.add(new Paragraph("Choose a title, and a season and episode if you like."));
            return;
        }
        if (episode.getValue() == null) {
            showTitleWide();
            return;
        }
        Heatmap map = heatmaps.heatmap(new HeatmapService.Query(episode.getValue().id(), market.getValue().code(),
                start(from), start(to)));
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
            p.best().forEach(c -> peak.add(candidate(c)));
            peaks.add(peak);
        }
    }

    /** The most clipped moments across the title's (or season's) episodes, ranked together. */
    private void showTitleWide() {
        TitleHeatmap map = heatmaps.mostClipped(new HeatmapService.TitleQuery(title.getValue().id(), season.getValue(),
                market.getValue().code(), start(from), start(to)));
        String across = map.episodeCount() == 1 && map.season() == null ? map.titleName()
                : map.season() == null ? "all " + map.episodeCount() + " episodes of " + map.titleName()
                : map.episodeCount() == 1 ? "the episode of season " + map.season()
                : "the " + map.episodeCount() + " episodes of season " + map.season();
        Span summary = new Span(Formats.count(map.momentCount()) + " Moments visible in " + market.getValue().code()
                + " across " + across + ". Choose an episode to see its heatmap.");
        summary.addClassName("cd-muted");
        chart.add(summary);
        if (map.peaks().isEmpty()) {
            peaks.add(new Paragraph("No Moments of these episodes are visible there in this period."));
            return;
        }
        peaks.add(new H3(map.season() == null ? "Most clipped moments of the title" : "Most clipped moments of season "
                + map.season()));
        int n = 1;
        for (TitleHeatmap.EpisodePeak p : map.peaks()) {
            Div peak = new Div();
            peak.addClassName("cd-heatmap__peak");
            Span head = new Span(n++ + ". ");
            head.addClassName("cd-heatmap__peak-head");
            Button open = new Button(p.episodeLabel(), e -> openEpisode(p.episodeId()));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            open.addClassName("cd-heatmap__episode");
            open.setAriaLabel("Open the heatmap of " + p.episodeLabel());
            head.add(open, new Span(" · " + Timecode.range(p.from(), p.to()) + " · " + p.count()
                    + (p.count() == 1 ? " Moment" : " Moments")));
            peak.add(head);
            p.best().forEach(c -> peak.add(candidate(c)));
            peaks.add(peak);
        }
    }

    private Div candidate(Heatmap.Candidate c) {
        Div line = new Div();
        line.addClassName("cd-heatmap__candidate");
        Anchor link = new Anchor("moments/" + c.momentId(), "#" + c.momentId());
        Span text = new Span(Timecode.range(c.startSecond(), c.endSecond()) + " · " + Formats.count(c.shareCount())
                + " shares · “" + c.caption() + "”");
        Button add = new Button("Add to board", VaadinIcon.PLUS.create(), e -> addToBoard(c.momentId()));
        add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        add.setAriaLabel("Add Moment " + c.momentId() + " to the " + boardName());
        line.add(link, text, add);
        return line;
    }

    private static java.time.@org.jspecify.annotations.Nullable Instant start(DatePicker day) {
        return day.getValue() == null ? null : day.getValue().atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** The board "Add to" names: the market's home row, or the chosen title's page there. */
    private BoardKey board() {
        String code = market.getValue().code();
        return target.getValue() == Surface.TITLE_PAGE && title.getValue() != null
                ? BoardKey.titlePage(code, title.getValue().id()) : BoardKey.homeRow(code);
    }

    private String boardName() {
        BoardKey key = board();
        return key.market() + (key.titleId() == null ? " home row" : " title page of " + title.getValue().name());
    }

    private void addToBoard(long momentId) {
        BoardKey key = board();
        try {
            BoardView board = curation.board(key);
            curation.add(key, board.version(), momentId, null, null);
            Toasts.success("Moment " + momentId + " added to the " + boardName() + " draft");
        } catch (InvalidCurationException | ConcurrentEditException e) {
            Toasts.error(e.getMessage());
        }
    }
}
