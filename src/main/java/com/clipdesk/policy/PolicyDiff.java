package com.clipdesk.policy;

import com.clipdesk.catalog.TitleKind;
import com.clipdesk.content.ShareDestination;
import com.clipdesk.policy.EffectivePolicy.Rule;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Two versions' rules side by side, rule by rule (clip lengths per title kind, ages per rating), as
 * people read them: "Instagram, TikTok, X" → "Instagram, TikTok"; a rule a market version does not set
 * reads "inherited". A pure function: the diff page and its test need no database.
 */
public final class PolicyDiff {

    /** The maturity ratings age gates are set for, youngest first. */
    public static final List<String> RATINGS = List.of("ALL", "7+", "13+", "16+", "18+");

    static final String INHERITED = "inherited";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private PolicyDiff() {}

    /** One line of the diff: a rule (or one title kind's or rating's part of it) before and after. */
    public record RuleChange(Rule rule, String label, String before, String after) {

        public boolean changed() {
            return !before.equals(after);
        }
    }

    /** Every rule of {@code a} and {@code b}; {@link RuleChange#changed()} marks the ones that differ. */
    public static List<RuleChange> between(PolicyRules a, PolicyRules b) {
        return between(a, b, id -> "Title #" + id);
    }

    /** As {@link #between(PolicyRules, PolicyRules)}, naming blackout titles with {@code titleNames}. */
    public static List<RuleChange> between(PolicyRules a, PolicyRules b, LongFunction<String> titleNames) {
        List<RuleChange> lines = new ArrayList<>();
        lines.add(new RuleChange(Rule.DESTINATION, Rule.DESTINATION.label(), destinations(a.destinations()),
                destinations(b.destinations())));
        for (TitleKind kind : TitleKind.values()) {
            lines.add(new RuleChange(Rule.CLIP_LENGTH, Rule.CLIP_LENGTH.label() + " · " + kind.label(),
                    seconds(a.maxClipSeconds(), kind), seconds(b.maxClipSeconds(), kind)));
        }
        lines.add(new RuleChange(Rule.BLACKOUT, Rule.BLACKOUT.label(), blackouts(a.blackouts(), titleNames),
                blackouts(b.blackouts(), titleNames)));
        for (String rating : RATINGS) {
            lines.add(new RuleChange(Rule.AGE, Rule.AGE.label() + " · " + rating, age(a.minimumAge(), rating),
                    age(b.minimumAge(), rating)));
        }
        lines.add(new RuleChange(Rule.PRE_MODERATION, Rule.PRE_MODERATION.label(), preModeration(a.preModeration()),
                preModeration(b.preModeration())));
        lines.add(new RuleChange(Rule.SPOILER, Rule.SPOILER.label(), spoiler(a.spoiler()), spoiler(b.spoiler())));
        return List.copyOf(lines);
    }

    /** Only the lines that differ. */
    public static List<RuleChange> changes(PolicyRules a, PolicyRules b) {
        return between(a, b).stream().filter(RuleChange::changed).toList();
    }

    public static String destinations(@Nullable Set<ShareDestination> destinations) {
        if (destinations == null) {
            return INHERITED;
        }
        if (destinations.isEmpty()) {
            return "none";
        }
        return Arrays.stream(ShareDestination.values()).filter(destinations::contains).map(ShareDestination::label)
                .collect(Collectors.joining(", "));
    }

    private static String seconds(@Nullable Map<TitleKind, Integer> lengths, TitleKind kind) {
        Integer s = lengths == null ? null : lengths.get(kind);
        return s == null ? INHERITED : s + " s";
    }

    private static String age(@Nullable Map<String, Integer> ages, String rating) {
        Integer years = ages == null ? null : ages.get(rating);
        return years == null ? INHERITED : years == 0 ? "any age" : years + " or older";
    }

    public static String blackouts(@Nullable List<ClipBlackout> blackouts, LongFunction<String> titleNames) {
        if (blackouts == null || blackouts.isEmpty()) {
            return blackouts == null ? INHERITED : "none";
        }
        return blackouts.stream().sorted(Comparator.comparingLong(ClipBlackout::titleId)
                        .thenComparing(b -> b.seasonId() == null ? 0L : b.seasonId()))
                .map(b -> blackout(b, titleNames)).collect(Collectors.joining("; "));
    }

    /** "Operation Marigold (season #4), 2026-01-01 00:00 – 2026-06-30 00:00 UTC: licence with Channel 4" */
    public static String blackout(ClipBlackout b, LongFunction<String> titleNames) {
        return titleNames.apply(b.titleId()) + (b.seasonId() == null ? "" : " (season #" + b.seasonId() + ")") + ", "
                + period(b.from(), b.until()) + ": " + b.why();
    }

    private static String period(@Nullable Instant from, @Nullable Instant until) {
        if (from == null && until == null) {
            return "always";
        }
        if (from == null) {
            return "until " + DAY.format(until) + " UTC";
        }
        return until == null ? "from " + DAY.format(from) + " UTC" : DAY.format(from) + " – " + DAY.format(until) + " UTC";
    }

    public static String preModeration(@Nullable PreModeration p) {
        if (p == null) {
            return INHERITED;
        }
        return switch (p.mode()) {
            case NONE -> "none";
            case ALL -> "all submissions";
            case RATINGS -> "titles rated " + RATINGS.stream().filter(p.ratings()::contains)
                    .collect(Collectors.joining(", "))
                    + new TreeSet<>(p.ratings()).stream().filter(r -> !RATINGS.contains(r)).map(r -> ", " + r)
                            .collect(Collectors.joining());
        };
    }

    public static String spoiler(@Nullable SpoilerRule s) {
        if (s == null) {
            return INHERITED;
        }
        if (!s.enabled()) {
            return "off";
        }
        if (s.days().isEmpty()) {
            return "on, the default's lengths";
        }
        if (s.complete() && s.days().values().stream().distinct().count() == 1) {
            int days = s.days().values().iterator().next();
            return days + (days == 1 ? " day" : " days") + " after release";
        }
        return s.lengths() + " after release";
    }
}
