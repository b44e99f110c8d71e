package com.clipdesk.review;

import com.clipdesk.audit.AuditLog;
import com.clipdesk.content.ContentKind;
import com.clipdesk.content.ContentModeration;
import com.clipdesk.content.ReviewFacts;
import com.clipdesk.report.ReportReason;
import com.clipdesk.report.ReportService;
import com.clipdesk.shared.NotFoundException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gathers open reports into cases and opens pre-moderation cases, in batches, until nothing is
 * left; run at start and then every {@code clipdesk.review.intake-interval}. Idempotent: a report
 * is gathered once (the primary key of {@code review_case_report}), a subject has one case.
 *
 * <p>Reads the report and submission tables directly: it looks for rows no case has yet, which
 * only a join across the two modules' tables can find cheaply.
 */
@Service
public class ReviewIntake {

    private static final Logger log = LoggerFactory.getLogger(ReviewIntake.class);
    private static final int BATCH = 500;
    /** Reports on a kept subject that reopen its case, whatever their reason (docs/review.md). */
    static final int REOPEN_AFTER_REPORTS = 3;

    private final ReviewCaseRepository cases;
    private final CaseReportRepository caseReports;
    private final QueueEntryRepository entries;
    private final ServiceLevels serviceLevels;
    private final ContentModeration moderation;
    private final ReportService reports;
    private final PreModerationRules preModeration;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ReviewIntake(ReviewCaseRepository cases, CaseReportRepository caseReports, QueueEntryRepository entries,
            ServiceLevels serviceLevels, ContentModeration moderation, ReportService reports,
            PreModerationRules preModeration, AuditLog audit, JdbcClient jdbc,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.cases = cases;
        this.caseReports = caseReports;
        this.entries = entries;
        this.serviceLevels = serviceLevels;
        this.moderation = moderation;
        this.reports = reports;
        this.preModeration = preModeration;
        this.audit = audit;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** One gathering at a time in this process (the start-up run and the schedule would race). */
    private final java.util.concurrent.locks.ReentrantLock running = new java.util.concurrent.locks.ReentrantLock();

    /**
     * Gathers everything waiting; returns how many reports and submissions it took in. Waits for a
     * gathering already under way in this process, then gathers what is left. Across processes the
     * unique keys keep it right: a report or subject gathered elsewhere fails here and is skipped.
     */
    public Intake gather() {
        running.lock();
        try {
            return gatherAll();
        } finally {
            running.unlock();
        }
    }

    private Intake gatherAll() {
        int reportsTaken = 0;
        int submissionsTaken = 0;
        int failures = 0;
        while (true) {
            List<OpenReport> batch = ungatheredReports();
            if (batch.isEmpty()) {
                break;
            }
            Map<Subject, List<OpenReport>> bySubject = new LinkedHashMap<>();
            batch.forEach(r -> bySubject.computeIfAbsent(new Subject(r.kind(), r.subjectId()), s -> new ArrayList<>()).add(r));
            int before = reportsTaken;
            for (var entry : bySubject.entrySet()) {
                try {
                    transaction.executeWithoutResult(status -> gatherReports(entry.getKey(), entry.getValue()));
                    reportsTaken += entry.getValue().size();
                } catch (RuntimeException e) {
                    failures++;
                    log.warn("Review intake: reports on {} {} not gathered: {}", entry.getKey().kind(),
                            entry.getKey().id(), e.toString());
                }
            }
            if (reportsTaken == before) {
                break; // every subject of the batch failed: do not spin on them
            }
        }
        // pre-moderation: the markets' sharing policies say which submissions wait for review (issue 8)
        if (preModeration.holdsAny()) {
            long after = 0;
            while (true) {
                List<PendingSubmission> batch = pendingSubmissions(after);
                if (batch.isEmpty()) {
                    break;
                }
                after = batch.getLast().id();
                for (PendingSubmission pending : batch) {
                    Set<String> held = new HashSet<>();
                    pending.markets().stream().filter(m -> preModeration.holds(m, pending.rating())).forEach(held::add);
                    if (held.isEmpty()) {
                        continue; // no market of it holds submissions about this title for review
                    }
                    try {
                        transaction.executeWithoutResult(status -> holdForReview(pending.id(), held));
                        submissionsTaken++;
                    } catch (RuntimeException e) {
                        failures++;
                        log.warn("Review intake: submission {} not held for review: {}", pending.id(), e.toString());
                    }
                }
            }
        }
        if (reportsTaken + submissionsTaken > 0) {
            log.info("Review intake: {} reports gathered, {} submissions held for pre-moderation", reportsTaken,
                    submissionsTaken);
        }
        return new Intake(reportsTaken, submissionsTaken, failures);
    }

    private List<OpenReport> ungatheredReports() {
        return jdbc.sql("""
                select r.id, r.subject_kind, r.subject_id from report r
                where r.status = 'OPEN'
                  and not exists (select 1 from review_case_report cr where cr.report_id = r.id)
                order by r.id
                limit ?""").param(BATCH)
                .query((rs, n) -> new OpenReport(rs.getLong(1), ContentKind.valueOf(rs.getString(2)), rs.getLong(3)))
                .list();
    }

    /** A fandom submission waiting for review with no case yet: its title's rating and its markets. */
    private record PendingSubmission(long id, String rating, List<String> markets) {}

    private List<PendingSubmission> pendingSubmissions(long after) {
        Map<Long, String> ratings = new LinkedHashMap<>();
        jdbc.sql("""
                select s.id, t.maturity_rating from fandom_submission s join title t on t.id = s.title_id
                where s.state = 'PENDING_REVIEW' and s.id > ?
                  and not exists (select 1 from review_case c where c.subject_kind = 'FANDOM_SUBMISSION'
                                  and c.subject_id = s.id)
                order by s.id
                limit ?""").param(after).param(BATCH)
                .query((rs, n) -> ratings.put(rs.getLong(1), rs.getString(2))).list();
        if (ratings.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> markets = new HashMap<>();
        jdbc.sql("select submission_id, market_code from fandom_submission_market where submission_id in (:ids)")
                .param("ids", List.copyOf(ratings.keySet()))
                .query((rs, n) -> markets.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2)))
                .list();
        List<PendingSubmission> pending = new ArrayList<>();
        ratings.forEach((id, rating) -> pending.add(new PendingSubmission(id, rating, markets.getOrDefault(id, List.of()))));
        return pending;
    }

