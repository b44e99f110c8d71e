package com.clipdesk.review;

import com.clipdesk.staff.CurrentStaff;
import com.clipdesk.staff.Role;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reason codes decisions carry. Reviewers read the active ones; admins manage them. */
@Service
@Transactional(readOnly = true)
public class ReasonCodes {

    static final Role[] READERS = {Role.MODERATOR, Role.LEAD_MODERATOR, Role.ADMIN, Role.POLICY_ADMIN, Role.AUDITOR};

    private final ReasonCodeRepository codes;
    private final CurrentStaff currentStaff;

    ReasonCodes(ReasonCodeRepository codes, CurrentStaff currentStaff) {
        this.codes = codes;
        this.currentStaff = currentStaff;
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

    String labelOf(String code) {
        return codes.findById(code).map(ReasonCode::getLabel).orElse(code);
    }
}
