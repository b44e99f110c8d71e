package com.clipdesk.review;

import com.clipdesk.audit.AuditEvent;
import com.clipdesk.audit.AuditLog;
import com.clipdesk.catalog.CatalogService;
import com.clipdesk.catalog.MarketView;
import com.clipdesk.content.ContentKind;
import com.clipdesk.content.ContentModeration;
import com.clipdesk.content.ContentService;
import com.clipdesk.content.MomentDetails;
import com.clipdesk.report.ReportService;
import com.clipdesk.shared.ConcurrentEditException;
import com.clipdesk.shared.NotFoundException;
import com.clipdesk.shared.OutOfScopeException;
import com.clipdesk.staff.CurrentStaff;
import com.clipdesk.staff.MarketScope;
import com.clipdesk.staff.Role;
import com.clipdesk.staff.SignedInStaff;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Working cases: claim the next one, open one, keep or let go of its lease, decide it. A claim is a
 * lease ({@code clipdesk.review.lease}, default 5 minutes) that the case page renews while open; a
 * lapsed lease puts the case back in its queue. Deciding checks, in this order: role and markets,
 * the reason code and note, who holds the case, and the version the reviewer saw; any failure
 * changes nothing.
 */
@Service
public class ReviewService {

    static final Role[] REVIEWERS = {Role.MODERATOR, Role.LEAD_MODERATOR, Role.ADMIN};
    static final Role[] CASE_READERS = {Role.MODERATOR, Role.LEAD_MODERATOR, Role.ADMIN, Role.AUDITOR};
    /** Candidates read per market and round of "next"; claimers racing for the same ones move down. */
    private static final int CANDIDATES = 8;
    /**
     * Rounds of candidates before "next" says the queue is empty. Each round passes over the cases
     * lost to other claimers, so under heavy contention it moves down the queue instead of giving up
     * while free cases remain (20 racing claimers: a round or two).
     */
    private static final int ROUNDS = 50;

    private final ReviewCaseRepository cases;
    private final CatalogService catalog;
    private final QueueEntryRepository entries;
    private final CaseDecisionRepository decisions;
    private final ReasonCodes reasonCodes;
    private final ContentModeration moderation;
    private final ContentService content;
    private final ReportService reports;
    private final AuditLog audit;
    private final CurrentStaff currentStaff;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final Duration lease;
    private final ApplicationEventPublisher events;

    ReviewService(ReviewCaseRepository cases, CatalogService catalog, QueueEntryRepository entries, CaseDecisionRepository decisions,
            ReasonCodes reasonCodes, ContentModeration moderation, ContentService content, ReportService reports,
            AuditLog audit, CurrentStaff currentStaff, Clock clock, PlatformTransactionManager transactionManager,
            @Value("${clipdesk.review.lease:PT5M}") Duration lease, ApplicationEventPublisher events) {
        this.events = events;
        this.cases = cases;
        this.catalog = catalog;
        this.entries = entries;
        this.decisions = decisions;
        this.reasonCodes = reasonCodes;
        this.moderation = moderation;
        this.content = content;
        this.reports = reports;
        this.audit = audit;
        this.currentStaff = currentStaff;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
        this.lease = lease;
    }

    public Duration lease() {
        return lease;
    }

    /** True when the signed-in staff member may work the lane. */
    public boolean canWork(Lane lane) {
        return currentStaff.get().roles().stream().anyMatch(lane.workers()::contains);
    }

    /**
     * Claims the highest-priority free case of the selection in the reviewer's markets and returns
     * it opened, or empty when the queue has nothing free. Cases in {@code skipped} are passed over.
     * Each claim attempt is its own short transaction: one conditional update, so two claimers
     * never get the same case.
     */
    public Optional<CaseWork> claimNext(QueueSelection selection, Collection<Long> skipped) {
        SignedInStaff staff = requireWorker(selection.lane());
        List<String> markets = marketsToSearch(staff.scope(), selection.market());
        List<Long> passOver = new ArrayList<>(skipped);
        passOver.add(-1L);
        for (int round = 0; round < ROUNDS; round++) {
            Instant now = clock.instant();
            List<QueueEntryRepository.Candidate> candidates = candidates(selection, markets, staff, now, passOver);
            if (candidates.isEmpty()) {
                return Optional.empty();
            }
            for (QueueEntryRepository.Candidate candidate : candidates) {
                if (tryClaim(candidate.caseId(), selection.lane(), staff)) {
                    return Optional.of(show(candidate.caseId(), staff));
                }
                passOver.add(candidate.caseId());
            }
        }
        return Optional.empty();
    }

