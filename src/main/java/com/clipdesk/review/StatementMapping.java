package com.clipdesk.review;

import org.jspecify.annotations.Nullable;

/**
 * What statements of reasons say for decisions carrying a reason code: the DSA category (a value
 * of {@link StatementCategoryList}) and the ground; an illegal-content ground names the law.
 */
public record StatementMapping(String category, StatementGround ground, @Nullable String legalGround) {

    /** The mapping a code gets when nobody chose one: other violation of our terms. */
    public static StatementMapping terms() {
        return new StatementMapping(ReasonCode.DEFAULT_STATEMENT_CATEGORY, StatementGround.TERMS, null);
    }
}
