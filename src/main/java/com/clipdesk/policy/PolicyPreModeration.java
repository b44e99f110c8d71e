package com.clipdesk.policy;

import com.clipdesk.review.PreModerationRules;
import org.springframework.stereotype.Component;

/** The review intake's pre-moderation question, answered by the policies in force (from memory). */
@Component
class PolicyPreModeration implements PreModerationRules {

    private final PolicyDecisions decisions;

    PolicyPreModeration(PolicyDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public boolean holdsAny() {
        return decisions.holdsAnyForReview();
    }

    @Override
    public boolean holds(String market, String maturityRating) {
        return decisions.holdsForReview(market, maturityRating);
    }
}