    /** Candidates over the markets, merged in priority order. */
    private List<QueueEntryRepository.Candidate> candidates(QueueSelection selection, List<String> markets,
            SignedInStaff staff, Instant now, List<Long> passOver) {
        List<QueueEntryRepository.Candidate> all = new ArrayList<>();
        boolean wholeQueue = selection.kind() == null && selection.category() == null;
        boolean everyMarket = staff.scope().allMarkets() && selection.market() == null;
        return transaction.execute(status -> {
            if (wholeQueue && everyMarket) {
                // one read of the lane's head across markets (ix_queue_next_all) instead of one per market;
                // a case queued in several markets comes once per market, hence the extra rows
                all.addAll(entries.candidatesAnywhere(selection.lane(), now, staff.username(), passOver,
                        Limit.of(CANDIDATES * 2)));
            }
            for (String market : wholeQueue && everyMarket ? List.<String>of() : markets) {
                if (selection.kind() != null && selection.category() != null) {
                    all.addAll(entries.candidatesIn(market, selection.lane(), selection.kind(), selection.category(),
                            now, staff.username(), passOver, Limit.of(CANDIDATES)));
                } else {
                    // a kind or a category alone is checked on the entries read: read further to find enough
                    entries.candidates(market, selection.lane(), now, staff.username(), passOver,
                                    Limit.of(wholeQueue ? CANDIDATES : CANDIDATES * 4)).stream()
                            .filter(c -> (selection.kind() == null || c.kind() == selection.kind())
                                    && (selection.category() == null || c.category() == selection.category()))
                            .limit(CANDIDATES)
                            .forEach(all::add);
                }
            }
            return all.stream()
                    .sorted(Comparator.comparingInt(QueueEntryRepository.Candidate::severity)
                            .thenComparing(QueueEntryRepository.Candidate::rankAt)
                            .thenComparingLong(QueueEntryRepository.Candidate::caseId))
                    .distinct()
                    .limit(CANDIDATES)
                    .toList();
        });
    }


    private boolean tryClaim(long caseId, Lane lane, SignedInStaff staff) {
        Instant now = clock.instant();
        Integer claimed = transaction.execute(status -> cases.claim(caseId, List.of(lane.waitingStatus()), staff.username(),
                staff.displayName(), now.plus(lease), now));
        return claimed != null && claimed == 1;
    }


    /**
     * Opens a case: claims it for the reviewer when it is free and theirs to work, and returns all
     * the page shows. Anyone who may read cases in its markets can open it; a case someone else
     * holds opens read-only.
     */
    public CaseWork open(long caseId) {
        SignedInStaff staff = currentStaff.require(CASE_READERS);
        ReviewCase c = transaction.execute(status -> cases.findById(caseId)
                .orElseThrow(() -> new NotFoundException("Case", caseId)));
        requireInScope(staff, c);
        if (c.getStatus() != CaseStatus.CLOSED && staff.hasAny(REVIEWERS)
                && staff.roles().stream().anyMatch(c.getStatus().lane().workers()::contains)
                && !c.isClaimedByOtherThan(staff.username(), clock.instant())) {
            tryClaim(caseId, c.getStatus().lane(), staff);
        }
        return show(caseId, staff);
    }

    private CaseWork show(long caseId, SignedInStaff staff) {
        return transaction.execute(status -> work(cases.findById(caseId).orElseThrow(), staff));
    }

    private CaseWork work(ReviewCase c, SignedInStaff staff) {
        Instant now = clock.instant();
        boolean mine = staff.username().equals(c.getClaimedBy()) && c.getLeaseUntil() != null
                && c.getLeaseUntil().isAfter(now);
        Set<Disposition> allowed = dispositionsFor(staff, c);
        var current = content.subject(c.getSubjectKind(), c.getSubjectId());
        MomentDetails moment = c.getSubjectKind() == ContentKind.MOMENT ? content.moment(c.getSubjectId()) : null;
        var snapshot = new CaseWork.Snapshot(c.getSnapshotAt(), c.getSnapshotContext(), c.getSnapshotText(),
                c.getSnapshotAuthor(), c.getSnapshotState());
        List<DecisionLine> caseDecisions = decisions.findByCaseIdOrderByIdDesc(c.getId()).stream().map(this::line).toList();
        CaseWork.CreatorHistory creator = creatorHistory(c, staff);
        return new CaseWork(CaseRow.of(c), c.getVersion(), c.getClaimedByName(), mine, allowed,
                ContentModeration.canBeSpoiler(c.getSubjectKind()), snapshot, current, moment,
                reports.reportsOn(c.getSubjectKind(), c.getSubjectId()), caseDecisions, creator,
                c.getEscalationNote(), c.getEscalatedBy());
    }

