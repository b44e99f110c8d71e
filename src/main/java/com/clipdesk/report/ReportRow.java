package com.clipdesk.report;

import com.clipdesk.content.ContentKind;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of the reports grid. */
public record ReportRow(long id, ContentKind subjectKind, long subjectId, ReportReason reason,
        @Nullable String freeText, String market, Instant createdAt, ReportStatus status, String reporterHandle) {

    static ReportRow of(Report r) {
        return new ReportRow(r.getId(), r.getSubjectKind(), r.getSubjectId(), r.getReason(), r.getFreeText(),
                r.getMarketCode(), r.getCreatedAt(), r.getStatus(), r.getReporter().getHandle());
    }
}
