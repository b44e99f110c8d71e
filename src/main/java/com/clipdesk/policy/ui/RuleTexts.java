package com.clipdesk.policy.ui;

import com.clipdesk.catalog.TitleKind;
import com.clipdesk.policy.ClipBlackout;
import com.clipdesk.policy.EffectivePolicy;
import com.clipdesk.policy.EffectivePolicy.Rule;
import com.clipdesk.policy.PolicyDiff;
import com.clipdesk.policy.PolicyRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** One line per rule, as the policy pages show it; a null value is a rule the version leaves to the default. */
final class RuleTexts {

    record Line(Rule rule, @Nullable String value) {}

    private RuleTexts() {}

    static List<Line> of(PolicyRules r, LongFunction<String> titles) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(Rule.DESTINATION, r.destinations() == null ? null : PolicyDiff.destinations(r.destinations())));
        lines.add(new Line(Rule.CLIP_LENGTH, lengths(r.maxClipSeconds())));
        lines.add(new Line(Rule.BLACKOUT, r.blackouts() == null || r.blackouts().isEmpty() ? (r.blackouts() == null
                ? null : "none") : r.blackouts().stream().map(b -> PolicyDiff.blackout(b, titles))
                        .collect(Collectors.joining("\n"))));
        lines.add(new Line(Rule.AGE, ages(r.minimumAge())));
        lines.add(new Line(Rule.PRE_MODERATION, r.preModeration() == null ? null : PolicyDiff.preModeration(r.preModeration())));
        lines.add(new Line(Rule.SPOILER, r.spoiler() == null ? null : PolicyDiff.spoiler(r.spoiler())));
        return lines;
    }

    static PolicyRules rulesOf(EffectivePolicy p) {
        return new PolicyRules(p.destinations(), p.maxClipSeconds(), p.blackouts(), p.minimumAge(), p.preModeration(),
                p.spoiler());
    }

    /** "Series 60 s · Film 30 s" (the kinds a version sets). */
    static @Nullable String lengths(@Nullable Map<TitleKind, Integer> lengths) {
        if (lengths == null || lengths.isEmpty()) {
            return null;
        }
        return Arrays.stream(TitleKind.values()).filter(lengths::containsKey)
                .map(k -> k.label() + " " + lengths.get(k) + " s").collect(Collectors.joining(" · "));
    }

    /** "ALL any age · 13+ from 13 · 16+ from 18" */
    static @Nullable String ages(@Nullable Map<String, Integer> ages) {
        if (ages == null || ages.isEmpty()) {
            return null;
        }
        return PolicyDiff.RATINGS.stream().filter(ages::containsKey)
                .map(r -> r + " " + (ages.get(r) == 0 ? "any age" : "from " + ages.get(r)))
                .collect(Collectors.joining(" · "));
    }

    static String blackoutLine(ClipBlackout b, LongFunction<String> titles) {
        return PolicyDiff.blackout(b, titles);
    }
}