    private CaseWork.CreatorHistory creatorHistory(ReviewCase c, SignedInStaff staff) {
        Long creatorId = c.getCreatorId();
        if (creatorId == null) {
            return new CaseWork.CreatorHistory(c.getSnapshotAuthor(), 0, 0, List.of(), List.of());
        }
        List<DecisionLine> earlier = decisions.creatorHistory(creatorId, c.getId()).stream().map(this::line).toList();
        List<CaseRow> others = cases.otherCasesOfCreator(creatorId, c.getId()).stream()
                .filter(o -> staff.scope().includesAny(o.getMarkets()))
                .map(CaseRow::of)
                .toList();
        return new CaseWork.CreatorHistory(c.getSnapshotAuthor(),
                decisions.countByCreator(creatorId, Disposition.REMOVE),
                decisions.countByCreator(creatorId, Disposition.KEEP), earlier, others);
    }

    private DecisionLine line(CaseDecision d) {
        return new DecisionLine(d.getId(), d.getCaseId(), d.getSubjectKind(), d.getSubjectId(), d.getDisposition(),
                d.isMarkSpoiler(), d.getReasonCode(), reasonCodes.labelOf(d.getReasonCode()), d.getNote(),
                d.getDecidedBy(), d.getDecidedByName(), d.getDecidedAt(), d.isBulk());
    }

    /** What this reviewer may decide on the case, whoever holds it now. */
    private static Set<Disposition> dispositionsFor(SignedInStaff staff, ReviewCase c) {
        if (c.getStatus() == CaseStatus.CLOSED || !staff.hasAny(REVIEWERS)
                || staff.roles().stream().noneMatch(c.getStatus().lane().workers()::contains)) {
            return Set.of();
        }
        return switch (c.getStatus()) {
            case OPEN -> EnumSet.allOf(Disposition.class);
            // a lead answers an escalation; a second opinion may still go up as an escalation
            case ESCALATED -> EnumSet.of(Disposition.KEEP, Disposition.REMOVE);
            case SECOND_OPINION -> EnumSet.of(Disposition.KEEP, Disposition.REMOVE, Disposition.ESCALATE);
            case CLOSED -> Set.of();
        };
    }

    /** Extends the reviewer's lease; false when it has lapsed or the case was decided meanwhile. */
    public boolean renewLease(long caseId) {
        SignedInStaff staff = currentStaff.require(REVIEWERS);
        Instant now = clock.instant();
        Integer renewed = transaction.execute(status -> cases.renew(caseId, staff.username(), now.plus(lease), now,
                CaseStatus.CLOSED));
        return renewed != null && renewed == 1;
    }

    /** Lets go of the case (skip, or leaving the page): it is free for the next reviewer at once. */
    public void release(long caseId) {
        SignedInStaff staff = currentStaff.require(REVIEWERS);
        transaction.executeWithoutResult(status -> {
            if (cases.release(caseId, staff.username()) == 1) {
                audit.record("REVIEW_CASE_SKIPPED", "CASE", caseId, null, "Skipped case " + caseId);
            }
        });
    }

    /**
     * Decides a case the reviewer saw at {@code expectedVersion}. Nothing changes when the decision
     * is invalid, someone else holds the case, or the case changed since (new reports, another
     * decision): the exceptions say which.
     */
    @Transactional
    public DecisionLine decide(long caseId, long expectedVersion, Decision decision) {
        return decide(caseId, expectedVersion, decision, false);
    }

