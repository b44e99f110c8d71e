package com.clipdesk.policy;

import com.clipdesk.catalog.TitleKind;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Whether spoiler-flagged items stay hidden in the market after each release there, and for how many
 * days per title kind: the only source of the spoiler windows the spoiler module applies. The default
 * policy's rule gives every kind a length; a market's rule decides on or off for the market and
 * overrides the lengths it lists (the others are the default's), as clip lengths do.
 *
 * @param enabled false: no window in the market (flagged items clear at the release)
 * @param days days after the release, per title kind (0 to {@value #MAX_DAYS})
 */
public record SpoilerRule(boolean enabled, Map<TitleKind, Integer> days) {

    /** The longest window, in days. */
    public static final int MAX_DAYS = 365;

    public SpoilerRule {
        days = days == null ? Map.of() : Map.copyOf(days);
        for (Map.Entry<TitleKind, Integer> e : days.entrySet()) {
            if (e.getValue() == null || e.getValue() < 0 || e.getValue() > MAX_DAYS) {
                throw new IllegalArgumentException("A spoiler window lasts 0 to " + MAX_DAYS + " days, not "
                        + e.getValue() + " (" + e.getKey().label().toLowerCase(java.util.Locale.ROOT) + ")");
            }
        }
    }

    /** The same window for every kind of title. */
    public static SpoilerRule everyKind(boolean enabled, int days) {
        Map<TitleKind, Integer> all = new EnumMap<>(TitleKind.class);
        for (TitleKind kind : TitleKind.values()) {
            all.put(kind, days);
        }
        return new SpoilerRule(enabled, all);
    }

    /** Whether every kind has a length, as the default policy's rule must. */
    public boolean complete() {
        return days.keySet().containsAll(Arrays.asList(TitleKind.values()));
    }

    /** The days flagged items of {@code kind} stay hidden after a release: 0 when the rule is off. */
    public int daysFor(TitleKind kind) {
        return enabled ? days.getOrDefault(kind, 0) : 0;
    }

    /** This rule (a market's) over the default's: on/off is this one's, lengths it lists override. */
    SpoilerRule over(SpoilerRule defaults) {
        Map<TitleKind, Integer> merged = new EnumMap<>(TitleKind.class);
        merged.putAll(defaults.days());
        merged.putAll(days);
        return new SpoilerRule(enabled, merged);
    }

    /** "Series 14 d · Film 30 d" in title-kind order, the kinds the rule lists. */
    public String lengths() {
        return Arrays.stream(TitleKind.values()).filter(days::containsKey)
                .map(k -> k.label() + " " + days.get(k) + " d").collect(Collectors.joining(" · "));
    }
}
