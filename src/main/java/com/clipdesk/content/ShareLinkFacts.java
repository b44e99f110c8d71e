package com.clipdesk.content;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** What decides a share link's status in every market, read once and cached per token. */
record ShareLinkFacts(String token, long momentId, boolean revoked, ContentState state, Set<String> markets,
        Set<String> blocked, boolean spoiler, Instant readAt) implements Serializable {

    ShareLinkStatus in(String market) {
        ShareLinkStatus.Reason reason = reasonIn(market);
        return new ShareLinkStatus(token, market, reason == null ? ShareLinkStatus.ALLOWED : ShareLinkStatus.BLOCKED,
                reason == null ? null : reason.code(), momentId, spoiler, readAt);
    }

    private ShareLinkStatus.@org.jspecify.annotations.Nullable Reason reasonIn(String market) {
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
        if (state == ContentState.PENDING_REVIEW) {
            return ShareLinkStatus.Reason.PENDING_REVIEW;
        }
        return null;
    }
}
