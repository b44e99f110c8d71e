package com.clipdesk.review;

import com.clipdesk.content.ContentKind;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.NumericBooleanConverter;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** A decision taken on a case, as it was taken. Never changed. */
@Entity
@Immutable
@Table(name = "review_decision")
class CaseDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "subject_kind", nullable = false, length = 30)
    private ContentKind subjectKind;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(name = "creator_id")
    private @Nullable Long creatorId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Disposition disposition;

    @Convert(converter = NumericBooleanConverter.class)
    @Column(name = "mark_spoiler", nullable = false)
    private boolean markSpoiler;

    @Column(name = "reason_code", nullable = false, length = 40)
    private String reasonCode;

    @Column(length = ReviewCase.NOTE_MAX)
    private @Nullable String note;

    @Column(name = "decided_by", nullable = false, length = 100)
    private String decidedBy;

    @Column(name = "decided_by_name", nullable = false, length = 200)
    private String decidedByName;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Convert(converter = NumericBooleanConverter.class)
    @Column(nullable = false)
    private boolean bulk;

    protected CaseDecision() {}

    CaseDecision(ReviewCase c, Decision decision, String decidedBy, String decidedByName, Instant decidedAt,
            boolean bulk) {
        this.caseId = c.getId();
        this.subjectKind = c.getSubjectKind();
        this.subjectId = c.getSubjectId();
        this.creatorId = c.getCreatorId();
        this.disposition = decision.disposition();
        this.markSpoiler = decision.markSpoiler();
        this.reasonCode = decision.reasonCode();
        this.note = decision.note();
        this.decidedBy = decidedBy;
        this.decidedByName = decidedByName;
        this.decidedAt = decidedAt;
        this.bulk = bulk;
    }

    Long getId() {
        return id;
    }

    long getCaseId() {
        return caseId;
    }

    ContentKind getSubjectKind() {
        return subjectKind;
    }

    long getSubjectId() {
        return subjectId;
    }

    Disposition getDisposition() {
        return disposition;
    }

    boolean isMarkSpoiler() {
        return markSpoiler;
    }

    String getReasonCode() {
        return reasonCode;
    }

    @Nullable String getNote() {
        return note;
    }

    String getDecidedBy() {
        return decidedBy;
    }

    String getDecidedByName() {
        return decidedByName;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }

    @Nullable Long getCreatorId() {
        return creatorId;
    }

    boolean isBulk() {
        return bulk;
    }
}
