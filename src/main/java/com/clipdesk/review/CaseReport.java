package com.clipdesk.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.springframework.data.domain.Persistable;

/** Which case a report was gathered into; a report belongs to exactly one case. */
@Entity
@Table(name = "review_case_report")
class CaseReport implements Persistable<Long> {

    @Id
    @Column(name = "report_id")
    private Long reportId;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "attached_at", nullable = false, updatable = false)
    private Instant attachedAt;

    protected CaseReport() {}

    CaseReport(long reportId, long caseId, Instant attachedAt) {
        this.reportId = reportId;
        this.caseId = caseId;
        this.attachedAt = attachedAt;
    }

    @Override
    public Long getId() {
        return reportId;
    }

    /** Always inserted, never merged: a report gathered twice must fail on the primary key. */
    @Override
    public boolean isNew() {
        return true;
    }

    long getReportId() {
        return reportId;
    }

    long getCaseId() {
        return caseId;
    }
}
