package com.clipdesk.spoiler.ui;

import com.clipdesk.content.ContentKind;
import com.clipdesk.shell.Formats;
import com.clipdesk.spoiler.MarketTimeline;
import com.clipdesk.spoiler.SpoilerFlags;
import com.clipdesk.spoiler.SpoilerTimeline;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.Locale;

/**
 * An item's spoiler timeline: per market the state now and its dates, the flag (target, by, when),
 * a suggestion for unflagged items, "Flag as spoiler…" and, for leads and admins, "Unflag…".
 */
@StyleSheet("styles/spoilers.css")
class SpoilersPanel extends Div {

    static final String FLAG = "Flag as spoiler…";
    static final String UNFLAG = "Unflag…";

    private final SpoilerFlags flags;
    private final ContentKind kind;
    private final long itemId;

    SpoilersPanel(SpoilerFlags flags, ContentKind kind, long itemId) {
        this.flags = flags;
        this.kind = kind;
        this.itemId = itemId;
        addClassName("cd-spoilers");
        refresh();
    }

    void refresh() {
        removeAll();
        SpoilerTimeline t = flags.timeline(kind, itemId);
        var toolbar = new Div();
        toolbar.addClassName("cd-spoilers__toolbar");
        Span flagLine;
        if (t.flag() == null) {
            flagLine = new Span("Not flagged as a spoiler.");
            flagLine.addClassName("cd-muted");
        } else {
            var f = t.flag();
            var target = new Span("Spoiler of " + f.targetLabel() + " (" + f.target().label().toLowerCase(Locale.ROOT)
                    + ")");
            target.addClassName("cd-spoilers__target");
            var by = new Span("flagged by " + f.flaggedBy() + ", " + Formats.dateTime(f.flaggedAt()) + " · "
                    + f.source().label());
            by.addClassName("cd-muted");
            flagLine = new Span(target, new Span(" "), by);
            flagLine.addClassName("cd-spoilers__flag");
        }
        toolbar.add(flagLine);
        if (t.mayFlag()) {
            var flag = new Button(FLAG, e -> new FlagSpoilerDialog(flags, t, this::changed).open());
            flag.setId("spoiler-flag");
            flag.addThemeVariants(ButtonVariant.LUMO_SMALL);
            toolbar.add(flag);
        }
        if (t.mayUnflag() && t.flag() != null) {
            var unflag = new Button(UNFLAG, e -> new UnflagSpoilerDialog(flags, t, this::changed, this::refresh).open());
            unflag.setId("spoiler-unflag");
            unflag.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            toolbar.add(unflag);
        }
        add(toolbar);
        if (t.suggestion() != null) {
            var suggestion = new Div(t.suggestion());
            suggestion.addClassName("cd-spoilers__suggestion");
            add(suggestion);
        }
        var grid = new Grid<MarketTimeline>();
        grid.addClassName("cd-spoilers__grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        grid.addColumn(MarketTimeline::market).setHeader("Market").setWidth("5.5rem").setFlexGrow(0);
        grid.addComponentColumn(SpoilersPanel::badge).setHeader("Now").setWidth("9.5rem").setFlexGrow(0);
        grid.addColumn(SpoilersPanel::dates).setHeader("Dates (UTC)").setFlexGrow(1)
                .setTooltipGenerator(SpoilersPanel::dates);
        grid.setItems(t.markets());
        grid.setAllRowsVisible(true);
        add(grid);
    }

    static Span badge(MarketTimeline m) {
        var badge = new Span(m.state().label());
        badge.addClassNames("cd-badge", "cd-badge--spoiler-" + m.state().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return badge;
    }

    /** "Embargoed until 2026-12-04 20:00 · then spoiler-hidden until 2026-12-18 20:00", … */
    static String dates(MarketTimeline m) {
        if (m.notReleased()) {
            return "Not released here: no release date";
        }
        return switch (m.state()) {
            case EMBARGOED -> "Until release " + at(m.releasedAt())
                    + (m.spoilerHiddenUntil() == null ? "" : " · then spoiler-hidden until " + at(m.spoilerHiddenUntil()));
            case SPOILER_HIDDEN -> "Released " + at(m.releasedAt()) + " · spoiler-hidden until "
                    + at(m.spoilerHiddenUntil());
            // "clear since" only after a spoiler window; an unflagged item is simply out since the release
            case CLEAR -> m.spoilerHiddenUntil() != null
                    ? "Released " + at(m.releasedAt()) + " · clear since " + at(m.spoilerHiddenUntil())
                    : m.releasedAt() != null ? "Released " + at(m.releasedAt()) : "Nothing holds it back";
        };
    }

    private static String at(Instant instant) {
        return instant == null ? "—" : Formats.shortDateTime(instant);
    }

    private void changed() {
        // the page's "Visible in" and share links above this section change too
        var ui = getUI();
        if (ui.isPresent()) {
            ui.get().refreshCurrentRoute(false);
        } else {
            refresh();
        }
    }

}
