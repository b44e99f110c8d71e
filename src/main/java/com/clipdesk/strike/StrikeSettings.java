package com.clipdesk.strike;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code clipdesk.strikes.*}: how long a strike counts, and what the count of active strikes calls
 * for. Checked at start-up: a bad setting stops the application with a message naming it.
 *
 * @param expiry how long a strike stays active after it is issued
 * @param thresholds by ascending strike count; the highest one reached applies
 */
@ConfigurationProperties("clipdesk.strikes")
public record StrikeSettings(@DefaultValue("P90D") Duration expiry, @Nullable List<Threshold> thresholds) {

    public StrikeSettings {
        if (expiry.isNegative() || expiry.isZero()) {
            throw new IllegalArgumentException("clipdesk.strikes.expiry must be a positive duration, e.g. P90D; it is "
                    + expiry);
        }
        thresholds = thresholds == null ? List.of() : List.copyOf(thresholds);
        int previous = 0;
        for (int i = 0; i < thresholds.size(); i++) {
            Threshold t = thresholds.get(i);
            String key = "clipdesk.strikes.thresholds[" + i + "]";
            if (t.strikes() <= previous) {
                throw new IllegalArgumentException(key + ".strikes must be at least 1 and greater than the previous "
                        + "threshold's (" + previous + "): thresholds go in ascending order of strikes; it is "
                        + t.strikes());
            }
            if (t.code() == null || t.code().isBlank() || t.label() == null || t.label().isBlank()) {
                throw new IllegalArgumentException(key + " needs a code (e.g. SHARING_PAUSED) and a label "
                        + "(e.g. Sharing paused for 7 days)");
            }
            if (t.code().length() > 40 || t.label().length() > 200) {
                throw new IllegalArgumentException(key + ": code at most 40, label at most 200 characters");
            }
            if (t.duration() == null || t.duration().isNegative() || t.duration().isZero()) {
                throw new IllegalArgumentException(key + ".duration must be a positive duration, e.g. P7D; it is "
                        + t.duration());
            }
            if (t.mode() == null) {
                throw new IllegalArgumentException(key + ".mode must be RECOMMEND or APPLY");
            }
            previous = t.strikes();
        }
    }

    /** The highest threshold {@code activeStrikes} reaches, if any. */
    public @Nullable Threshold reachedAt(long activeStrikes) {
        Threshold reached = null;
        for (Threshold t : thresholds) {
            if (t.strikes() <= activeStrikes) {
                reached = t;
            }
        }
        return reached;
    }

    /** The first threshold above {@code activeStrikes}, if any. */
    public @Nullable Threshold nextAbove(long activeStrikes) {
        return thresholds.stream().filter(t -> t.strikes() > activeStrikes).findFirst().orElse(null);
    }

    /**
     * @param strikes active strikes that reach it
     * @param code what the product enforces, e.g. {@code SHARING_PAUSED}
     * @param label what staff read, e.g. "Sharing paused for 7 days"
     * @param duration how long the restriction lasts once applied
     */
    public record Threshold(int strikes, String code, String label, Duration duration, RestrictionMode mode) {}
}
