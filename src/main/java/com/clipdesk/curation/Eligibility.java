package com.clipdesk.curation;

import com.clipdesk.content.ContentState;
import com.clipdesk.content.MarketBlocks;
import com.clipdesk.content.MarketHold;
import com.clipdesk.policy.ClipBlackout;
import com.clipdesk.policy.EffectivePolicy;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Whether a Moment may be featured in a market at an instant, and if not, why, in the words a curator
 * reads on the board ("Taken down in FR", "Spoiler-hidden in FR until 3 Dec", "Longer than FR's 60 s
 * limit for series"). A pure function: what members of the market may see (review, takedowns,
 * release-date holds) and what the market's sharing policy allows to be clipped (length, blackouts).
 * Dates in UTC, as the board's schedules.
 */
final class Eligibility {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.UK).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK)
            .withZone(ZoneOffset.UTC);

    private Eligibility() {}

    /** Null when the Moment may be featured in {@code market} at {@code now}; else the first reason it may not. */
    static @Nullable String refusal(MomentFacts m, String market, @Nullable EffectivePolicy policy, Instant now) {
        if (m.state() == ContentState.REMOVED) {
            return "Removed by review";
        }
        if (m.state() == ContentState.PENDING_REVIEW) {
            return "Held for review";
        }
        if (m.blocked().contains(MarketBlocks.EVERYWHERE)) {
            return "Taken down everywhere";
        }
        if (MarketBlocks.blocks(m.blocked(), market)) {
            return "Taken down in " + market;
        }
        if (!m.markets().contains(market)) {
            return "Not shared in " + market;
        }
        MarketHold hold = m.holds().get(market);
        MarketHold.State held = hold == null ? null : hold.stateAt(now);
        if (held != null) {
            Instant until = hold.endOfStateAt(now);
            String what = held == MarketHold.State.EMBARGOED ? "Embargoed in " : "Spoiler-hidden in ";
            return what + market + (until == null ? " (no release date there)" : " until " + day(until, now));
        }
        if (policy != null) {
            Integer max = policy.maxClipSeconds().get(m.titleKind());
            if (max != null && m.clipSeconds() > max) {
                return "Longer than " + market + "'s " + max + " s limit for " + m.titleKind().label()
                        .toLowerCase(Locale.ROOT) + " (" + m.clipSeconds() + " s)";
            }
            for (ClipBlackout b : policy.blackouts()) {
                if (covers(b, m, now)) {
                    return (b.seasonId() == null ? "Title" : "Season") + " not clippable in " + market
                            + (b.until() == null ? "" : " until " + day(b.until(), now)) + ": " + b.why();
                }
            }
        }
        return null;
    }

    /**
     * As {@link #refusal(MomentFacts, String, EffectivePolicy, Instant)} for a board: a title page
     * ({@code boardTitleId} not null) only takes Moments of its title ("From Nightfall, not Operation
     * Marigold"), checked first since no change in the market can fix it.
     */
    static @Nullable String refusal(MomentFacts m, @Nullable Long boardTitleId, @Nullable String boardTitleName,
            String market, @Nullable EffectivePolicy policy, Instant now) {
        if (boardTitleId != null && m.titleId() != boardTitleId) {
            return "From " + m.titleName() + ", not " + boardTitleName;
        }
        return refusal(m, market, policy, now);
    }

    private static boolean covers(ClipBlackout b, MomentFacts m, Instant at) {
        return b.titleId() == m.titleId() && (b.seasonId() == null || b.seasonId() == m.seasonId())
                && (b.from() == null || !at.isBefore(b.from())) && (b.until() == null || at.isBefore(b.until()));
    }

    static String day(Instant instant, Instant now) {
        boolean sameYear = DAY_YEAR.format(instant).endsWith(DAY_YEAR.format(now).substring(DAY_YEAR.format(now).length() - 4));
        return sameYear ? DAY.format(instant) : DAY_YEAR.format(instant);
    }
}
