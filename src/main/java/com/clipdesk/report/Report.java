package com.clipdesk.report;

import com.clipdesk.content.ContentKind;
import com.clipdesk.member.Member;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A member's report on an item of any content kind, filed in one market. It belongs to that market
 * for scoping: a moderator sees the reports filed in their markets.
 */
@Entity
public class Report {

    public static final int FREE_TEXT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "subject_kind", nullable = false, length = 30)
    private ContentKind subjectKind;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reporter_id")
    private Member reporter;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    private ReportReason reason;

    @Column(name = "free_text", length = FREE_TEXT_MAX)
    private @Nullable String freeText;

    @Column(name = "market_code", nullable = false, length = 8)
    private String marketCode;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ReportStatus status;

    @Version
    private long version;

    protected Report() {}

    public Report(ContentKind subjectKind, long subjectId, Member reporter, ReportReason reason,
            @Nullable String freeText, String marketCode, Instant createdAt) {
        this.subjectKind = subjectKind;
        this.subjectId = subjectId;
        this.reporter = reporter;
        this.reason = reason;
        this.freeText = freeText == null || freeText.isBlank() ? null : freeText.strip();
        this.marketCode = marketCode;
        this.createdAt = createdAt;
        this.status = ReportStatus.OPEN;
    }

    public Long getId() {
        return id;
    }

    public ContentKind getSubjectKind() {
        return subjectKind;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public Member getReporter() {
        return reporter;
    }

    public ReportReason getReason() {
        return reason;
    }

    public @Nullable String getFreeText() {
        return freeText;
    }

    public String getMarketCode() {
        return marketCode;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public long getVersion() {
        return version;
    }

    /** The review of its subject is done (decided, or covered by an earlier decision). */
    public void close() {
        this.status = ReportStatus.CLOSED;
    }
}
