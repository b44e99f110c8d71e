package com.clipdesk.review;

/**
 * Which new fandom submissions wait for review before members see them (pre-moderation): asked by the
 * intake, answered by the markets' sharing policies (the policy module implements it, so the review
 * module does not depend on policies that themselves offer review's bulk tools).
 */
public interface PreModerationRules {

    /** Whether any market holds any submissions for review now (the intake skips the lookup otherwise). */
    boolean holdsAny();

    /** Whether {@code market} holds new submissions about titles of {@code maturityRating} for review now. */
    boolean holds(String market, String maturityRating);
}
