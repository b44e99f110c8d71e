package com.clipdesk.content;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** What decides a share link's status in every market, read once and cached per token. */
record ShareLinkFacts(String token, long momentId, boolean revoked, ContentState state, Set<String> markets,
        Set<String> blocked, boolean spoiler, java.util.Map<String, MarketHold> holds, Instant readAt)
        implements Serializable {

    /**
     * The status in {@code market} at {@code now}: holds are evaluated against the clock when asked,
     * so cached facts answer an embargo's or spoiler window's end on time, tick or no tick.
     */
    ShareLinkStatus in(String market, Instant now) {
        ShareLinkStatus.Reason reason = reasonIn(market, now);
        MarketHold hold = holds.get(market);
        Instant until = hold == null || (reason != ShareLinkStatus.Reason.EMBARGOED
                && reason != ShareLinkStatus.Reason.SPOILER_HIDDEN) ? null : hold.endOfStateAt(now);
        return new ShareLinkStatus(token, market, reason == null ? ShareLinkStatus.ALLOWED : ShareLinkStatus.BLOCKED,
                reason == null ? null : reason.code(), until, momentId, spoiler, readAt);
    }

    private ShareLinkStatus.@org.jspecify.annotations.Nullable Reason reasonIn(String market, Instant now) {
        if (revoked) {
            return ShareLinkStatus.Reason.REVOKED;
        }
        if (state == ContentState.REMOVED) {
            return ShareLinkStatus.Reason.REMOVED;
        }
        if (MarketBlocks.blocks(blocked, market)) {
            return ShareLinkStatus.Reason.TAKEN_DOWN;
        }
        if (!markets.contains(market)) {
            return ShareLinkStatus.Reason.NOT_IN_MARKET;
        }
        MarketHold hold = holds.get(market);
        MarketHold.State held = hold == null ? null : hold.stateAt(now);
        if (held == MarketHold.State.EMBARGOED) {
            return ShareLinkStatus.Reason.EMBARGOED;
        }
        if (state == ContentState.PENDING_REVIEW) {
            return ShareLinkStatus.Reason.PENDING_REVIEW;
        }
        if (held == MarketHold.State.SPOILER_HIDDEN) {
            return ShareLinkStatus.Reason.SPOILER_HIDDEN;
        }
        return null;
    }
}
