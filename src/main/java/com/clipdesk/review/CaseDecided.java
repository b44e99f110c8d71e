package com.clipdesk.review;

import com.clipdesk.content.ContentKind;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A decision was taken on a case. Published inside the decision's transaction, after the item was
 * changed and the decision row saved: a listener that fails rolls the decision back. Carries the
 * reason code as it was at decision time (label, clause, statement category and ground), so a
 * later edit of the code does not rewrite what the decision relied on. {@code caseOpenedAt} is when
 * the case was (re)opened: the time to decision runs from there.
 */
public record CaseDecided(long decisionId, long caseId, ContentKind subjectKind, long subjectId, CaseOrigin origin,
        Disposition disposition, boolean markSpoiler, boolean bulk, Set<String> markets, int reportCount,
        Instant decidedAt, Reason reason, Instant caseOpenedAt) {

    /** True when the decision restricts the item: it removes it or flags it as a spoiler. */
    public boolean restricts() {
        return disposition == Disposition.REMOVE || markSpoiler;
    }

    /** The reason code the decision carries, as it read then. */
    public record Reason(String code, String label, String description, String policyRef, String statementCategory,
            StatementGround ground, @Nullable String legalGround) {}
}
