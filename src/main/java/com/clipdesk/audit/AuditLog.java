package com.clipdesk.audit;

import com.clipdesk.staff.CurrentStaff;
import com.clipdesk.staff.Role;
import com.clipdesk.staff.StaffSessionsEnded;
import com.clipdesk.staff.StaffSignedIn;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail. Every state change records an event in the same transaction as the change
 * ({@link Propagation#MANDATORY}), so a change without its event cannot commit.
 */
@Service
public class AuditLog {

    private final AuditEventRepository events;
    private final CurrentStaff currentStaff;
    private final Clock clock;

    AuditLog(AuditEventRepository events, CurrentStaff currentStaff, Clock clock) {
        this.events = events;
        this.currentStaff = currentStaff;
        this.clock = clock;
    }

    /** Records what the signed-in staff member (or "system" outside a request) just did. */
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEvent record(String action, @Nullable String subjectKind, @Nullable Object subjectId,
            @Nullable String marketCode, String summary) {
        return events.save(new AuditEvent(clock.instant(), actor(), action, subjectKind,
                subjectId == null ? null : subjectId.toString(), marketCode, summary));
    }

    /** The latest event about a subject, e.g. to tell an editor who changed it under them. */
    @Transactional(readOnly = true)
    public Optional<AuditEvent> lastEventAbout(String subjectKind, Object subjectId) {
        return events.findFirstBySubjectKindAndSubjectIdOrderByIdDesc(subjectKind, subjectId.toString());
    }

    @Transactional(readOnly = true)
    public Page<AuditEvent> find(AuditFilter filter, Pageable page) {
        currentStaff.require(Role.AUDITOR, Role.ADMIN);
        return events.findAll(matching(filter), page);
    }

    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        currentStaff.require(Role.AUDITOR, Role.ADMIN);
        return events.count(matching(filter));
    }

    @EventListener
    @Transactional
    void on(StaffSignedIn event) {
        events.save(new AuditEvent(event.at(), event.username(), "STAFF_SIGNED_IN", "STAFF", event.subject(), null,
                "Signed in with roles " + event.roles() + " in " + event.scope()));
    }

    /** In the transaction that ended the sessions: the actor is who ended them. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(StaffSessionsEnded event) {
        record("STAFF_SESSIONS_ENDED", "STAFF", event.subject(), null, event.own()
                ? "Signed out everywhere: every console session of " + event.username() + " ended"
                : "Ended every console session of " + event.username() + " (they sign in again, with the roles "
                        + "their identity provider gives them now)");
    }

    private static Specification<AuditEvent> matching(AuditFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.actor() != null && !filter.actor().isBlank()) {
                where.add(cb.like(cb.lower(root.get("actor")), "%" + filter.actor().toLowerCase(Locale.ROOT).trim() + "%"));
            }
            if (filter.action() != null && !filter.action().isBlank()) {
                where.add(cb.equal(root.get("action"), filter.action()));
            }
            if (filter.subjectKind() != null && !filter.subjectKind().isBlank()) {
                where.add(cb.equal(root.get("subjectKind"), filter.subjectKind()));
            }
            if (filter.subjectId() != null && !filter.subjectId().isBlank()) {
                where.add(cb.equal(root.get("subjectId"), filter.subjectId().trim()));
            }
            if (filter.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), filter.from()));
            }
            if (filter.to() != null) {
                where.add(cb.lessThan(root.get("occurredAt"), filter.to()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getPrincipal())) {
            return "system";
        }
        return CurrentStaff.from(auth).username();
    }

    /** Filter of the audit viewer; null or blank fields do not filter. */
    public record AuditFilter(@Nullable String actor, @Nullable String action, @Nullable String subjectKind,
            @Nullable String subjectId, @Nullable Instant from, @Nullable Instant to) {

        public static AuditFilter none() {
            return new AuditFilter(null, null, null, null, null, null);
        }
    }
}
