package com.clipdesk.spoiler;

import com.clipdesk.audit.AuditLog;
import com.clipdesk.catalog.CatalogService;
import com.clipdesk.catalog.TitleKind;
import com.clipdesk.shared.ConcurrentEditException;
import com.clipdesk.staff.CurrentStaff;
import com.clipdesk.staff.Role;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The spoiler windows in force: for a market and title kind, the market's override or else the
 * default. No staff check on reading (a system rule the scheduler, the share-link API and the
 * calendar apply); changes are the admins' (the windows page), audited and published as
 * {@link SpoilerWindowChanged}.
 */
@Service
@Transactional(readOnly = true)
public class SpoilerWindows {

    /** The longest window, in days (the shortest is 0: spoilers clear at release). */
    public static final int MAX_DAYS = SpoilerWindow.MAX_DAYS;

    private final SpoilerWindowRepository windows;
    private final CatalogService catalog;
    private final CurrentStaff currentStaff;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    SpoilerWindows(SpoilerWindowRepository windows, CatalogService catalog, CurrentStaff currentStaff, AuditLog audit,
            ApplicationEventPublisher events) {
        this.windows = windows;
        this.catalog = catalog;
        this.currentStaff = currentStaff;
        this.audit = audit;
        this.events = events;
    }

    /** How long spoiler-flagged items stay hidden in {@code market} after the release there. */
    public Duration windowFor(String market, TitleKind kind) {
        return inForce().of(market, kind);
    }

    /** Every window in force, to look up many (a calendar page) with one query. */
    public WindowTable inForce() {
        return new WindowTable(windows.findAllByOrderByMarketCodeAscTitleKindAsc().stream().map(SpoilerWindowView::of)
                .toList());
    }

    /** Defaults first (by kind), then overrides by market and kind: tens of rows. */
    public List<SpoilerWindowView> all() {
        currentStaff.get();
        var all = windows.findAllByOrderByMarketCodeAscTitleKindAsc().stream().map(SpoilerWindowView::of);
        return all.sorted(java.util.Comparator.comparing((SpoilerWindowView w) -> w.market() != null)
                .thenComparing(w -> w.market() == null ? "" : w.market()).thenComparing(SpoilerWindowView::kind))
                .toList();
    }

    /** The markets an override can be for (every market: windows are global settings). */
    public List<com.clipdesk.catalog.MarketView> markets() {
        currentStaff.get();
        return catalog.markets();
    }

    /** Changes the days of a default or an override; {@code version} is the one the admin saw. */
    @Transactional
    public SpoilerWindowView change(long id, long version, @Nullable Integer days) {
        currentStaff.require(Role.ADMIN);
        int checked = checkDays(days);
        SpoilerWindow window = current(id, version);
        int before = window.getDays();
        if (before == checked) {
            return SpoilerWindowView.of(window);
        }
        window.change(checked);
        windows.flush();
        audit.record("SPOILER_WINDOW_CHANGED", "SPOILER_WINDOW", id, window.getMarketCode(),
                "Changed spoiler window " + describe(window) + ": " + days(before) + " → " + days(checked));
        events.publishEvent(new SpoilerWindowChanged(window.getMarketCode(), window.getTitleKind(), before, checked));
        return SpoilerWindowView.of(window);
    }

    /** Gives a market its own window for a kind of title. */
    @Transactional
    public SpoilerWindowView addOverride(@Nullable String market, @Nullable TitleKind kind, @Nullable Integer days) {
        currentStaff.require(Role.ADMIN);
        if (market == null || catalog.markets().stream().noneMatch(m -> m.code().equals(market))) {
            throw new InvalidSpoilerWindowException("market", market == null ? "Choose a market"
                    : "There is no market " + market);
        }
        if (kind == null) {
            throw new InvalidSpoilerWindowException("kind", "Choose a kind of title");
        }
        int checked = checkDays(days);
        if (inForce().overridden(market, kind)) {
            throw new InvalidSpoilerWindowException("kind", market + " already has its own window for "
                    + kind.label().toLowerCase(java.util.Locale.ROOT) + ": change it in the list");
        }
        SpoilerWindow window = windows.saveAndFlush(new SpoilerWindow(market, kind, checked));
        audit.record("SPOILER_WINDOW_OVERRIDE_ADDED", "SPOILER_WINDOW", window.getId(), market,
                "Added spoiler window " + describe(window) + ": " + days(checked) + " (default "
                        + days(inForce().days("", kind)) + ")");
        events.publishEvent(new SpoilerWindowChanged(market, kind, null, checked));
        return SpoilerWindowView.of(window);
    }

    /** Removes a market's own window: the default applies there again. Defaults cannot be removed. */
    @Transactional
    public void removeOverride(long id, long version) {
        currentStaff.require(Role.ADMIN);
        SpoilerWindow window = current(id, version);
        String market = window.getMarketCode();
        if (market == null) {
            throw new InvalidSpoilerWindowException("market", "A default cannot be removed; set it to 0 days instead");
        }
        windows.delete(window);
        windows.flush();
        audit.record("SPOILER_WINDOW_OVERRIDE_REMOVED", "SPOILER_WINDOW", id, market,
                "Removed spoiler window " + describe(window) + " (" + days(window.getDays())
                        + "): the default applies again");
        events.publishEvent(new SpoilerWindowChanged(market, window.getTitleKind(), window.getDays(), null));
    }

    private SpoilerWindow current(long id, long version) {
        SpoilerWindow window = windows.findById(id).orElse(null);
        if (window == null || window.getVersion() != version) {
            String by = audit.lastEventAbout("SPOILER_WINDOW", id).map(e -> e.getActor()).orElse("another staff member");
            throw new ConcurrentEditException("This spoiler window", by);
        }
        return window;
    }

    private static int checkDays(@Nullable Integer days) {
        if (days == null || days < 0 || days > SpoilerWindow.MAX_DAYS) {
            throw new InvalidSpoilerWindowException("days",
                    "Enter a whole number of days from 0 to " + SpoilerWindow.MAX_DAYS);
        }
        return days;
    }

    private static String describe(SpoilerWindow w) {
        return (w.getMarketCode() == null ? "default" : w.getMarketCode()) + " · " + w.getTitleKind().label();
    }

    private static String days(int days) {
        return days == 1 ? "1 day" : days + " days";
    }
}
