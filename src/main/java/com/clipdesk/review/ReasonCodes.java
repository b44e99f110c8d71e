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

    ReasonCodes(ReasonCodeRepository codes, CurrentStaff currentStaff, AuditLog audit, Validator validator,
            EntityManager entityManager) {
        this.codes = codes;
        this.currentStaff = currentStaff;
        this.audit = audit;
        this.validator = validator;
        this.entityManager = entityManager;
    }

    /**
     * Adds an active code. Fails without saving when the input is invalid
     * ({@link ConstraintViolationException}, per field) or the code exists ({@link InvalidSettingException}).
     */
    @Transactional
    public ReasonCodeView create(String code, String label, String description, String policyRef,
            Set<Disposition> dispositions, int sortOrder) {
        currentStaff.require(EDITORS);
        var change = validated(new ReasonCodeChange(strip(code), label, description, policyRef, dispositions, sortOrder));
        if (codes.existsById(change.code())) {
            throw duplicate(change.code());
        }
        ReasonCode reason = new ReasonCode(change.code(), change.label(), change.description(), change.policyRef(),
                change.dispositions(), change.sortOrder());
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

    /**
     * Changes a code's label, description, policy reference, dispositions and order; the code
     * itself never changes. Fails without saving when the input is invalid or someone changed the
     * code since {@code expectedVersion} ({@link ConcurrentEditException}).
     */
    @Transactional
    public ReasonCodeView update(String code, long expectedVersion, String label, String description,
            String policyRef, Set<Disposition> dispositions, int sortOrder) {
        currentStaff.require(EDITORS);
        var change = validated(new ReasonCodeChange(code, label, description, policyRef, dispositions, sortOrder));
        ReasonCode reason = current(code, expectedVersion);
        String before = describe(reason);
        reason.describe(change.label(), change.description(), change.policyRef(), change.dispositions());
        reason.reorder(change.sortOrder());
        flush(code);
        audit.record("REASON_CODE_UPDATED", SUBJECT, code, null,
                "Changed reason code " + code + ": " + before + " → " + describe(reason));
        return ReasonCodeView.of(reason);
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
                .collect(Collectors.joining(", ")) + "; order " + r.getSortOrder() + ")";
    }

    String labelOf(String code) {
        return codes.findById(code).map(ReasonCode::getLabel).orElse(code);
    }
}
