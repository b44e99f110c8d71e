package com.clipdesk.spoiler;

import com.clipdesk.catalog.CatalogService;
import com.clipdesk.catalog.MarketView;
import com.clipdesk.catalog.ReleaseSlice;
import com.clipdesk.catalog.ScheduledRelease;
import com.clipdesk.catalog.TitleKind;
import com.clipdesk.catalog.TitleSummary;
import com.clipdesk.staff.CurrentStaff;
import com.clipdesk.staff.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendar of releases and the spoiler windows they open, in the markets the staff member works in
 * (moderators, leads, curators planning featured Moments, auditors, admins). Paged: the database picks
 * the rows, one slice per market and title kind since each has its own window.
 */
@Service
@Transactional(readOnly = true)
public class ReleaseCalendar {

    /** How far back releases with a still-open window are listed. */
    static final Duration OPEN_WINDOWS_LOOK_BACK = Duration.ofDays(7);

    private static final Role[] READERS = {Role.MODERATOR, Role.LEAD_MODERATOR, Role.CURATOR, Role.AUDITOR,
            Role.ADMIN};

    private final CatalogService catalog;
    private final SpoilerWindows windows;
    private final CurrentStaff currentStaff;
    private final Clock clock;

    ReleaseCalendar(CatalogService catalog, SpoilerWindows windows, CurrentStaff currentStaff, Clock clock) {
        this.catalog = catalog;
        this.windows = windows;
        this.currentStaff = currentStaff;
        this.clock = clock;
    }

    /** A page of the calendar, by release time. */
    public List<CalendarEntry> entries(CalendarQuery query, int offset, int limit) {
        currentStaff.require(READERS);
        WindowTable table = windows.inForce();
        Instant now = clock.instant();
        return catalog.releaseSchedule(slices(query, table, now), query.titleId(), offset, limit).stream()
                .map(r -> entry(r, table, now)).toList();
    }

    public int count(CalendarQuery query) {
        currentStaff.require(READERS);
        return catalog.countReleaseSchedule(slices(query, windows.inForce(), clock.instant()), query.titleId());
    }

    /** The markets the calendar can show this staff member. */
    public List<MarketView> markets() {
        currentStaff.require(READERS);
        return catalog.marketsInScope();
    }

    public List<TitleSummary> titles(String filter, int offset, int limit) {
        currentStaff.require(READERS);
        return catalog.titles(filter, offset, limit);
    }

    public int countTitles(String filter) {
        currentStaff.require(READERS);
        return catalog.countTitles(filter);
    }

    /** Today in UTC, where the calendar's default range starts. */
    public java.time.LocalDate today() {
        return java.time.LocalDate.now(clock);
    }

    private List<ReleaseSlice> slices(CalendarQuery query, WindowTable table, Instant now) {
        if (query.to().isBefore(query.from())) {
            throw new IllegalArgumentException("The range ends before it starts");
        }
        if (ChronoUnit.DAYS.between(query.from(), query.to()) >= CalendarQuery.MAX_DAYS) {
            throw new IllegalArgumentException("Choose at most " + CalendarQuery.MAX_DAYS + " days");
        }
        List<ReleaseSlice> slices = new ArrayList<>();
        for (MarketView market : catalog.marketsInScope()) {
            if (query.market() != null && !query.market().equals(market.code())) {
                continue;
            }
            ZoneId zone = ZoneId.of(market.timeZone());
            Instant from = query.from().atStartOfDay(zone).toInstant();
            Instant to = query.to().plusDays(1).atStartOfDay(zone).toInstant();
            for (TitleKind kind : TitleKind.values()) {
                slices.add(new ReleaseSlice(market.code(), kind, from, to));
                if (query.openWindows() && !from.isAfter(now)) {
                    // released before the range, in the past week, window not over yet (only for a range
                    // from today or earlier: a range in the future asks about the future)
                    Instant openSince = latest(now.minus(OPEN_WINDOWS_LOOK_BACK), now.minus(table.of(market.code(),
                            kind)));
                    Instant until = from.isBefore(now) ? from : now;
                    if (openSince.isBefore(until)) {
                        slices.add(new ReleaseSlice(market.code(), kind, openSince, until));
                    }
                }
            }
        }
        return slices;
    }

    private static CalendarEntry entry(ScheduledRelease release, WindowTable table, Instant now) {
        int days = table.days(release.market(), release.kind());
        Instant ends = release.releasedAt().plus(Duration.ofDays(days));
        CalendarEntry.Phase phase = now.isBefore(release.releasedAt()) ? CalendarEntry.Phase.EMBARGOED
                : now.isBefore(ends) ? CalendarEntry.Phase.SPOILER_WINDOW : CalendarEntry.Phase.CLEAR;
        return new CalendarEntry(release, days, table.overridden(release.market(), release.kind()), ends, phase);
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
