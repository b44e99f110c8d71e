package com.clipdesk.review;

import com.clipdesk.audit.AuditLog;
import com.clipdesk.shared.ConcurrentEditException;
import com.clipdesk.shared.NotFoundException;
import com.clipdesk.staff.CurrentStaff;
import com.clipdesk.staff.Role;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reason codes decisions carry. Reviewers read the active ones; admins and policy admins
 * manage them. A code is never deleted (decisions name it), only deactivated; every change is
 * audited in its transaction.
 */
@Service
@Transactional(readOnly = true)
public class ReasonCodes {

    static final Role[] READERS = {Role.MODERATOR, Role.LEAD_MODERATOR, Role.ADMIN, Role.POLICY_ADMIN, Role.AUDITOR};
    static final Role[] EDITORS = {Role.ADMIN, Role.POLICY_ADMIN};
    private static final String SUBJECT = "REASON_CODE";

    private final ReasonCodeRepository codes;
    private final CurrentStaff currentStaff;
    private final AuditLog audit;
    private final Validator validator;
    private final EntityManager entityManager;
    private final StatementCategoryList categories;

    ReasonCodes(ReasonCodeRepository codes, CurrentStaff currentStaff, AuditLog audit, Validator validator,
            EntityManager entityManager, StatementCategoryList categories) {
        this.categories = categories;
        this.codes = codes;
        this.currentStaff = currentStaff;
        this.audit = audit;
        this.validator = validator;
        this.entityManager = entityManager;
    }

    /** Adds an active code whose statements say "other violation of our terms" (see the overload). */
    @Transactional
    public ReasonCodeView create(String code, String label, String description, String policyRef,
            Set<Disposition> dispositions, int sortOrder) {
        return create(code, label, description, policyRef, dispositions, sortOrder, StatementMapping.terms());
    }

    /**
     * Adds an active code. Fails without saving when the input is invalid
     * ({@link ConstraintViolationException}, per field; {@link InvalidSettingException} for a category
     * outside the DSA list or an illegal-content ground without its law) or the code exists
     * ({@link InvalidSettingException}).
     */
    @Transactional
    public ReasonCodeView create(String code, String label, String description, String policyRef,
            Set<Disposition> dispositions, int sortOrder, StatementMapping statement) {
        currentStaff.require(EDITORS);
        var change = validated(new ReasonCodeChange(strip(code), label, description, policyRef, dispositions, sortOrder,
                statement.category(), statement.ground(), statement.legalGround()));
        if (codes.existsById(change.code())) {
            throw duplicate(change.code());
        }
        ReasonCode reason = new ReasonCode(change.code(), change.label(), change.description(), change.policyRef(),
                change.dispositions(), change.sortOrder());
        reason.mapStatement(change.statementCategory(), change.statementGround(), change.legalGround());
        try {
            // persist, not save: save() would merge over a row someone created meanwhile
            entityManager.persist(reason);
            entityManager.flush();
        } catch (DataIntegrityViolationException | jakarta.persistence.PersistenceException e) {
            throw duplicate(change.code());
        }
        audit.record("REASON_CODE_CREATED", SUBJECT, reason.getCode(), null,
                "Added reason code " + reason.getCode() + ": " + describe(reason));
        return ReasonCodeView.of(reason);
    }

    /** Changes a code as the overload does, keeping what its statements say. */
    @Transactional
    public ReasonCodeView update(String code, long expectedVersion, String label, String description,
            String policyRef, Set<Disposition> dispositions, int sortOrder) {
        currentStaff.require(EDITORS);
        ReasonCode current = codes.findById(code).orElseThrow(() -> new NotFoundException("Reason code", code));
        return update(code, expectedVersion, label, description, policyRef, dispositions, sortOrder,
                new StatementMapping(current.getStatementCategory(), current.getStatementGround(),
                        current.getLegalGround()));
    }

    /**
     * Changes a code's label, description, policy reference, dispositions, order and what its
     * statements of reasons say; the code itself never changes. Decisions taken earlier keep the
     * statements they wrote. Fails without saving when the input is invalid or someone changed the
     * code since {@code expectedVersion} ({@link ConcurrentEditException}).
     */
    @Transactional
    public ReasonCodeView update(String code, long expectedVersion, String label, String description,
            String policyRef, Set<Disposition> dispositions, int sortOrder, StatementMapping statement) {
        currentStaff.require(EDITORS);
        var change = validated(new ReasonCodeChange(code, label, description, policyRef, dispositions, sortOrder,
                statement.category(), statement.ground(), statement.legalGround()));
        ReasonCode reason = current(code, expectedVersion);
        String before = describe(reason);
        reason.describe(change.label(), change.description(), change.policyRef(), change.dispositions());
        reason.mapStatement(change.statementCategory(), change.statementGround(), change.legalGround());
        reason.reorder(change.sortOrder());
        flush(code);
        audit.record("REASON_CODE_UPDATED", SUBJECT, code, null,
                "Changed reason code " + code + ": " + before + " → " + describe(reason));
        return ReasonCodeView.of(reason);
    }

    /** The DSA categories a code may name, for the admin screen's picker. */
    public List<StatementCategoryList.Choice> statementCategories() {
        currentStaff.require(READERS);
        return categories.categories();
    }

