package com.clipdesk.content;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the product's link resolver is told about a share link in one market
 * ({@code GET /api/share-links/{token}?market=XX}).
 *
 * @param status {@code "allowed"} or {@code "blocked"}
 * @param reason null when allowed; otherwise one of {@link Reason}'s codes ({@code "taken_down"}, …)
 * @param until when the embargo or spoiler window that blocks the link ends (null for other reasons, and
 *     for an embargo without a release date in the market)
 * @param moment the Moment the link points to
 * @param spoiler the Moment is flagged as a spoiler (the resolver may warn before playing)
 * @param checkedAt when these facts were read from the database (at most the cache TTL ago)
 */
public record ShareLinkStatus(String token, String market, String status, @Nullable String reason,
        @Nullable Instant until, long moment,
        boolean spoiler, Instant checkedAt) {

    public static final String ALLOWED = "allowed";
    public static final String BLOCKED = "blocked";

    /** Why a link does not resolve, most decisive first: the first that holds is answered. */
    public enum Reason {
        /** The member (or staff) revoked the link itself. */
        REVOKED("revoked"),
        /** A review decision removed the Moment everywhere. */
        REMOVED("removed"),
        /** A takedown hides the Moment in this market (or everywhere). */
        TAKEN_DOWN("taken_down"),
        /** The Moment is not listed in this market (episode not released there, or not shared there). */
        NOT_IN_MARKET("not_in_market"),
        /** The Moment's episode (or what it spoils) is not released in this market yet (issue 7). */
        EMBARGOED("embargoed"),
        /** The Moment is held for review before members see it. */
        PENDING_REVIEW("pending_review"),
        /** Flagged as a spoiler and inside this market's spoiler window after the release there. */
        SPOILER_HIDDEN("spoiler_hidden");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}
