package com.clipdesk.policy;

import com.clipdesk.catalog.TitleKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Every market's spoiler windows over time, from the published policy versions (a version scheduled
 * for later is in already): what the spoiler module applies. A window is the effective policy's
 * {@link SpoilerRule} for the title's kind; a flagged item is hidden at {@code t} when
 * {@code t < release + window in force at t}, so a window changed by a later publication ends or
 * lengthens the holds it covers from that publication's effective time on.
 */
public final class SpoilerWindowSchedule {

    /** The rules in force from {@code from} on (the market's own, null when it inherits), and their versions. */
    record Period(Instant from, SpoilerRule defaults, @Nullable SpoilerRule own, int marketVersion, int defaultVersion) {

        SpoilerRule rule() {
            return own == null ? defaults : own.over(defaults);
        }

        /** The market changes this kind's window: its own length, or the window switched on or off there. */
        boolean overrides(TitleKind kind) {
            return own != null && (own.days().containsKey(kind) || own.enabled() != defaults.enabled());
        }
    }

    /** A window as a page shows it: its length, whether the market changes it, and from which versions. */
    public record InForce(int days, boolean enabled, boolean marketOverrides, int marketVersion, int defaultVersion) {}

    /** A published change of a window that takes effect later. */
    public record Change(Instant at, int days, int marketVersion, int defaultVersion) {}

    private final Map<String, List<Period>> markets;

    SpoilerWindowSchedule(Map<String, List<Period>> markets) {
        this.markets = Map.copyOf(markets);
    }

    /** The markets with a policy (every market once a default is published). */
    public Set<String> markets() {
        return markets.keySet();
    }

    /** The window in force in {@code market} at {@code at}; none (0 days) in a market without a policy. */
    public InForce inForce(String market, TitleKind kind, Instant at) {
        Period p = at(market, at);
        if (p == null) {
            return new InForce(0, false, false, 0, 0);
        }
        return new InForce(p.rule().daysFor(kind), p.rule().enabled(), p.overrides(kind), p.marketVersion(),
                p.defaultVersion());
    }

    public Duration window(String market, TitleKind kind, Instant at) {
        return Duration.ofDays(inForce(market, kind, at).days());
    }

    /**
     * When a spoiler-flagged item of {@code kind} released in {@code market} at {@code release} stops
     * being hidden: the first instant from the release on that is past the release plus the window in
     * force at that instant. The first period's rule also stands for the time before it.
     */
    public Instant hiddenUntil(String market, TitleKind kind, Instant release) {
        List<Period> periods = markets.get(market);
        if (periods == null || periods.isEmpty()) {
            return release;
        }
        for (int i = 0; i < periods.size(); i++) {
            Instant end = i + 1 < periods.size() ? periods.get(i + 1).from() : null;
            if (end != null && !end.isAfter(release)) {
                continue;
            }
            Instant start = i == 0 || periods.get(i).from().isBefore(release) ? release : periods.get(i).from();
            Instant over = release.plus(Duration.ofDays(periods.get(i).rule().daysFor(kind)));
            Instant candidate = over.isAfter(start) ? over : start;
            if (end == null || candidate.isBefore(end)) {
                return candidate;
            }
        }
        return release;
    }

    /** The first later period that changes the kind's window in the market, if a version is scheduled. */
    public java.util.Optional<Change> nextChange(String market, TitleKind kind, Instant after) {
        Period current = at(market, after);
        int days = current == null ? 0 : current.rule().daysFor(kind);
        for (Period p : markets.getOrDefault(market, List.of())) {
            if (p.from().isAfter(after) && p.rule().daysFor(kind) != days) {
                return java.util.Optional.of(new Change(p.from(), p.rule().daysFor(kind), p.marketVersion(),
                        p.defaultVersion()));
            }
        }
        return java.util.Optional.empty();
    }

    /** Whether the two give every market and kind the same windows at all times (versions aside). */
    public boolean sameWindows(SpoilerWindowSchedule other) {
        java.util.Set<String> all = new java.util.HashSet<>(markets.keySet());
        all.addAll(other.markets.keySet());
        for (String market : all) {
            if (!changes(market).equals(other.changes(market))) {
                return false;
            }
        }
        return true;
    }

    /** The market's windows per kind from each instant they change on, consecutive equal periods merged. */
    private List<Map.Entry<Instant, Map<TitleKind, Integer>>> changes(String market) {
        List<Map.Entry<Instant, Map<TitleKind, Integer>>> out = new java.util.ArrayList<>();
        for (Period p : markets.getOrDefault(market, List.of())) {
            Map<TitleKind, Integer> days = new java.util.EnumMap<>(TitleKind.class);
            for (TitleKind kind : TitleKind.values()) {
                days.put(kind, p.rule().daysFor(kind));
            }
            if (out.isEmpty() || !out.getLast().getValue().equals(days)) {
                // the first rule also stands for the time before it
                out.add(Map.entry(out.isEmpty() ? Instant.MIN : p.from(), days));
            }
        }
        return out;
    }

    private @Nullable Period at(String market, Instant at) {
        List<Period> periods = markets.get(market);
        if (periods == null || periods.isEmpty()) {
            return null;
        }
        return PolicyDecisions.inForce(periods, Period::from, at);
    }
}
