package com.clipdesk.review;

import com.clipdesk.content.ContentKind;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A review decision as appeals need it: what it did to which item, on which code, by whom. */
public record DecisionFacts(long id, long caseId, ContentKind kind, long subjectId, @Nullable Long creatorId,
        Disposition disposition, boolean markSpoiler, String reasonCode, String decidedBy, Instant decidedAt) {

    /** It removed the item or flagged it as a spoiler: something a member can appeal. */
    public boolean restricts() {
        return disposition == Disposition.REMOVE || markSpoiler;
    }
}
