package com.clipdesk.review;

import com.clipdesk.content.ContentKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An undecided case waiting in one market's queue. Entries exist only while the case is undecided;
 * their columns repeat the case's priority so that "next" reads one index per queue.
 */
@Entity
@Table(name = "review_queue_entry")
@IdClass(QueueEntry.Key.class)
class QueueEntry implements Persistable<QueueEntry.Key> {

    @Id
    @Column(name = "case_id")
    private long caseId;

    @Id
    @Column(name = "market_code", length = 8)
    private String marketCode;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Lane lane;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "subject_kind", nullable = false, length = 30)
    private ContentKind subjectKind;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private QueueCategory category;

    @Column(nullable = false)
    private int severity;

    @Column(name = "rank_at", nullable = false)
    private Instant rankAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Transient
    private boolean persisted;

    protected QueueEntry() {}

    QueueEntry(ReviewCase c, String marketCode) {
        this.caseId = c.getId();
        this.marketCode = marketCode;
        follow(c);
    }

    /** Takes the case's current lane and priority. */
    void follow(ReviewCase c) {
        this.lane = c.getStatus().lane();
        this.subjectKind = c.getSubjectKind();
        this.category = c.getCategory();
        this.severity = c.getSeverity();
        this.rankAt = c.getRankAt();
        this.dueAt = c.getDueAt();
    }

    @Override
    public Key getId() {
        return new Key(caseId, marketCode);
    }

    /** New until stored: save() then inserts without a select first. */
    @Override
    public boolean isNew() {
        return !persisted;
    }

    @PostLoad
    @PostPersist
    void stored() {
        persisted = true;
    }

    long getCaseId() {
        return caseId;
    }

    String getMarketCode() {
        return marketCode;
    }

    record Key(long caseId, String marketCode) implements Serializable {}
}
