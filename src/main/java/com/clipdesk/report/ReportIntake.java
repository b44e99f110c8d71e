package com.clipdesk.report;

import com.clipdesk.content.ContentKind;
import com.clipdesk.content.ContentModeration;
import com.clipdesk.member.Member;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files members' reports: stores the report and counts it on its subject in one transaction, so the
 * subject's report count (search filters, "most reported", a private recommendation entering the
 * index) never disagrees with the report table. Members report through the streaming service, not
 * as staff: no staff role applies here; the ingest API that calls it authenticates the service.
 */
@Service
public class ReportIntake {

    private final ReportRepository reports;
    private final ContentModeration content;
    private final jakarta.persistence.EntityManager em;

    ReportIntake(ReportRepository reports, ContentModeration content, jakarta.persistence.EntityManager em) {
        this.reports = reports;
        this.content = content;
        this.em = em;
    }

    @Transactional
    public Report file(ContentKind kind, long subjectId, Member reporter, ReportReason reason,
            @Nullable String freeText, String marketCode, Instant createdAt) {
        content.reportReceived(kind, subjectId);
        return reports.save(new Report(kind, subjectId, reporter, reason, freeText, marketCode, createdAt));
    }

    /** As {@link #file}, naming the reporter by id (the ingest API knows members by id); returns the report's id. */
    @Transactional
    public long file(ContentKind kind, long subjectId, long reporterId, ReportReason reason, @Nullable String freeText,
            String marketCode, Instant createdAt) {
        return file(kind, subjectId, em.getReference(Member.class, reporterId), reason, freeText, marketCode, createdAt)
                .getId();
    }

    /**
     * A newer version of a report from the product: its reason and words, while it is open.
     *
     * @throws IllegalStateException when the report was decided already
     */
    @Transactional
    public void revise(long reportId, ReportReason reason, @Nullable String freeText) {
        reports.findById(reportId).orElseThrow(() -> new com.clipdesk.shared.NotFoundException("Report", reportId))
                .revise(reason, freeText);
    }
}
