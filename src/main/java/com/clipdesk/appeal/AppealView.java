package com.clipdesk.appeal;

import com.clipdesk.content.ContentKind;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** An appeal as pages and the API show it. */
public record AppealView(long id, AppealedDecision decision, long decisionId, ContentKind itemKind, long itemId,
        @Nullable Long appellantId, @Nullable String appellantHandle, AppealChannel channel, String statement,
        Instant receivedAt, String recordedBy, String originalDecider, String reasonCode, boolean everywhereBefore,
        Set<String> marketsBefore, AppealStatus status, @Nullable AppealOutcome outcome, Set<String> marketsAfter,
        @Nullable String decisionNote, @Nullable String decidedBy, @Nullable Instant decidedAt, long version) {

    /** "moments/42". */
    public String itemRoute() {
        return itemKind.route() + "/" + itemId;
    }

    /** "Takedown #12" or "Review decision #40". */
    public String decisionLabel() {
        return decision.label() + " #" + decisionId;
    }

    /** "everywhere" or "DE, FR". */
    public String scopeBefore() {
        return everywhereBefore ? "everywhere" : String.join(", ", new java.util.TreeSet<>(marketsBefore));
    }

    public boolean open() {
        return status == AppealStatus.OPEN;
    }
}