    DecisionLine decide(long caseId, long expectedVersion, Decision decision, boolean bulk) {
        SignedInStaff staff = currentStaff.require(REVIEWERS);
        ReasonCode reason = reasonCodes.require(decision.reasonCode(), decision.disposition());
        if (decision.note() != null && decision.note().length() > ReviewCase.NOTE_MAX) {
            throw new InvalidDecisionException("The note is " + decision.note().length() + " characters; at most "
                    + ReviewCase.NOTE_MAX + " fit.");
        }
        if (!decision.disposition().closes() && decision.note() == null) {
            throw new InvalidDecisionException(decision.disposition().label()
                    + " needs a note for the lead: say what you are unsure about.");
        }
        // the row lock makes deciders of one case take turns; the version check then tells the
        // second one that the first has decided
        ReviewCase c = cases.findForDecision(caseId).orElseThrow(() -> new NotFoundException("Case", caseId));
        requireInScope(staff, c);
        Instant now = clock.instant();
        Instant openedAt = c.getOpenedAt();
        if (c.getVersion() != expectedVersion || c.getStatus() == CaseStatus.CLOSED) {
            throw new ConcurrentEditException("Case " + caseId, changedBy(c));
        }
        if (c.isClaimedByOtherThan(staff.username(), now)) {
            throw new ClaimedByOtherException(caseId, c.getClaimedByName(), c.getLeaseUntil());
        }
        Set<Disposition> allowed = dispositionsFor(staff, c);
        if (!allowed.contains(decision.disposition())) {
            throw new InvalidDecisionException(decision.disposition().label() + " is not open to you on a case that is "
                    + c.getStatus().label().toLowerCase() + ".");
        }
        if (decision.markSpoiler() && !ContentModeration.canBeSpoiler(c.getSubjectKind())) {
            throw new InvalidDecisionException("A " + c.getSubjectKind().label().toLowerCase()
                    + " cannot be flagged as a spoiler.");
        }
        switch (decision.disposition()) {
            case REMOVE -> moderation.remove(c.getSubjectKind(), c.getSubjectId());
            case KEEP -> moderation.approve(c.getSubjectKind(), c.getSubjectId());
            default -> { }
        }
        if (decision.markSpoiler()) {
            moderation.markSpoiler(c.getSubjectKind(), c.getSubjectId());
        }
        c.decided(decision, staff, now);
        if (decision.disposition().closes()) {
            entries.deleteByCase(caseId);
            reports.closeOpenReportsOn(c.getSubjectKind(), c.getSubjectId());
        } else {
            entries.findByCaseId(caseId).forEach(e -> e.follow(c));
        }
        CaseDecision saved = decisions.save(new CaseDecision(c, decision, staff.username(), staff.displayName(), now, bulk));
        // in this transaction: a statement of reasons that cannot be written undoes the decision
        events.publishEvent(new CaseDecided(saved.getId(), caseId, c.getSubjectKind(), c.getSubjectId(), c.getOrigin(),
                decision.disposition(), decision.markSpoiler(), bulk, Set.copyOf(c.getMarkets()), c.getReportCount(),
                now, new CaseDecided.Reason(reason.getCode(), reason.getLabel(), reason.getDescription(),
                        reason.getPolicyRef(), reason.getStatementCategory(), reason.getStatementGround(),
                        reason.getLegalGround()), openedAt));
        audit.record("REVIEW_DECIDED", "CASE", caseId, c.getMarkets().size() == 1 ? c.getMarkets().iterator().next() : null,
                summary(c, decision, reason, bulk));
        cases.flush();
        return line(saved);
    }

    private static String summary(ReviewCase c, Decision decision, ReasonCode reason, boolean bulk) {
        StringBuilder s = new StringBuilder(decision.disposition().label());
        if (decision.markSpoiler()) {
            s.append(" + spoiler flag");
        }
        s.append(" on ").append(c.getSubjectKind().label()).append(' ').append(c.getSubjectId())
                .append(" (case ").append(c.getId()).append(", ").append(String.join(",", c.getMarkets())).append(')')
                .append(": ").append(reason.getCode()).append(" [").append(reason.getPolicyRef()).append(']');
        if (bulk) {
            s.append(", bulk");
        }
        if (decision.note() != null) {
            s.append(" — ").append(decision.note().length() > 300 ? decision.note().substring(0, 300) + "…" : decision.note());
        }
        return s.toString();
    }

    /** Who changed the case last, for the conflict message. */
    private String changedBy(ReviewCase c) {
        return decisions.findByCaseIdOrderByIdDesc(c.getId()).stream().findFirst()
                .map(d -> d.getDecidedByName() + " (" + d.getDisposition().label().toLowerCase() + ")")
                .or(() -> audit.lastEventAbout("CASE", c.getId()).map(AuditEvent::getActor))
                .orElse("new reports");
    }

    private SignedInStaff requireWorker(Lane lane) {
        SignedInStaff staff = currentStaff.require(REVIEWERS);
        if (staff.roles().stream().noneMatch(lane.workers()::contains)) {
            throw new org.springframework.security.access.AccessDeniedException(lane.label() + " are for leads");
        }
        return staff;
    }

    private static void requireInScope(SignedInStaff staff, ReviewCase c) {
        if (!staff.scope().includesAny(c.getMarkets())) {
            throw new OutOfScopeException("Case", c.getId());
        }
    }

    private List<String> marketsToSearch(MarketScope scope, String market) {
        if (market != null) {
            if (!scope.includes(market)) {
                throw new OutOfScopeException("Market", market);
            }
            return List.of(market);
        }
        if (scope.allMarkets()) {
            return catalog.markets().stream().map(MarketView::code).toList();
        }
        return List.copyOf(scope.markets());
    }
}
