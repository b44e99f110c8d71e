package com.clipdesk.review;

import com.clipdesk.audit.AuditLog;
import com.clipdesk.content.ContentModeration;
import com.clipdesk.content.ContentRef;
import com.clipdesk.content.ReviewFacts;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What rules on ingest do to review (docs/rules.md): route a new item's case to a queue, or bring it
 * forward. Called by the rules module in its own transaction, without a signed-in staff member (the
 * audit names the rule); the admin who enabled the rule is the authority, checked there.
 */
@Service
public class RuleRouting {

    /** One severity level per rule: two rules raising the same item bring it forward twice. */
    static final int BOOST_LEVELS = 1;

    private final ReviewCaseRepository cases;
    private final ReviewIntake intake;
    private final ServiceLevels serviceLevels;
    private final ContentModeration moderation;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    RuleRouting(ReviewCaseRepository cases, ReviewIntake intake, ServiceLevels serviceLevels,
            ContentModeration moderation, AuditLog audit, JdbcClient jdbc, Clock clock) {
        this.cases = cases;
        this.intake = intake;
        this.serviceLevels = serviceLevels;
        this.moderation = moderation;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What a rule's action did: {@code acted} false when there was nothing to do, {@code detail} says why. */
    public record Outcome(boolean acted, String detail) {}

    /**
     * Opens a case of origin {@link CaseOrigin#RULE} on the item in the queue {@code category}, in
     * {@code markets} (the item's markets, or those of them the rule is limited to); an undecided case
     * it already has moves to that queue. A decided case is left alone.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Outcome route(ContentRef item, QueueCategory category, Set<String> markets, String ruleName) {
        Instant now = clock.instant();
        String by = "rule:" + ruleName;
        Optional<ReviewCase> existing = cases.findBySubjectKindAndSubjectId(item.kind(), item.id())
                .map(c -> cases.findForDecision(c.getId()).orElseThrow());
        if (existing.isPresent()) {
            ReviewCase c = existing.get();
            if (c.getStatus() == CaseStatus.CLOSED) {
                return new Outcome(false, "case " + c.getId() + " is decided already (" + c.getOutcome() + ")");
            }
            QueueCategory before = c.getCategory();
            c.routeTo(category, by);
            regather(c);
            intake.syncEntries(c);
            audit.record("REVIEW_CASE_ROUTED", "CASE", c.getId(), null, "Case moved from " + before.label()
                    + " to " + category.label() + " by rule " + ruleName);
            return new Outcome(true, "case " + c.getId() + " moved to " + category.label());
        }
        ReviewFacts facts = moderation.reviewFacts(item.kind(), item.id());
        Set<String> in = new HashSet<>(facts.markets());
        if (!markets.isEmpty()) {
            in.retainAll(markets);
        }
        if (in.isEmpty()) {
            return new Outcome(false, "not listed in the rule's markets any more");
        }
        ReviewCase c = new ReviewCase(facts, CaseOrigin.RULE, now);
        c.routeTo(category, by);
        intake.pendingBoost(item.kind(), item.id()).ifPresent(c::boost);
        c.gathered(in, null, 0, 0, now, now, facts.shareCount(),
                serviceLevels.strictest(Priority.mostSevereReason(category), in));
        c = cases.save(c);
        intake.syncEntries(c);
        audit.record("REVIEW_CASE_OPENED", "CASE", c.getId(), null, "Case opened in " + category.label() + " on "
                + item.kind().label() + " " + item.id() + " in " + String.join(",", new java.util.TreeSet<>(c.getMarkets())) + " by rule " + ruleName);
        return new Outcome(true, "case " + c.getId() + " opened in " + category.label());
    }

    /**
     * Brings the item's undecided case forward one severity level. Without a case (a new item usually
     * has none yet) the boost is kept and applied when intake or a rule opens one; a decided case is
     * left alone.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Outcome raise(ContentRef item, String ruleName) {
        String by = "rule:" + ruleName;
        Optional<ReviewCase> existing = cases.findBySubjectKindAndSubjectId(item.kind(), item.id())
                .map(c -> cases.findForDecision(c.getId()).orElseThrow());
        if (existing.isEmpty()) {
            int updated = jdbc.sql("update review_priority_boost set levels = levels + ? where subject_kind = ? "
                    + "and subject_id = ?").param(BOOST_LEVELS).param(item.kind().name()).param(item.id()).update();
            if (updated == 0) {
                jdbc.sql("insert into review_priority_boost (subject_kind, subject_id, levels, asked_by, asked_at) "
                        + "values (?, ?, ?, ?, ?)").param(item.kind().name()).param(item.id()).param(BOOST_LEVELS)
                        .param(by.length() > 100 ? by.substring(0, 100) : by).param(Timestamp.from(clock.instant()))
                        .update();
            }
            audit.record("REVIEW_PRIORITY_RAISED", item.kind().name(), item.id(), null, item.kind().label() + " "
                    + item.id() + " has no case yet: its case will open raised one level (" + by + ")");
            return new Outcome(true, "no case yet: it will open raised one level");
        }
        ReviewCase c = existing.get();
        if (c.getStatus() == CaseStatus.CLOSED) {
            return new Outcome(false, "case " + c.getId() + " is decided already (" + c.getOutcome() + ")");
        }
        int before = c.getSeverity();
        c.boost(BOOST_LEVELS);
        regather(c);
        intake.syncEntries(c);
        audit.record("REVIEW_PRIORITY_RAISED", "CASE", c.getId(), null, "Case raised from severity " + before
                + " to " + c.getSeverity() + " by rule " + ruleName);
        return new Outcome(true, "case " + c.getId() + " raised to severity " + c.getSeverity());
    }

    /** Recomputes severity and rank with the routing and boost, keeping what the reports gave. */
    private void regather(ReviewCase c) {
        var reason = c.getTopReason() != null ? c.getTopReason() : Priority.mostSevereReason(c.getCategory());
        c.gathered(c.getMarkets(), c.getTopReason(), c.getReportCount(), c.getReporterCount(),
                c.getFirstReportedAt(), c.getLastReportedAt(), c.getShareCount(),
                serviceLevels.strictest(reason, c.getMarkets()));
    }
}
