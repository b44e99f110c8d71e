package com.clipdesk.review;

import com.clipdesk.content.ContentKind;
import com.clipdesk.report.ReportReason;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A case as queue grids list it. */
public record CaseRow(long id, ContentKind kind, long subjectId, CaseOrigin origin, CaseStatus status,
        Set<String> markets, @Nullable ReportReason topReason, QueueCategory category, int severity,
        int reportCount, int reporterCount, int shareCount, String snapshotText, Instant firstReportedAt,
        Instant lastReportedAt, Instant dueAt,
        @Nullable String claimedByName, @Nullable Instant leaseUntil, long version) {

    static CaseRow of(ReviewCase c) {
        return new CaseRow(c.getId(), c.getSubjectKind(), c.getSubjectId(), c.getOrigin(), c.getStatus(),
                c.getMarkets(), c.getTopReason(), c.getCategory(), c.getSeverity(), c.getReportCount(),
                c.getReporterCount(), c.getShareCount(), c.getSnapshotText(), c.getFirstReportedAt(),
                c.getLastReportedAt(), c.getDueAt(), c.getClaimedByName(),
                c.getLeaseUntil(), c.getVersion());
    }

    /** "Hate · 3 reports" or "Pre-moderation". */
    public String reasonLabel() {
        return topReason == null ? category.label() : topReason.label();
    }

    public boolean overdueAt(Instant now) {
        return dueAt.isBefore(now);
    }

    public boolean claimedAt(Instant now) {
        return claimedByName != null && leaseUntil != null && leaseUntil.isAfter(now);
    }
}