    /**
     * Takes a code out of use (decisions already made keep it) or back into use. Fails without
     * saving when someone changed the code since {@code expectedVersion}.
     */
    @Transactional
    public ReasonCodeView setActive(String code, long expectedVersion, boolean active) {
        currentStaff.require(EDITORS);
        ReasonCode reason = current(code, expectedVersion);
        if (reason.isActive() == active) {
            return ReasonCodeView.of(reason);
        }
        reason.activate(active);
        flush(code);
        audit.record(active ? "REASON_CODE_ACTIVATED" : "REASON_CODE_DEACTIVATED", SUBJECT, code, null,
                (active ? "Reason code " + code + " is in use again" : "Reason code " + code
                        + " is no longer offered to reviewers; decisions that name it keep it"));
        return ReasonCodeView.of(reason);
    }

    /**
     * Every code's label, for pages and records that name a code (not secret: no role needed, so a
     * caller without staff, like the member app's API, does not fail its transaction on a check).
     */
    public java.util.Map<String, String> labels() {
        return codes.findAllByOrderBySortOrderAscCodeAsc().stream()
                .collect(java.util.stream.Collectors.toMap(r -> ReasonCodeView.of(r).code(),
                        r -> ReasonCodeView.of(r).label(), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /** One code, active or not, for records that need what it meant (statements of reasons); no role needed, as for {@link #labels()}. */
    public java.util.Optional<ReasonCodeView> byCode(String code) {
        return codes.findById(code).map(ReasonCodeView::of);
    }

    /** Every code, active or not, in display order. */
    public List<ReasonCodeView> all() {
        currentStaff.require(READERS);
        return codes.findAllByOrderBySortOrderAscCodeAsc().stream().map(ReasonCodeView::of).toList();
    }

    /** The active codes a decision of this disposition may carry, in display order. */
    public List<ReasonCodeView> activeFor(Disposition disposition) {
        currentStaff.require(READERS);
        return codes.findAllByOrderBySortOrderAscCodeAsc().stream()
                .filter(r -> r.allows(disposition))
                .map(ReasonCodeView::of)
                .toList();
    }

    /** The code a decision names, checked: present, active and allowed for the disposition. */
    ReasonCode require(@Nullable String code, Disposition disposition) {
        if (code == null || code.isBlank()) {
            throw new InvalidDecisionException("Choose a reason code for the decision.");
        }
        ReasonCode reason = codes.findById(code.strip())
                .orElseThrow(() -> new InvalidDecisionException("Unknown reason code " + code + "."));
        if (!reason.isActive()) {
            throw new InvalidDecisionException("Reason code " + code + " is no longer in use; choose another.");
        }
        if (!reason.getDispositions().contains(disposition)) {
            throw new InvalidDecisionException("Reason “" + reason.getLabel() + "” does not apply to "
                    + disposition.label() + "; choose one that does.");
        }
        return reason;
    }

    private ReasonCodeChange validated(ReasonCodeChange change) {
        Set<ConstraintViolation<ReasonCodeChange>> violations = validator.validate(change);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        if (!categories.contains(change.statementCategory())) {
            throw new InvalidSettingException("statementCategory", change.statementCategory()
                    + " is not a category of the DSA Transparency Database; choose one from the list.");
        }
        if (change.statementGround() == StatementGround.ILLEGAL
                && (change.legalGround() == null || change.legalGround().isBlank())) {
            throw new InvalidSettingException("legalGround", "Name the law the content breaks, "
                    + "e.g. StGB § 130 (DE): statements of reasons for illegal content must give it.");
        }
        return change;
    }

    private ReasonCode current(String code, long expectedVersion) {
        ReasonCode reason = codes.findById(code).orElseThrow(() -> new NotFoundException("Reason code", code));
        if (reason.getVersion() != expectedVersion) {
            throw changedMeanwhile(code);
        }
        return reason;
    }

    /** Writes now, so that a change committed meanwhile surfaces as a conflict and not at commit. */
    private void flush(String code) {
        try {
            codes.flush();
        } catch (OptimisticLockingFailureException e) {
            throw changedMeanwhile(code);
        }
    }

    private ConcurrentEditException changedMeanwhile(String code) {
        String by = audit.lastEventAbout(SUBJECT, code).map(e -> e.getActor()).orElse("another staff member");
        return new ConcurrentEditException("Reason code " + code, by);
    }

    private static InvalidSettingException duplicate(String code) {
        return new InvalidSettingException("code", "Reason code " + code
                + " exists already; edit it, or reactivate it if it is out of use.");
    }

    private static String strip(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    private static String describe(ReasonCode r) {
        return "“" + r.getLabel() + "” (" + r.getPolicyRef() + "; " + r.getDispositions().stream().map(Enum::name)
                .collect(Collectors.joining(", ")) + "; order " + r.getSortOrder() + "; statement "
                + r.getStatementCategory() + ", " + r.getStatementGround()
                + (r.getLegalGround() == null ? "" : " under " + r.getLegalGround()) + ")";
    }

    String labelOf(String code) {
        return codes.findById(code).map(ReasonCode::getLabel).orElse(code);
    }
}
