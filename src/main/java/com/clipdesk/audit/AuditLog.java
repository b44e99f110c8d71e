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
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Writer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
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
    private final AuditChain chain;
    private final AuditQueries queries;
    private final TransactionTemplate transaction;
    private final long exportLimit;
    @PersistenceContext
    private EntityManager entityManager;
    private final CurrentStaff currentStaff;
    private final Clock clock;

    AuditLog(AuditEventRepository events, AuditChain chain, AuditQueries queries, CurrentStaff currentStaff,
            PlatformTransactionManager transactionManager, Clock clock,
            @Value("${clipdesk.audit.export-limit:1000000}") long exportLimit) {
        this.events = events;
        this.chain = chain;
        this.queries = queries;
        this.transaction = new TransactionTemplate(transactionManager);
        this.exportLimit = exportLimit;
        this.currentStaff = currentStaff;
        this.clock = clock;
    }

    /** Records what the signed-in staff member (or "system" outside a request) just did. */
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEvent record(String action, @Nullable String subjectKind, @Nullable Object subjectId,
            @Nullable String marketCode, String summary) {
        return append(new AuditEvent(clock.instant(), actor(), action, subjectKind,
                subjectId == null ? null : subjectId.toString(), marketCode, summary));
    }

    /** Inserts the row now; it joins the hash chain when the transaction commits. */
    private AuditEvent append(AuditEvent event) {
        AuditEvent saved = events.save(event);
        chain.sealAtCommit(saved);
        return saved;
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

    /** A page of the viewer, newest first; no count of the whole table. */
    @Transactional(readOnly = true)
    public List<AuditEvent> page(AuditFilter filter, int offset, int limit) {
        currentStaff.require(Role.AUDITOR, Role.ADMIN);
        return queries.page(entityManager, filter, null, offset, limit);
    }

    /** Matching events up to {@code cap}; more than {@code cap} reads as {@code cap + 1} ("10,000+"). */
    @Transactional(readOnly = true)
    public long countUpTo(AuditFilter filter, int cap) {
        currentStaff.require(Role.AUDITOR, Role.ADMIN);
        return queries.countUpTo(entityManager, filter, cap);
    }

    /** The actions, subject kinds or markets that occur, for the viewer's filter suggestions. */
    @Transactional(readOnly = true)
    public List<String> knownValues(Facet facet) {
        currentStaff.require(Role.AUDITOR, Role.ADMIN);
        return queries.distinct(entityManager, facet.attribute);
    }

    /** What the viewer suggests values for. */
    public enum Facet {
        ACTION("action"), SUBJECT_KIND("subjectKind"), MARKET("marketCode");

        private final String attribute;

        Facet(String attribute) {
            this.attribute = attribute;
        }
    }

    /**
     * Streams the matching events as CSV (newest first, at most the export limit) and audits the export
     * first, so an interrupted download is on record too.
     */
    public long exportCsv(AuditFilter filter, Writer out) {
        currentStaff.require(Role.AUDITOR, Role.ADMIN);
        transaction.executeWithoutResult(s -> record("AUDIT_EXPORTED", null, null, filter.market(),
                "Exported the audit trail as CSV (at most " + exportLimit + " rows) for " + filter.describe()));
        return queries.exportCsv(filter, out, exportLimit, n -> {});
    }

    @EventListener
    @Transactional
    void on(StaffSignedIn event) {
        append(new AuditEvent(event.at(), event.username(), "STAFF_SIGNED_IN", "STAFF", event.subject(), null,
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

    static Specification<AuditEvent> matching(AuditFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.actor() != null && !filter.actor().isBlank()) {
                where.add(cb.like(root.get("actor"), AuditQueries.likePrefix(filter.actor().trim()), '!'));
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
            if (filter.market() != null && !filter.market().isBlank()) {
                where.add(cb.equal(root.get("marketCode"), filter.market().trim()));
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

    /**
     * Filter of the audit viewer; null or blank fields do not filter. Actor matches from the start of the
     * name (so an index serves it), the others exactly; {@code from} inclusive, {@code to} exclusive.
     */
    public record AuditFilter(@Nullable String actor, @Nullable String action, @Nullable String subjectKind,
            @Nullable String subjectId, @Nullable String market, @Nullable Instant from, @Nullable Instant to) {

        public AuditFilter(@Nullable String actor, @Nullable String action, @Nullable String subjectKind,
                @Nullable String subjectId, @Nullable Instant from, @Nullable Instant to) {
            this(actor, action, subjectKind, subjectId, null, from, to);
        }

        public static AuditFilter none() {
            return new AuditFilter(null, null, null, null, null, null, null);
        }

        /** "actor admin*, action POLICY_PUBLISHED, from 2026-11-01T00:00:00Z" or "all events". */
        public String describe() {
            List<String> parts = new ArrayList<>();
            if (actor != null && !actor.isBlank()) {
                parts.add("actor " + actor.trim() + "*");
            }
            for (String[] p : new String[][] {{"action", action}, {"subject kind", subjectKind},
                    {"subject", subjectId}, {"market", market}}) {
                if (p[1] != null && !p[1].isBlank()) {
                    parts.add(p[0] + " " + p[1].trim());
                }
            }
            if (from != null) {
                parts.add("from " + from);
            }
            if (to != null) {
                parts.add("before " + to);
            }
            return parts.isEmpty() ? "all events" : String.join(", ", parts);
        }
    }
}
