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

    ReportIntake(ReportRepository reports, ContentModeration content) {
        this.reports = reports;
        this.content = content;
    }

    @Transactional
    public Report file(ContentKind kind, long subjectId, Member reporter, ReportReason reason,
            @Nullable String freeText, String marketCode, Instant createdAt) {
        content.reportReceived(kind, subjectId);
        return reports.save(new Report(kind, subjectId, reporter, reason, freeText, marketCode, createdAt));
    }
}
