package com.clipdesk.review;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A reason code as pickers and the admin screen show it. */
public record ReasonCodeView(String code, String label, String description, String policyRef,
        Set<Disposition> dispositions, boolean active, int sortOrder, long version, String statementCategory,
        StatementGround statementGround, @Nullable String legalGround) {

    static ReasonCodeView of(ReasonCode r) {
        return new ReasonCodeView(r.getCode(), r.getLabel(), r.getDescription(), r.getPolicyRef(),
                r.getDispositions(), r.isActive(), r.getSortOrder(), r.getVersion(), r.getStatementCategory(),
                r.getStatementGround(), r.getLegalGround());
    }
}
