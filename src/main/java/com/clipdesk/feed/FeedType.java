package com.clipdesk.feed;

/**
 * The closed vocabulary of feed entries ({@code feed_entry.type}, the payload's {@code type}):
 * docs/feed.md describes each. One decision is one entry; effects that only carry a decision out
 * (the item's visibility, a takedown lifted by an appeal's overturn, a spoiler flag a review decision
 * set) travel inside its entry.
 */
enum FeedType {
    REVIEW_DECIDED("review.decided"),
    TAKEDOWN_APPLIED("takedown.applied"),
    TAKEDOWN_NARROWED("takedown.narrowed"),
    TAKEDOWN_LIFTED("takedown.lifted"),
    APPEAL_DECIDED("appeal.decided"),
    SPOILER_FLAGGED("spoiler.flagged"),
    SPOILER_UNFLAGGED("spoiler.unflagged"),
    SPOILER_HOLD_ENDED("spoiler.hold_ended"),
    RESTRICTION_APPLIED("restriction.applied"),
    POLICY_PUBLISHED("policy.published"),
    FEATURED_BOARD_PUBLISHED("featured.board_published"),
    FEATURED_MOMENT_WITHDRAWN("featured.moment_withdrawn"),
    /** A member notice whose decision has no entry in its transaction (should not happen; kept, never dropped). */
    NOTICE_ISSUED("notice.issued");

    private final String wire;

    FeedType(String wire) {
        this.wire = wire;
    }

    /** As consumers read it. */
    String wire() {
        return wire;
    }
}
