package com.clipdesk.spoiler.ui;

import com.clipdesk.catalog.MarketTime;
import com.clipdesk.catalog.MarketView;
import com.clipdesk.catalog.ScheduledRelease;
import com.clipdesk.catalog.TitleSummary;
import com.clipdesk.shell.ListHeader;
import com.clipdesk.shell.MainLayout;
import com.clipdesk.spoiler.CalendarEntry;
import com.clipdesk.spoiler.CalendarQuery;
import com.clipdesk.spoiler.ReleaseCalendar;
import com.clipdesk.staff.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Upcoming releases in the staff member's markets and the spoiler windows they open (curators plan
 * featured Moments by it; moderators see what will be embargoed or spoiler-hidden when), with last
 * week's releases whose windows are still open. Dates and times in each market's own zone.
 */
@Route(value = "spoilers/calendar", layout = MainLayout.class)
@PageTitle("Release calendar · Clipdesk")
@Menu(order = 25, title = "Release calendar", icon = "vaadin:calendar")
@RolesAllowed({Role.MODERATOR_NAME, Role.LEAD_MODERATOR_NAME, Role.CURATOR_NAME, Role.AUDITOR_NAME,
        Role.ADMIN_NAME})
@StyleSheet("styles/spoilers.css")
class CalendarView extends VerticalLayout {

    private final ReleaseCalendar calendar;
    private final ListHeader header = new ListHeader("Release calendar", "release", "releases");
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final ComboBox<MarketView> market = new ComboBox<>("Market");
    private final ComboBox<TitleSummary> title = new ComboBox<>("Title");
    private final Checkbox openWindows = new Checkbox("Last week's releases with open windows", true);
    private final Grid<CalendarEntry> grid = new Grid<>();

    CalendarView(ReleaseCalendar calendar) {
        this.calendar = calendar;
        LocalDate today = calendar.today();
        CalendarQuery defaults = CalendarQuery.next30Days(today);
        for (DatePicker picker : new DatePicker[] {from, to}) {
            picker.setLocale(Locale.UK);
            picker.setWidth("9.5rem");
            picker.addValueChangeListener(e -> refresh());
        }
        from.setValue(defaults.from());
        to.setValue(defaults.to());
        market.setItems(calendar.markets());
        market.setItemLabelGenerator(MarketView::label);
        market.setPlaceholder("All my markets");
        market.setClearButtonVisible(true);
        market.setWidth("12rem");
        market.addValueChangeListener(e -> refresh());
        title.setItems(query -> calendar.titles(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                .stream(), query -> calendar.countTitles(query.getFilter().orElse("")));
        title.setItemLabelGenerator(TitleSummary::label);
        title.setPlaceholder("Every title");
        title.setClearButtonVisible(true);
        title.setWidth("16rem");
        title.addValueChangeListener(e -> refresh());
        openWindows.addValueChangeListener(e -> refresh());

        grid.addColumn(e -> e.release().market()).setHeader("Market").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(e -> released(e, today.getYear())).setHeader("Release (local)").setWidth("10.5rem")
                .setFlexGrow(0);
        grid.addComponentColumn(CalendarView::episode).setHeader("Title · episode").setWidth("10rem").setFlexGrow(2);
        grid.addComponentColumn(CalendarView::window).setHeader("Spoiler window").setWidth("11rem").setFlexGrow(1);
        grid.addComponentColumn(CalendarView::phase).setHeader("Now").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("cd-calendar");
        grid.setSizeFull();

        var filters = new HorizontalLayout(from, to, market, title, openWindows);
        filters.addClassName("cd-filter-bar");
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        var intro = new Paragraph("Releases in your markets and the spoiler windows they open: Moments are embargoed "
                + "until the release, spoiler-flagged items stay behind a warning until the window ends. Days and "
                + "times in each market's local time.");
        intro.addClassName("cd-muted");
        add(header, intro, filters, grid);
        setSizeFull();
        refresh();
    }

    private void refresh() {
        grid.setItems(java.util.List.of()); // the lazy provider below replaces it once the range is valid
        from.setInvalid(false);
        to.setInvalid(false);
        if (from.getValue() == null || to.getValue() == null) {
            (from.getValue() == null ? from : to).setErrorMessage("Choose a date");
            (from.getValue() == null ? from : to).setInvalid(true);
            header.setCount(0);
            return;
        }
        if (to.getValue().isBefore(from.getValue())) {
            to.setErrorMessage("Choose a day on or after the start");
            to.setInvalid(true);
            header.setCount(0);
            return;
        }
        if (ChronoUnit.DAYS.between(from.getValue(), to.getValue()) >= CalendarQuery.MAX_DAYS) {
            to.setErrorMessage("Choose at most " + CalendarQuery.MAX_DAYS + " days");
            to.setInvalid(true);
            header.setCount(0);
            return;
        }
        var query = new CalendarQuery(from.getValue(), to.getValue(),
                market.getValue() == null ? null : market.getValue().code(),
                title.getValue() == null ? null : title.getValue().id(), openWindows.getValue());
        grid.setItems(q -> calendar.entries(query, q.getOffset(), q.getLimit()).stream(), q -> calendar.count(query));
        header.setCount(calendar.count(query));
    }

    private static Component episode(CalendarEntry entry) {
        ScheduledRelease r = entry.release();
        return twoLines(r.titleAndEpisode(), (r.kind() == com.clipdesk.catalog.TitleKind.FILM ? "" : r.episodeName()
                + " · ") + r.kind().label());
    }

    /** "Mon 23 Nov 18:00" in the market, then the UTC time (and the year when it is not this one). */
    private static Component released(CalendarEntry entry, int thisYear) {
        ScheduledRelease r = entry.release();
        int year = r.releasedAt().atZone(r.zone()).getYear();
        String utc = MarketTime.utc(r.releasedAt()).replaceAll("^.* (\\d\\d:\\d\\d UTC)$", "$1");
        return twoLines(MarketTime.day(r.releasedAt(), r.zone()) + " " + MarketTime.time(r.releasedAt(), r.zone()),
                (year == thisYear ? "" : year + " · ") + utc);
    }

    private static Component window(CalendarEntry entry) {
        ScheduledRelease r = entry.release();
        if (entry.windowDays() == 0) {
            return twoLines("No window", "spoilers clear at release");
        }
        return twoLines("until " + MarketTime.day(entry.windowEnds(), r.zone()) + " "
                        + MarketTime.time(entry.windowEnds(), r.zone()),
                entry.windowDays() + (entry.windowDays() == 1 ? " day, " : " days, ")
                        + r.kind().label().toLowerCase(Locale.ROOT) + (entry.marketOverride() ? " · " + r.market()
                                + "'s own" : ""));
    }

    private static Component phase(CalendarEntry entry) {
        var badge = new Span(entry.phase().label());
        badge.addClassNames("cd-badge", "cd-badge--phase-" + entry.phase().name().toLowerCase(Locale.ROOT)
                .replace('_', '-'));
        return badge;
    }

    private static Component twoLines(String main, String detail) {
        var second = new Div(detail);
        second.addClassName("cd-muted");
        var cell = new Div(new Div(main), second);
        cell.addClassName("cd-calendar__cell");
        return cell;
    }
}
