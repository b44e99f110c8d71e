package com.clipdesk.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * One thing a staff member (or the system) did. Append-only: never updated, never deleted; sealed into
 * the hash chain when its transaction commits ({@link AuditChain}).
 */
@Entity
@Immutable
public class AuditEvent {

    public static final int SUMMARY_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 200, updatable = false)
    private String actor;

    @Column(nullable = false, length = 60, updatable = false)
    private String action;

    @Column(name = "subject_kind", length = 30, updatable = false)
    private @Nullable String subjectKind;

    @Column(name = "subject_id", length = 64, updatable = false)
    private @Nullable String subjectId;

    @Column(name = "market_code", length = 8, updatable = false)
    private @Nullable String marketCode;

    @Column(nullable = false, length = SUMMARY_MAX, updatable = false)
    private String summary;

    /** Chain position; null until the recording transaction commits (and in this instance, which is not re-read). */
    @Column(insertable = false, updatable = false)
    private @Nullable Long seq;

    @Column(insertable = false, updatable = false, length = 64)
    private @Nullable String hash;

    protected AuditEvent() {}

    AuditEvent(Instant occurredAt, String actor, String action, @Nullable String subjectKind,
            @Nullable String subjectId, @Nullable String marketCode, String summary) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.subjectKind = subjectKind;
        this.subjectId = subjectId;
        this.marketCode = marketCode;
        this.summary = summary.length() > SUMMARY_MAX ? summary.substring(0, SUMMARY_MAX - 1) + "…" : summary;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public @Nullable String getSubjectKind() {
        return subjectKind;
    }

    public @Nullable String getSubjectId() {
        return subjectId;
    }

    public @Nullable String getMarketCode() {
        return marketCode;
    }

    public String getSummary() {
        return summary;
    }

    public @Nullable Long getSeq() {
        return seq;
    }

    public @Nullable String getHash() {
        return hash;
    }
}
