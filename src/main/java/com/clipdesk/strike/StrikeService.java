package com.clipdesk.strike;

import com.clipdesk.audit.AuditLog;
import com.clipdesk.content.ContentKind;
import com.clipdesk.member.MemberService;
import com.clipdesk.shared.ConcurrentEditException;
import com.clipdesk.shared.NotFoundException;
import com.clipdesk.staff.CurrentStaff;
import com.clipdesk.staff.Role;
import com.clipdesk.staff.SignedInStaff;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members' strikes and restrictions. Readers are the member page's (moderators, leads, auditors,
 * admins whose markets hold the member's home market); voiding strikes and applying, dismissing or
 * lifting restrictions is for leads and admins. Strikes are issued and voided by events
 * ({@link StrikeListeners}) in the deciding transaction; every change is audited.
 */
@Service
@Transactional(readOnly = true)
public class StrikeService {

    static final Role[] DECIDERS = {Role.LEAD_MODERATOR, Role.ADMIN};
    static final String SUBJECT = "STRIKE";
    static final String RESTRICTION_SUBJECT = "MEMBER_RESTRICTION";
    static final String SYSTEM = "system";
    private static final java.time.format.DateTimeFormatter UTC = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm 'UTC'", java.util.Locale.ROOT).withZone(java.time.ZoneOffset.UTC);

    private final StrikeRepository strikes;
    private final MemberRestrictionRepository restrictions;
    private final MemberService members;
    private final CurrentStaff currentStaff;
    private final AuditLog audit;
    private final StrikeSettings settings;
    private final EntityManager em;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    StrikeService(StrikeRepository strikes, MemberRestrictionRepository restrictions, MemberService members,
            CurrentStaff currentStaff, AuditLog audit, StrikeSettings settings, EntityManager em, Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.strikes = strikes;
        this.restrictions = restrictions;
        this.members = members;
        this.currentStaff = currentStaff;
        this.audit = audit;
        this.settings = settings;
        this.em = em;
        this.clock = clock;
    }

    /** Whether the signed-in staff member may void strikes and decide on restrictions (in their markets). */
    public boolean mayDecide() {
        return currentStaff.get().hasAny(DECIDERS);
    }

    /** The member's strikes and restrictions, for a reader whose markets hold the member's home market. */
    public MemberStrikes onMember(long memberId) {
        members.details(memberId);
        Instant now = clock.instant();
        List<StrikeView> all = strikes.findByMemberIdOrderByIssuedAtDescIdDesc(memberId).stream()
                .map(s -> view(s, now)).toList();
        int active = (int) all.stream().filter(StrikeView::active).count();
        List<RestrictionView> inForce = new ArrayList<>();
        List<RestrictionView> pending = new ArrayList<>();
        List<RestrictionView> past = new ArrayList<>();
        for (MemberRestriction r : restrictions.findByMemberIdOrderByCreatedAtDescIdDesc(memberId)) {
            RestrictionView v = view(r, now);
            (v.inForce() ? inForce : v.pending() ? pending : past).add(v);
        }
        return new MemberStrikes(memberId, active, all, inForce, pending, past, settings.nextAbove(active),
                mayDecide(), now);
    }

    /** Voids a strike (leads and admins): it no longer counts. Restrictions it helped reach stay until lifted. */
    @Transactional
    public StrikeView voidStrike(long strikeId, long expectedVersion, @Nullable String reason) {
        SignedInStaff staff = currentStaff.require(DECIDERS);
        Strike strike = strikes.findById(strikeId).orElseThrow(() -> new NotFoundException("Strike", strikeId));
        members.details(strike.getMemberId());
        requireVersion(strike.getVersion(), expectedVersion, "Strike #" + strikeId, SUBJECT, strikeId);
        String why = text(reason, "Give the reason for voiding the strike.");
        Instant now = clock.instant();
        strike.voidIt(staff.username(), now, why);
        audit.record("STRIKE_VOIDED", SUBJECT, strike.getId(), null, "Voided strike #" + strike.getId()
                + " of member #" + strike.getMemberId() + " (" + strike.getClause() + "): " + why);
        recount(strike, now);
        flush("Strike #" + strikeId, SUBJECT, strikeId);
        return view(strike, now);
    }

    /** Applies a recommended restriction from now (leads and admins), unless one of its kind is in force. */
    @Transactional
    public RestrictionView applyRecommendation(long restrictionId, long expectedVersion, @Nullable String note) {
        SignedInStaff staff = currentStaff.require(DECIDERS);
        MemberRestriction r = restriction(restrictionId, expectedVersion);
        Instant now = clock.instant();
        inForce(r.getMemberId(), r.getCode(), now).filter(other -> !other.getId().equals(r.getId())).ifPresent(other -> {
            throw new InvalidStrikeException("\"" + other.getLabel() + "\" is in force already until "
                    + UTC.format(other.getEndsAt()) + "; dismiss this recommendation instead.");
        });
        r.apply(staff.username(), now, blankToNull(note));
        audit.record("RESTRICTION_APPLIED", RESTRICTION_SUBJECT, r.getId(), null, "Applied \"" + r.getLabel()
                + "\" to member #" + r.getMemberId() + " until " + UTC.format(r.getEndsAt()) + " (recommended at "
                + r.getStrikeCount() + " active strikes)" + noteSuffix(note));
        flush("Restriction #" + restrictionId, RESTRICTION_SUBJECT, restrictionId);
        applied(r, false);
        return view(r, now);
    }

    /** Dismisses a recommended restriction (leads and admins). */
    @Transactional
    public RestrictionView dismissRecommendation(long restrictionId, long expectedVersion, @Nullable String note) {
        SignedInStaff staff = currentStaff.require(DECIDERS);
        MemberRestriction r = restriction(restrictionId, expectedVersion);
        Instant now = clock.instant();
        r.dismiss(staff.username(), now, blankToNull(note));
        audit.record("RESTRICTION_DISMISSED", RESTRICTION_SUBJECT, r.getId(), null, "Dismissed the recommendation \""
                + r.getLabel() + "\" for member #" + r.getMemberId() + noteSuffix(note));
        flush("Restriction #" + restrictionId, RESTRICTION_SUBJECT, restrictionId);
        return view(r, now);
    }

    /** Lifts a restriction in force before it ends (leads and admins), with a reason. */
    @Transactional
    public RestrictionView liftRestriction(long restrictionId, long expectedVersion, @Nullable String reason) {
        SignedInStaff staff = currentStaff.require(DECIDERS);
        MemberRestriction r = restriction(restrictionId, expectedVersion);
        String why = text(reason, "Give the reason for lifting the restriction.");
        Instant now = clock.instant();
        r.lift(staff.username(), now, why);
        audit.record("RESTRICTION_LIFTED", RESTRICTION_SUBJECT, r.getId(), null, "Lifted \"" + r.getLabel()
                + "\" of member #" + r.getMemberId() + ": " + why);
        flush("Restriction #" + restrictionId, RESTRICTION_SUBJECT, restrictionId);
        return view(r, now);
    }

    // --- called by StrikeListeners in the publisher's transaction: no staff checks, the decision had them ----

    /** Gives the member a strike for a terms takedown, then sees what the active count calls for. */
    @Transactional(propagation = Propagation.MANDATORY)
    void issue(long memberId, long takedownId, ContentKind kind, long itemId, String reasonCode, String clause,
            String decidedBy, Instant decidedAt) {
        if (strikes.findByTakedownId(takedownId).isPresent()) {
            return;
        }
        Strike strike = new Strike(memberId, takedownId, kind, itemId, reasonCode, clause, decidedBy, decidedAt,
                decidedAt.plus(settings.expiry()));
        strikes.save(strike);
        Instant now = clock.instant();
        int active = activeCount(memberId, now);
        audit.record("STRIKE_ADDED", SUBJECT, strike.getId(), null, "Strike for member #" + memberId + " ("
                + clause + ", reason " + reasonCode + ") from takedown #" + takedownId + " of " + kind.label() + " #"
                + itemId + "; expires " + UTC.format(strike.getExpiresAt()) + "; " + active + " active");
        reached(memberId, active, now);
    }

    /** An overturned appeal voids the strike the takedown gave, if it gave one. */
    @Transactional(propagation = Propagation.MANDATORY)
    void voidForAppeal(long takedownId, long appealId, String decidedBy, Instant decidedAt) {
        strikes.findByTakedownId(takedownId).filter(s -> s.getVoidedAt() == null).ifPresent(strike -> {
            String why = "Appeal #" + appealId + " overturned the takedown";
            strike.voidIt(decidedBy, decidedAt, why);
            audit.record("STRIKE_VOIDED", SUBJECT, strike.getId(), null, "Voided strike #" + strike.getId()
                    + " of member #" + strike.getMemberId() + ": " + why);
            recount(strike, decidedAt);
        });
    }

    /**
     * After a void: recommendations still waiting whose threshold the member no longer reaches are
     * withdrawn (by the system, saying why), and the threshold the remaining strikes reach, if any,
     * is recommended again. Restrictions already applied stay until a lead lifts them.
     */
    private void recount(Strike voided, Instant now) {
        em.flush();
        long memberId = voided.getMemberId();
        int active = activeCount(memberId, now);
        for (MemberRestriction r : restrictions.findByMemberIdOrderByCreatedAtDescIdDesc(memberId)) {
            if (r.getStatus() == RestrictionStatus.RECOMMENDED && r.getStrikeCount() > active) {
                String note = "Withdrawn: strike #" + voided.getId() + " was voided, " + active + " active strike"
                        + (active == 1 ? "" : "s") + " now";
                r.dismiss(SYSTEM, now, note);
                audit.record("RESTRICTION_DISMISSED", RESTRICTION_SUBJECT, r.getId(), null, "Dismissed the "
                        + "recommendation \"" + r.getLabel() + "\" for member #" + memberId + ": " + note);
            }
        }
        reached(memberId, active, now);
    }

    /** A lifted takedown leaves its strike standing (a lift is not always a finding of no fault); leads see it. */
    @Transactional(propagation = Propagation.MANDATORY)
    void takedownLifted(long takedownId, Instant at) {
        strikes.findByTakedownId(takedownId).ifPresent(s -> s.takedownLifted(at));
    }

    private void reached(long memberId, int active, Instant now) {
        StrikeSettings.Threshold threshold = settings.reachedAt(active);
        if (threshold == null || inForce(memberId, threshold.code(), now).isPresent()) {
            return;
        }
        Optional<MemberRestriction> pending = restrictions.findByMemberIdAndCodeAndStatusIn(memberId,
                threshold.code(), EnumSet.of(RestrictionStatus.RECOMMENDED)).stream().findFirst();
        supersede(memberId, threshold, active, now);
        if (threshold.mode() == RestrictionMode.APPLY) {
            String note = "Applied automatically at " + active + " active strikes";
            MemberRestriction r = pending.orElseGet(() -> restrictions.save(
                    MemberRestriction.recommended(memberId, threshold, active, now)));
            r.apply(SYSTEM, now, note);
            audit.record("RESTRICTION_APPLIED", RESTRICTION_SUBJECT, r.getId(), null, "Applied \"" + r.getLabel()
                    + "\" to member #" + memberId + " until " + UTC.format(r.getEndsAt()) + ": " + note);
            applied(r, true);
        } else if (pending.isEmpty()) {
            MemberRestriction r = restrictions.save(MemberRestriction.recommended(memberId, threshold, active, now));
            audit.record("RESTRICTION_RECOMMENDED", RESTRICTION_SUBJECT, r.getId(), null, "Recommended \""
                    + r.getLabel() + "\" for member #" + memberId + " at " + active + " active strikes");
        }
    }

    /** A higher threshold replaces the recommendations of lower ones still waiting: leads decide on one. */
    private void supersede(long memberId, StrikeSettings.Threshold threshold, int active, Instant now) {
        for (MemberRestriction r : restrictions.findByMemberIdOrderByCreatedAtDescIdDesc(memberId)) {
            if (r.getStatus() == RestrictionStatus.RECOMMENDED && !r.getCode().equals(threshold.code())) {
                String note = "Superseded by \"" + threshold.label() + "\" at " + active + " active strikes";
                r.dismiss(SYSTEM, now, note);
                audit.record("RESTRICTION_DISMISSED", RESTRICTION_SUBJECT, r.getId(), null, "Dismissed the "
                        + "recommendation \"" + r.getLabel() + "\" for member #" + memberId + ": " + note);
            }
        }
    }

    /** Tells the statements of reasons (and later the decision feed) that a restriction is in force. */
    private void applied(MemberRestriction r, boolean automatic) {
        Instant now = clock.instant();
        Strike last = strikes.findByMemberIdOrderByIssuedAtDescIdDesc(r.getMemberId()).stream()
                .filter(s -> s.getVoidedAt() == null && s.getExpiresAt().isAfter(now)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Restriction #" + r.getId() + " without an active strike"));
        events.publishEvent(new RestrictionApplied(r.getId(), r.getMemberId(), r.getCode(), r.getLabel(),
                java.util.Objects.requireNonNull(r.getStartsAt()), java.util.Objects.requireNonNull(r.getEndsAt()),
                r.getStrikeCount(), automatic ? SYSTEM : String.valueOf(r.getDecidedBy()), automatic,
                last.getItemKind(), last.getItemId(), last.getReasonCode(), last.getClause()));
    }

    private int activeCount(long memberId, Instant now) {
        return em.createQuery("select count(s) from Strike s where s.memberId = :member and s.voidedAt is null"
                + " and s.expiresAt > :now", Long.class)
                .setParameter("member", memberId).setParameter("now", now).getSingleResult().intValue();
    }

    private Optional<MemberRestriction> inForce(long memberId, String code, Instant now) {
        return restrictions.findByMemberIdAndCodeAndStatusIn(memberId, code, EnumSet.of(RestrictionStatus.APPLIED))
                .stream().filter(r -> r.inForceAt(now)).findFirst();
    }

    private MemberRestriction restriction(long id, long expectedVersion) {
        MemberRestriction r = restrictions.findById(id).orElseThrow(() -> new NotFoundException("Restriction", id));
        members.details(r.getMemberId());
        requireVersion(r.getVersion(), expectedVersion, "Restriction #" + id, RESTRICTION_SUBJECT, id);
        return r;
    }

    private void requireVersion(long actual, long expected, String what, String subject, long id) {
        if (actual != expected) {
            throw new ConcurrentEditException(what, lastActor(subject, id));
        }
    }

    private void flush(String what, String subject, long id) {
        try {
            em.flush();
        } catch (OptimisticLockingFailureException | jakarta.persistence.OptimisticLockException e) {
            throw new ConcurrentEditException(what, lastActor(subject, id));
        }
    }

    private String lastActor(String subject, long id) {
        return audit.lastEventAbout(subject, id).map(e -> e.getActor()).orElse("another staff member");
    }

    private static String text(@Nullable String value, String whenMissing) {
        return com.clipdesk.shared.RequiredText.of(value, Strike.TEXT_MAX, whenMissing, InvalidStrikeException::new);
    }

    private static @Nullable String blankToNull(@Nullable String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String stripped = note.strip();
        if (stripped.length() > MemberRestriction.NOTE_MAX) {
            throw new InvalidStrikeException("At most " + MemberRestriction.NOTE_MAX + " characters ("
                    + stripped.length() + " now).");
        }
        return stripped;
    }

    private static String noteSuffix(@Nullable String note) {
        return note == null || note.isBlank() ? "" : ": " + note.strip();
    }

    private static StrikeView view(Strike s, Instant now) {
        return new StrikeView(s.getId(), s.getMemberId(), s.getTakedownId(), s.getItemKind(), s.getItemId(),
                s.getReasonCode(), s.getClause(), s.getIssuedBy(), s.getIssuedAt(), s.getExpiresAt(), s.statusAt(now),
                s.getTakedownLiftedAt(), s.getVoidedAt(), s.getVoidedBy(), s.getVoidReason(), s.getVersion());
    }

    private static RestrictionView view(MemberRestriction r, Instant now) {
        return new RestrictionView(r.getId(), r.getMemberId(), r.getCode(), r.getLabel(), r.duration(),
                r.getStrikeCount(), r.getStatus(), r.inForceAt(now), r.getCreatedAt(), r.getStartsAt(), r.getEndsAt(),
                r.getDecidedBy(), r.getDecidedAt(), r.getNote(), r.getLiftedBy(), r.getLiftedAt(), r.getLiftReason(),
                r.getVersion());
    }
}
