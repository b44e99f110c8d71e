package com.clipdesk.transparency;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Which statements to list or export: decided from {@code from} to {@code to} (both inclusive, UTC
 * days), optionally in one market and one category. Statements of decisions taken only outside the
 * EU/EEA are left out unless {@code includeNonEu}; exported, they are kept apart from the submission.
 */
public record StatementFilter(LocalDate from, LocalDate to, @Nullable String market, @Nullable String category,
        boolean includeNonEu) {

    public StatementFilter {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The range ends (" + to + ") before it starts (" + from + ")");
        }
        market = market == null || market.isBlank() ? null : market;
        category = category == null || category.isBlank() ? null : category;
    }

    public static StatementFilter between(LocalDate from, LocalDate to) {
        return new StatementFilter(from, to, null, null, false);
    }

    public StatementFilter withNonEu(boolean include) {
        return new StatementFilter(from, to, market, category, include);
    }
}
