package com.clipdesk.review;

import com.clipdesk.audit.AuditLog;
import com.clipdesk.content.ContentModeration;
import com.clipdesk.content.ContentState;
import com.clipdesk.content.ReviewFacts;
import com.clipdesk.shared.OutOfScopeException;
import com.clipdesk.staff.CurrentStaff;
import com.clipdesk.staff.SignedInStaff;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides an item rather than a case, for bulk actions on search results: the item's undecided case
 * is decided; an item without one gets a case of origin {@link CaseOrigin#STAFF} (with the usual
 * snapshot) decided at once; a decided case is reopened first. Either way the decision goes through
 * {@link ReviewService#decide}'s checks (markets, holder, version), marked bulk. An item already as
 * the action asks (removed when removing) is left alone and reported as such.
 */
@Component
class StaffCases {

    /** Decided in the transaction that opens it: no deadline applies. */
    private static final Duration NO_SERVICE_LEVEL = Duration.ZERO;

    private final ReviewCaseRepository cases;
    private final ReviewService reviews;
    private final ContentModeration moderation;
    private final AuditLog audit;
    private final CurrentStaff currentStaff;
    private final Clock clock;

    StaffCases(ReviewCaseRepository cases, ReviewService reviews, ContentModeration moderation, AuditLog audit,
            CurrentStaff currentStaff, Clock clock) {
        this.cases = cases;
        this.reviews = reviews;
        this.moderation = moderation;
        this.audit = audit;
        this.currentStaff = currentStaff;
        this.clock = clock;
    }

    /** Decides the item in the caller's transaction; false when it was already as asked. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean decide(ItemRef item, Decision decision) {
        SignedInStaff staff = currentStaff.require(ReviewService.REVIEWERS);
        ReviewFacts facts = moderation.reviewFacts(item.kind(), item.id());
        if (!staff.scope().includesAny(facts.markets())) {
            throw new OutOfScopeException(item.kind().label(), item.id());
        }
        if (decision.markSpoiler() && !ContentModeration.canBeSpoiler(item.kind())) {
            throw new InvalidDecisionException("A " + item.kind().label().toLowerCase() + " cannot be flagged as a spoiler.");
        }
        Optional<ReviewCase> existing = cases.findBySubjectKindAndSubjectId(item.kind(), item.id());
        boolean undecided = existing.filter(c -> c.getStatus() != CaseStatus.CLOSED).isPresent();
        if (alreadyAsAsked(item, facts, decision, undecided)) {
            return false;
        }
        if (decision.disposition() == Disposition.KEEP && facts.state() == ContentState.REMOVED) {
            throw new InvalidDecisionException("It was removed; keeping it does not bring it back (an appeal does).");
        }
        ReviewCase c = existing.orElseGet(() -> open(facts));
        if (c.getStatus() == CaseStatus.CLOSED) {
            c.reopen(clock.instant());
            audit.record("REVIEW_CASE_REOPENED", "CASE", c.getId(), null, "Reopened by a staff action on "
                    + item + " (it was " + c.getOutcome().label().toLowerCase() + ")");
        }
        cases.flush(); // the version decide() compares is the one written now
        reviews.decide(c.getId(), c.getVersion(), decision, true);
        return true;
    }

    /**
     * Removed when removing; for Keep, visible with nothing left to review (and flagged, for the
     * spoiler flag). Keeping an item with an undecided case still decides it: that closes its reports.
     */
    private boolean alreadyAsAsked(ItemRef item, ReviewFacts facts, Decision decision, boolean undecided) {
        if (decision.disposition() == Disposition.REMOVE) {
            return facts.state() == ContentState.REMOVED;
        }
        return !undecided && facts.state() == ContentState.ACTIVE
                && (!decision.markSpoiler() || moderation.isSpoiler(item.kind(), item.id()));
    }

    private ReviewCase open(ReviewFacts facts) {
        Instant now = clock.instant();
        ReviewCase c = new ReviewCase(facts, CaseOrigin.STAFF, now);
        c.gathered(facts.markets(), null, 0, 0, now, now, facts.shareCount(), NO_SERVICE_LEVEL);
        c = cases.save(c);
        audit.record("REVIEW_CASE_OPENED", "CASE", c.getId(), null, "Case opened by a staff action on "
                + facts.kind().label() + " " + facts.id() + " in " + String.join(",", c.getMarkets()));
        return c;
    }
}
