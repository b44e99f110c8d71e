package com.clipdesk.spoiler;

/** A coming change of an item's state in a market; also the audit action written when it applies. */
enum TransitionKind {
    /** The release in the market came: embargoed → spoiler-hidden (flagged) or clear. */
    EMBARGO_LIFTED,
    /** The market's spoiler window after the release ended: spoiler-hidden → clear. */
    SPOILER_WINDOW_CLEARED
}
