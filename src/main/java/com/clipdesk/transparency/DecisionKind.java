package com.clipdesk.transparency;

/** Which kind of decision a statement records; decision ids are unique per kind. */
public enum DecisionKind {
    /** A review decision on a case (removal or spoiler label). */
    REVIEW_DECISION,
    /** A takedown, everywhere or in listed markets. */
    TAKEDOWN,
    /** A restriction of a member's use of the service that strikes called for. */
    RESTRICTION
}