    private void gatherReports(Subject subject, List<OpenReport> newReports) {
        Instant now = clock.instant();
        ReviewCase c = cases.findBySubjectKindAndSubjectId(subject.kind(), subject.id())
                .map(existing -> cases.findForDecision(existing.getId()).orElseThrow())
                .orElse(null);
        boolean created = false;
        if (c == null) {
            ReviewFacts facts = facts(subject);
            c = new ReviewCase(facts, CaseOrigin.REPORTS, now);
            pendingBoost(subject.kind(), subject.id()).ifPresent(c::boost);
            c = cases.save(c);
            created = true;
        }
        for (OpenReport r : newReports) {
            caseReports.save(new CaseReport(r.id(), c.getId(), now));
        }
        caseReports.flush();
        if (c.getStatus() == CaseStatus.CLOSED) {
            if (!shouldReopen(c, newReports)) {
                reports.closeReports(newReports.stream().map(OpenReport::id).toList());
                audit.record("REVIEW_REPORTS_COVERED", "CASE", c.getId(), null, newReports.size()
                        + " new report(s) covered by the earlier decision (" + c.getOutcome() + ")");
                return;
            }
            c.reopen(now);
            audit.record("REVIEW_CASE_REOPENED", "CASE", c.getId(), null, "Reopened by " + newReports.size()
                    + " new report(s) after " + c.getSubjectKind().label() + " " + c.getSubjectId() + " was kept");
        }
        refresh(c);
        if (created) {
            audit.record("REVIEW_CASE_OPENED", "CASE", c.getId(), null, "Case opened on "
                    + c.getSubjectKind().label() + " " + c.getSubjectId() + " from " + newReports.size() + " report(s)");
        }
    }

    /**
     * A removed subject stays closed (its new reports are covered). A kept one reopens when a new
     * report gives a more severe reason than the case had, or when {@value #REOPEN_AFTER_REPORTS}
     * reports have arrived since the decision.
     */
    private boolean shouldReopen(ReviewCase c, List<OpenReport> newReports) {
        if (c.getOutcome() == Disposition.REMOVE) {
            return false;
        }
        List<ReasonCount> fresh = reasonsOf(c.getId(), c.getClosedAt());
        int since = fresh.stream().mapToInt(ReasonCount::reports).sum();
        int mostSevere = fresh.stream().mapToInt(r -> r.reason().severity()).min().orElse(Integer.MAX_VALUE);
        return since >= REOPEN_AFTER_REPORTS || mostSevere < c.getSeverity();
    }

    /** Opens the submission's pre-moderation case in the markets whose policy holds it. */
    private void holdForReview(long submissionId, Set<String> heldIn) {
        Instant now = clock.instant();
        if (cases.findBySubjectKindAndSubjectId(ContentKind.FANDOM_SUBMISSION, submissionId).isPresent()) {
            return;
        }
        ReviewFacts facts = moderation.reviewFacts(ContentKind.FANDOM_SUBMISSION, submissionId);
        Set<String> markets = new HashSet<>(facts.markets());
        markets.retainAll(heldIn);
        ReviewCase c = new ReviewCase(facts, CaseOrigin.PRE_MODERATION, now);
        pendingBoost(ContentKind.FANDOM_SUBMISSION, submissionId).ifPresent(c::boost);
        c = cases.save(c);
        Instant arrived = jdbc.sql("select created_at from fandom_submission where id = ?").param(submissionId)
                .query(Timestamp.class).single().toInstant();
        Duration sla = serviceLevels.strictest(null, markets);
        c.gathered(markets, null, 0, 0, arrived, arrived, 0, sla);
        syncEntries(c);
        audit.record("REVIEW_CASE_OPENED", "CASE", c.getId(), null, "Pre-moderation case opened on submission "
                + submissionId + " in " + String.join(",", markets));
    }

