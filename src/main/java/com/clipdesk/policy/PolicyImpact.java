package com.clipdesk.policy;

import com.clipdesk.policy.EffectivePolicy.Rule;
import java.util.List;

/**
 * What publishing a version would leave outside the policy, against the one in force now: existing
 * Moments now too long, Moments of titles newly blacked out, share links to destinations no longer
 * allowed. Empty when the version is not stricter.
 */
public record PolicyImpact(String market, int number, List<Line> lines) {

    public PolicyImpact {
        lines = List.copyOf(lines);
    }

    /**
     * One rule made stricter, and how much existing content it reaches.
     *
     * @param key names the line within its market and version, for the page listing its Moments:
     *     "clip_length:SERIES", "blackout:12" or "blackout:12:34" (title, season), "destination"
     */
    public record Line(Rule rule, String change, long count, String what, String key) {}

    public long total() {
        return lines.stream().mapToLong(Line::count).sum();
    }
}
