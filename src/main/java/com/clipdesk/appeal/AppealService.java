package com.clipdesk.appeal;

import com.clipdesk.audit.AuditLog;
import com.clipdesk.content.ContentKind;
import com.clipdesk.content.ContentModeration;
import com.clipdesk.content.ReviewFacts;
import com.clipdesk.member.MemberDetails;
import com.clipdesk.member.MemberService;
import com.clipdesk.review.DecisionFacts;
import com.clipdesk.review.ReasonCodes;
import com.clipdesk.review.ReviewDecisions;
import com.clipdesk.shared.ConcurrentEditException;
import com.clipdesk.shared.NotFoundException;
import com.clipdesk.shared.OutOfScopeException;
import com.clipdesk.staff.CurrentStaff;
import com.clipdesk.staff.MarketScope;
import com.clipdesk.staff.Role;
import com.clipdesk.staff.SignedInStaff;
import com.clipdesk.takedown.TakedownService;
import com.clipdesk.takedown.TakedownView;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files appeals (from the member app's API, or recorded by staff from other channels) and decides
 * them. Checks input before writing anything, who may (record: moderators, leads, admins in the
 * item's markets; decide: leads and admins, never the original decider), and carries out the outcome
 * through the takedown and content modules in the same transaction; audits every step and publishes
 * {@link AppealDecided}.
 */
@Service
@Transactional(readOnly = true)
public class AppealService {

    static final Role[] RECORDERS = {Role.MODERATOR, Role.LEAD_MODERATOR, Role.ADMIN};
    static final Role[] DECIDERS = {Role.LEAD_MODERATOR, Role.ADMIN};
    static final Role[] READERS = {Role.MODERATOR, Role.LEAD_MODERATOR, Role.AUDITOR, Role.ADMIN};
    static final String SUBJECT = "APPEAL";
    /** Who records appeals that come through the member app. */
    static final String APP = "member app";
    private static final Duration CLOCK_SLACK = Duration.ofMinutes(5);

    private final AppealRepository appeals;
    private final TakedownService takedowns;
    private final ReviewDecisions reviewDecisions;
    private final ContentModeration moderation;
    private final MemberService members;
    private final ReasonCodes reasonCodes;
    private final CurrentStaff currentStaff;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final EntityManager em;
    private final Clock clock;
    private final Duration window;

    AppealService(AppealRepository appeals, TakedownService takedowns, ReviewDecisions reviewDecisions,
            ContentModeration moderation, MemberService members, ReasonCodes reasonCodes, CurrentStaff currentStaff,
            AuditLog audit, ApplicationEventPublisher events, EntityManager em, Clock clock,
            @Value("${clipdesk.appeals.window:P183D}") Duration window) {
        this.appeals = appeals;
        this.takedowns = takedowns;
        this.reviewDecisions = reviewDecisions;
        this.moderation = moderation;
        this.members = members;
        this.reasonCodes = reasonCodes;
        this.currentStaff = currentStaff;
        this.audit = audit;
        this.events = events;
        this.em = em;
        this.clock = clock;
        this.window = window;
    }

    /** Whether the signed-in staff member reads appeals (the appeals page, item sections, the home card). */
    public boolean mayRead() {
        return currentStaff.get().hasAny(READERS);
    }

    public boolean mayRecord() {
        return currentStaff.get().hasAny(RECORDERS);
    }

    public boolean mayDecide() {
        return currentStaff.get().hasAny(DECIDERS);
    }

    /** The signed-in staff member's username, so pages can tell the original decider their appeals are someone else's. */
    public String username() {
        return currentStaff.get().username();
    }

    /** How long after a decision a member may appeal it. */
    public Duration window() {
        return window;
    }

    // --- filing ----------------------------------------------------------------------------------

    /**
     * Records an appeal received by mail, phone or another channel, on behalf of the item's creator.
     * Staff record only for items in their markets.
     */
    @Transactional
    public AppealView record(AppealRequest request) {
        SignedInStaff staff = currentStaff.require(RECORDERS);
        Appealed appealed = appealed(request);
        if (!staff.scope().includesAny(appealed.item().markets())) {
            throw new OutOfScopeException(appealed.item().kind().label(), appealed.item().id());
        }
        if (request.channel() == null) {
            throw new InvalidAppealException("channel", "How did the appeal reach us? Choose the channel.");
        }
        if (request.channel() == AppealChannel.APP) {
            throw new InvalidAppealException("channel", "Appeals from the member app arrive through its API.");
        }
        Long appellant = appealed.item().creatorId();
        if (request.memberHandle() != null && !request.memberHandle().isBlank()
                && !request.memberHandle().strip().equals(appealed.item().creatorHandle())) {
            throw new InvalidAppealException("member", "Only the member whose content it is ("
                    + appealed.item().creatorHandle() + ") can appeal this decision.");
        }
        return file(appealed, appellant, request.channel(), request, staff.username());
    }

    /**
     * An appeal from the member app's API (no staff signed in; the client holds the
     * {@code appeals.write} scope). The member must be the item's creator.
     */
    @Transactional
    public AppealView fileFromApp(AppealRequest request) {
        String handle = request.memberHandle() == null ? "" : request.memberHandle().strip();
        if (handle.isEmpty()) {
            throw new InvalidAppealException("member", "Name the member who appeals (their handle).");
        }
        Appealed appealed = appealed(request);
        MemberDetails member = members.byHandle(handle)
                .orElseThrow(() -> new InvalidAppealException("member", "No member has the handle \"" + handle + "\"."));
        if (appealed.item().creatorId() == null || member.id() != appealed.item().creatorId()) {
            throw new InvalidAppealException("member", "Member " + handle + " is not the author of "
                    + appealed.item().kind().label() + " #" + appealed.item().id()
                    + ": only the member whose content it is can appeal this decision.");
        }
        return file(appealed, member.id(), AppealChannel.APP, request, APP);
    }

    private AppealView file(Appealed appealed, @Nullable Long appellant, AppealChannel channel, AppealRequest request,
            String recordedBy) {
        String statement = text(request.statement(), "statement", Appeal.STATEMENT_MAX,
                "Say why the decision is wrong: the member's own words.");
        Instant now = clock.instant();
        Instant received = request.receivedAt() == null ? now : request.receivedAt();
        if (received.isAfter(now.plus(CLOCK_SLACK))) {
            throw new InvalidAppealException("receivedAt", "The appeal cannot have been received in the future.");
        }
        if (received.isBefore(appealed.decidedAt())) {
            throw new InvalidAppealException("receivedAt", "The appeal cannot have been received before the decision ("
                    + appealed.decidedAt() + ").");
        }
        if (received.isAfter(appealed.decidedAt().plus(window))) {
            throw new InvalidAppealException("decision", appealed.label() + " was taken on " + appealed.decidedAt()
                    + "; appeals are accepted for " + window.toDays() + " days after a decision.");
        }
        String key = Appeal.openKey(appealed.kind(), appealed.id());
        if (appeals.existsByOpenKey(key)) {
            throw new AppealAlreadyOpenException("An appeal against " + appealed.label().toLowerCase(
                    java.util.Locale.ROOT) + " is open already; it is decided once.");
        }
        Appeal appeal = new Appeal(appealed.kind(), appealed.id(), appealed.item().kind(), appealed.item().id(),
                appellant, channel, statement, received, recordedBy, appealed.decidedBy(), appealed.reasonCode(),
                appealed.everywhere(), appealed.markets(), appealed.item().markets());
        try {
            em.persist(appeal);
            em.flush();
        } catch (DataIntegrityViolationException | jakarta.persistence.PersistenceException racedWithAnother) {
            throw new AppealAlreadyOpenException("An appeal against " + appealed.label().toLowerCase(
                    java.util.Locale.ROOT) + " was filed a moment ago; it is decided once.");
        }
        audit.record("APPEAL_FILED", SUBJECT, appeal.getId(), singleMarket(appeal),
                "Appeal #" + appeal.getId() + " against " + appealed.label() + " on " + appealed.item().kind().label()
                        + " #" + appealed.item().id() + " received by " + channel.label().toLowerCase(java.util.Locale.ROOT)
                        + (recordedBy.equals(APP) ? "" : ", recorded by " + recordedBy));
        return view(appeal, handles(List.of(appeal)));
    }

    /** The appealed decision, with the item it concerns. */
    private Appealed appealed(AppealRequest request) {
        if (request.decision() == null) {
            throw new InvalidAppealException("decision", "Which decision is appealed: a takedown or a review decision?");
        }
        return switch (request.decision()) {
            case TAKEDOWN -> {
                TakedownView t = takedowns.decision(request.decisionId())
                        .orElseThrow(() -> new NotFoundException("Takedown", request.decisionId()));
                if (!t.active()) {
                    throw new InvalidAppealException("decision", "Takedown #" + t.id()
                            + " was lifted already: there is nothing left to appeal.");
                }
                yield new Appealed(AppealedDecision.TAKEDOWN, t.id(), moderation.reviewFacts(t.kind(), t.itemId()),
                        t.everywhere(), t.markets(), t.reasonCode(), t.decidedBy(), t.decidedAt());
            }
            case REVIEW_DECISION -> {
                DecisionFacts d = reviewDecisions.find(request.decisionId())
                        .orElseThrow(() -> new NotFoundException("Review decision", request.decisionId()));
                if (!d.restricts()) {
                    throw new InvalidAppealException("decision", "Review decision #" + d.id()
                            + " kept the item as it was: there is nothing to appeal.");
                }
                yield new Appealed(AppealedDecision.REVIEW_DECISION, d.id(), moderation.reviewFacts(d.kind(),
                        d.subjectId()), true, Set.of(), d.reasonCode(), d.decidedBy(), d.decidedAt());
            }
        };
    }

    private record Appealed(AppealedDecision kind, long id, ReviewFacts item, boolean everywhere, Set<String> markets,
            String reasonCode, String decidedBy, Instant decidedAt) {

        String label() {
            return kind.label() + " #" + id;
        }
    }

    // --- deciding --------------------------------------------------------------------------------

    /**
     * Decides the appeal: uphold (nothing changes), overturn (a takedown is lifted, a removed item
     * restored, a spoiler flag cleared) or, for a takedown, keep it only in {@code remainingMarkets}.
     * Never by the staff member who took the appealed decision (four-eyes).
     */
    @Transactional
    public AppealView decide(long appealId, long expectedVersion, @Nullable AppealOutcome outcome,
            Set<String> remainingMarkets, @Nullable String note) {
        SignedInStaff staff = currentStaff.require(DECIDERS);
        Appeal appeal = appeals.findById(appealId).orElseThrow(() -> new NotFoundException("Appeal", appealId));
        if (!staff.scope().includesAny(appeal.getItemMarkets())) {
            throw new OutOfScopeException("Appeal", appealId);
        }
        if (appeal.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("Appeal #" + appealId, lastActor(appealId));
        }
        if (appeal.getStatus() != AppealStatus.OPEN) {
            throw new InvalidAppealException(null, "Appeal #" + appealId + " was decided already ("
                    + appeal.getOutcome().label().toLowerCase(java.util.Locale.ROOT) + " by " + appeal.getDecidedBy()
                    + "); nothing changed.");
        }
        if (staff.username().equals(appeal.getOriginalDecider())) {
            throw new AccessDeniedException("You took the appealed decision: another lead moderator or admin "
                    + "decides this appeal (four-eyes).");
        }
        if (outcome == null) {
            throw new InvalidAppealException("outcome", "Choose the outcome: uphold, overturn or narrow the markets.");
        }
        String why = text(note, "note", Appeal.NOTE_MAX, "Explain the outcome: the member reads it.");
        Set<String> after = switch (outcome) {
            case UPHELD -> appeal.isEverywhereBefore() ? Set.of() : Appeal.split(appeal.getMarketsBefore());
            case OVERTURNED -> {
                overturn(appeal, why);
                yield Set.of();
            }
            case MODIFIED -> narrow(appeal, remainingMarkets, why);
        };
        Instant now = clock.instant();
        appeal.decide(outcome, after, why, staff.username(), now);
        audit.record("APPEAL_DECIDED", SUBJECT, appealId, singleMarket(appeal),
                "Appeal #" + appealId + " against " + appeal.getDecisionKind().label() + " #" + appeal.getDecisionId()
                        + ": " + outcome.label().toLowerCase(java.util.Locale.ROOT)
                        + (outcome == AppealOutcome.MODIFIED ? " to " + String.join(", ", new TreeSet<>(after)) : "")
                        + ": " + why);
        try {
            em.flush();
        } catch (OptimisticLockingFailureException | jakarta.persistence.OptimisticLockException e) {
            throw new ConcurrentEditException("Appeal #" + appealId, lastActor(appealId));
        }
        events.publishEvent(new AppealDecided(appealId, appeal.getDecisionKind(), appeal.getDecisionId(),
                appeal.getItemKind(), appeal.getItemId(), appeal.getAppellantId(), outcome, appeal.isEverywhereBefore(),
                Appeal.split(appeal.getMarketsBefore()), after, appeal.getReasonCode(), why, staff.username(), now,
                appeal.getItemMarkets()));
        return view(appeal, handles(List.of(appeal)));
    }

    private void overturn(Appeal appeal, String why) {
        String reason = "Appeal #" + appeal.getId() + " overturned the decision: " + why;
        switch (appeal.getDecisionKind()) {
            case TAKEDOWN -> {
                TakedownView t = takedowns.decision(appeal.getDecisionId())
                        .orElseThrow(() -> new NotFoundException("Takedown", appeal.getDecisionId()));
                if (t.active()) {
                    takedowns.lift(t.id(), t.version(), reason, appeal.getId());
                }
            }
            case REVIEW_DECISION -> {
                DecisionFacts d = reviewDecisions.find(appeal.getDecisionId())
                        .orElseThrow(() -> new NotFoundException("Review decision", appeal.getDecisionId()));
                if (d.disposition() == com.clipdesk.review.Disposition.REMOVE) {
                    moderation.restore(d.kind(), d.subjectId());
                }
                if (d.markSpoiler() && ContentModeration.canBeSpoiler(d.kind())) {
                    moderation.clearSpoiler(d.kind(), d.subjectId());
                }
            }
        }
    }

    private Set<String> narrow(Appeal appeal, Set<String> remaining, String why) {
        if (appeal.getDecisionKind() != AppealedDecision.TAKEDOWN) {
            throw new InvalidAppealException("outcome", "Only a takedown's markets can be narrowed: uphold or "
                    + "overturn a review decision.");
        }
        TakedownView t = takedowns.decision(appeal.getDecisionId())
                .orElseThrow(() -> new NotFoundException("Takedown", appeal.getDecisionId()));
        if (!t.active()) {
            throw new InvalidAppealException("outcome", "Takedown #" + t.id() + " was lifted meanwhile: uphold or "
                    + "overturn the appeal.");
        }
        if (remaining.isEmpty()) {
            throw new InvalidAppealException("markets", "Choose the markets where the takedown stays; to end it "
                    + "everywhere, overturn.");
        }
        if (!t.markets().containsAll(remaining) || remaining.containsAll(t.markets())) {
            throw new InvalidAppealException("markets", "Keep the takedown in some of " + t.scopeLabel()
                    + ", not all of them and no others.");
        }
        takedowns.narrow(t.id(), t.version(), remaining, "Appeal #" + appeal.getId() + " narrowed the takedown: " + why,
                appeal.getId());
        return Set.copyOf(remaining);
    }

    // --- reading ---------------------------------------------------------------------------------

    /** Appeals in the staff member's markets: open ones oldest first (they wait), decided ones newest first. */
    public List<AppealView> find(@Nullable AppealStatus status, int offset, int limit) {
        MarketScope scope = currentStaff.require(READERS).scope();
        TypedQuery<Appeal> query = em.createQuery("select a from Appeal a where " + where(status, scope)
                + (status == AppealStatus.OPEN ? " order by a.receivedAt, a.id" : " order by a.id desc"), Appeal.class);
        bind(query, status, scope);
        List<Appeal> found = query.setFirstResult(offset).setMaxResults(limit).getResultList();
        Map<Long, String> handles = handles(found);
        return found.stream().map(a -> view(a, handles)).toList();
    }

    public long count(@Nullable AppealStatus status) {
        MarketScope scope = currentStaff.require(READERS).scope();
        TypedQuery<Long> query = em.createQuery("select count(a) from Appeal a where " + where(status, scope),
                Long.class);
        bind(query, status, scope);
        return query.getSingleResult();
    }

    /** One appeal, for staff who see its item's markets. */
    public AppealView get(long appealId) {
        SignedInStaff staff = currentStaff.require(READERS);
        Appeal appeal = appeals.findById(appealId).orElseThrow(() -> new NotFoundException("Appeal", appealId));
        if (!staff.scope().includesAny(appeal.getItemMarkets())) {
            throw new OutOfScopeException("Appeal", appealId);
        }
        return view(appeal, handles(List.of(appeal)));
    }

    /** One appeal for the member app's API (its client is authorised by scope; the member app shows it to the appellant). */
    public AppealView forApp(long appealId) {
        Appeal appeal = appeals.findById(appealId).orElseThrow(() -> new NotFoundException("Appeal", appealId));
        return view(appeal, handles(List.of(appeal)));
    }

    /** The item's appeals, newest first; for the readers who see the item. */
    public List<AppealView> onItem(ContentKind kind, long itemId) {
        SignedInStaff staff = currentStaff.require(READERS);
        ReviewFacts item = moderation.reviewFacts(kind, itemId);
        if (!staff.scope().includesAny(item.markets())) {
            throw new OutOfScopeException(kind.label(), itemId);
        }
        List<Appeal> found = appeals.findByItemKindAndItemIdOrderByIdDesc(kind, itemId);
        Map<Long, String> handles = handles(found);
        return found.stream().map(a -> view(a, handles)).toList();
    }

    /** The decisions on the item a member could appeal now (for the staff form): active takedowns and restricting review decisions without an open appeal. */
    public List<AppealableDecision> appealableOn(ContentKind kind, long itemId) {
        SignedInStaff staff = currentStaff.require(RECORDERS);
        ReviewFacts item = moderation.reviewFacts(kind, itemId);
        if (!staff.scope().includesAny(item.markets())) {
            throw new OutOfScopeException(kind.label(), itemId);
        }
        Instant cutoff = clock.instant().minus(window);
        List<AppealableDecision> found = new ArrayList<>();
        if (ContentModeration.canBeTakenDown(kind)) {
            for (TakedownView t : takedowns.onItem(kind, itemId)) {
                if (t.active() && t.decidedAt().isAfter(cutoff)
                        && !appeals.existsByOpenKey(Appeal.openKey(AppealedDecision.TAKEDOWN, t.id()))) {
                    found.add(new AppealableDecision(AppealedDecision.TAKEDOWN, t.id(), t.badge() + " ("
                            + t.reasonLabel() + ")", t.decidedBy(), t.decidedAt()));
                }
            }
        }
        for (DecisionFacts d : reviewDecisions.restrictingOn(kind, itemId)) {
            if (d.decidedAt().isAfter(cutoff)
                    && !appeals.existsByOpenKey(Appeal.openKey(AppealedDecision.REVIEW_DECISION, d.id()))) {
                String what = d.disposition() == com.clipdesk.review.Disposition.REMOVE ? "Removed" : "Flagged as spoiler";
                found.add(new AppealableDecision(AppealedDecision.REVIEW_DECISION, d.id(), what + " in review ("
                        + d.reasonCode() + ")", d.decidedBy(), d.decidedAt()));
            }
        }
        return found;
    }

    /** A decision the staff form offers to appeal. */
    public record AppealableDecision(AppealedDecision kind, long id, String label, String decidedBy, Instant decidedAt) {}

    /** Decided appeals per reason code of the appealed decision, in the staff member's markets: how often each code is overturned. */
    public List<OverturnRate> overturnRates() {
        MarketScope scope = currentStaff.require(READERS).scope();
        TypedQuery<Object[]> query = em.createQuery("""
                select a.reasonCode, count(a),
                       sum(case when a.outcome = :upheld then 1 else 0 end),
                       sum(case when a.outcome = :overturned then 1 else 0 end),
                       sum(case when a.outcome = :modified then 1 else 0 end)
                from Appeal a""" + " where " + where(AppealStatus.DECIDED, scope) + " group by a.reasonCode",
                Object[].class);
        bind(query, AppealStatus.DECIDED, scope);
        query.setParameter("upheld", AppealOutcome.UPHELD);
        query.setParameter("overturned", AppealOutcome.OVERTURNED);
        query.setParameter("modified", AppealOutcome.MODIFIED);
        Map<String, String> labels = reasonLabels();
        return query.getResultStream()
                .map(r -> new OverturnRate((String) r[0], labels.getOrDefault((String) r[0], (String) r[0]),
                        ((Number) r[1]).longValue(), ((Number) r[2]).longValue(), ((Number) r[3]).longValue(),
                        ((Number) r[4]).longValue()))
                .sorted(java.util.Comparator.comparingDouble(OverturnRate::overturnRate).reversed()
                        .thenComparing(OverturnRate::reasonCode))
                .toList();
    }

    // --- helpers ---------------------------------------------------------------------------------

    private static String where(@Nullable AppealStatus status, MarketScope scope) {
        StringBuilder where = new StringBuilder("1 = 1");
        if (!scope.allMarkets()) {
            where.append(" and exists (select 1 from Appeal s join s.itemMarkets sm where s = a and sm in :scope)");
        }
        if (status != null) {
            where.append(" and a.status = :status");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, @Nullable AppealStatus status, MarketScope scope) {
        if (!scope.allMarkets()) {
            query.setParameter("scope", scope.markets().isEmpty() ? Set.of("-") : scope.markets());
        }
        if (status != null) {
            query.setParameter("status", status);
        }
    }

    private Map<String, String> reasonLabels() {
        return reasonCodes.labels();
    }

    private Map<Long, String> handles(List<Appeal> found) {
        Set<Long> ids = new HashSet<>();
        found.forEach(a -> {
            if (a.getAppellantId() != null) {
                ids.add(a.getAppellantId());
            }
        });
        return members.handles(ids);
    }

    private static AppealView view(Appeal a, Map<Long, String> handles) {
        return new AppealView(a.getId(), a.getDecisionKind(), a.getDecisionId(), a.getItemKind(), a.getItemId(),
                a.getAppellantId(), a.getAppellantId() == null ? null : handles.get(a.getAppellantId()), a.getChannel(),
                a.getStatement(), a.getReceivedAt(), a.getRecordedBy(), a.getOriginalDecider(), a.getReasonCode(),
                a.isEverywhereBefore(), Appeal.split(a.getMarketsBefore()), a.getStatus(), a.getOutcome(),
                Appeal.split(a.getMarketsAfter()), a.getDecisionNote(), a.getDecidedBy(), a.getDecidedAt(),
                a.getVersion());
    }

    private static @Nullable String singleMarket(Appeal a) {
        Set<String> markets = a.getItemMarkets();
        return markets.size() == 1 ? markets.iterator().next() : null;
    }

    private String lastActor(long appealId) {
        return audit.lastEventAbout(SUBJECT, appealId).map(e -> e.getActor()).orElse("another staff member");
    }

    private static String text(@Nullable String value, String field, int max, String whenMissing) {
        return com.clipdesk.shared.RequiredText.of(value, max, whenMissing,
                message -> new InvalidAppealException(field, message));
    }
}