    /** Recomputes the case's reports, markets and priority from its open reports, and its queue entries. */
    private void refresh(ReviewCase c) {
        List<ReasonCount> reasons = reasonsOf(c.getId(), null);
        if (reasons.isEmpty()) {
            return;
        }
        ReportReason top = reasons.stream().map(ReasonCount::reason)
                .min((a, b) -> Integer.compare(a.severity(), b.severity())).orElseThrow();
        Set<String> markets = new HashSet<>();
        int count = 0;
        Instant first = null;
        Instant last = null;
        for (ReasonCount r : reasons) {
            markets.add(r.market());
            count += r.reports();
            first = first == null || r.first().isBefore(first) ? r.first() : first;
            last = last == null || r.last().isAfter(last) ? r.last() : last;
        }
        if (c.getOrigin() == CaseOrigin.PRE_MODERATION && c.getStatus() != CaseStatus.CLOSED) {
            markets.addAll(c.getMarkets());
        }
        int reporters = jdbc.sql("""
                select count(distinct r.reporter_id) from report r join review_case_report cr on cr.report_id = r.id
                where cr.case_id = ? and r.status = 'OPEN'""").param(c.getId()).query(Integer.class).single();
        int shares = facts(new Subject(c.getSubjectKind(), c.getSubjectId())).shareCount();
        c.gathered(markets, top, count, reporters, first, last, shares, serviceLevels.strictest(top, markets));
        syncEntries(c);
    }

    private ReviewFacts facts(Subject subject) {
        try {
            return moderation.reviewFacts(subject.kind(), subject.id());
        } catch (NotFoundException e) {
            throw new IllegalStateException("Reported " + subject.kind() + " " + subject.id() + " does not exist", e);
        }
    }

    /** Open reports of the case per reason and market, those attached after {@code since} when given. */
    private List<ReasonCount> reasonsOf(long caseId, Instant since) {
        String sql = """
                select r.reason, r.market_code, count(*), min(r.created_at), max(r.created_at)
                from report r join review_case_report cr on cr.report_id = r.id
                where cr.case_id = ? and r.status = 'OPEN'""" + (since == null ? "" : " and cr.attached_at > ?")
                + " group by r.reason, r.market_code";
        var statement = jdbc.sql(sql).param(caseId);
        if (since != null) {
            statement = statement.param(Timestamp.from(since));
        }
        return statement.query((rs, n) -> new ReasonCount(ReportReason.valueOf(rs.getString(1)), rs.getString(2),
                rs.getInt(3), rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant())).list();
    }

    /** One entry per market of the case while it is undecided; none once decided. */
    void syncEntries(ReviewCase c) {
        cases.flush();
        List<QueueEntry> existing = entries.findByCaseId(c.getId());
        if (c.getStatus() == CaseStatus.CLOSED) {
            entries.deleteAll(existing);
            return;
        }
        Set<String> markets = c.getMarkets();
        Set<String> present = new HashSet<>();
        for (QueueEntry e : existing) {
            if (markets.contains(e.getMarketCode())) {
                e.follow(c);
                present.add(e.getMarketCode());
            } else {
                entries.delete(e);
            }
        }
        for (String market : markets) {
            if (!present.contains(market)) {
                entries.save(new QueueEntry(c, market));
            }
        }
    }

    /**
     * A boost a rule on ingest asked for before the item had a case ({@link RuleRouting#raise}); taken
     * (deleted) by the case that opens now.
     */
    java.util.Optional<Integer> pendingBoost(ContentKind kind, long id) {
        var levels = jdbc.sql("select levels from review_priority_boost where subject_kind = ? and subject_id = ?")
                .param(kind.name()).param(id).query(Integer.class).optional();
        levels.ifPresent(l -> jdbc.sql("delete from review_priority_boost where subject_kind = ? and subject_id = ?")
                .param(kind.name()).param(id).update());
        return levels;
    }

    public record Intake(int reports, int submissions, int failures) {}

    private record Subject(ContentKind kind, long id) {}

    private record OpenReport(long id, ContentKind kind, long subjectId) {}

    private record ReasonCount(ReportReason reason, String market, int reports, Instant first, Instant last) {}
}
