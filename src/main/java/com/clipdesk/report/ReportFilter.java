package com.clipdesk.report;

import com.clipdesk.content.ContentKind;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Filter of the reports grid. Null fields do not filter; dates are whole UTC days, both inclusive. */
public record ReportFilter(@Nullable String market, @Nullable ContentKind kind, @Nullable ReportReason reason,
        @Nullable ReportStatus status, @Nullable LocalDate from, @Nullable LocalDate to) {

    public static ReportFilter none() {
        return new ReportFilter(null, null, null, null, null, null);
    }

    public ReportFilter {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("The end date is before the start date");
        }
    }
}
