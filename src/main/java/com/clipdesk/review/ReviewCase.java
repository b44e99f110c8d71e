package com.clipdesk.review;

import com.clipdesk.content.ContentKind;
import com.clipdesk.content.ContentState;
import com.clipdesk.content.ReviewFacts;
import com.clipdesk.report.ReportReason;
import com.clipdesk.staff.SignedInStaff;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * The review of one subject: the reports gathered on it, where it waits, who holds it and what was
 * decided. The snapshot fields record the subject as it was when the case opened and never change.
 * A claim is a lease: it lapses at {@code leaseUntil} unless renewed.
 */
@Entity
@Table(name = "review_case")
public class ReviewCase {

    public static final int NOTE_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "subject_kind", nullable = false, length = 30, updatable = false)
    private ContentKind subjectKind;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20, updatable = false)
    private CaseOrigin origin;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private CaseStatus status;

    @Column(name = "creator_id", updatable = false)
    private @Nullable Long creatorId;

    /** Markets the case was reported in (or, for pre-moderation, that hold the submission), "BR,ES". */
    @Column(nullable = false, length = 100)
    private String markets;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "top_reason", length = 30)
    private @Nullable ReportReason topReason;

    @Column(nullable = false)
    private int severity;

    @Column(name = "report_count", nullable = false)
    private int reportCount;

    @Column(name = "reporter_count", nullable = false)
    private int reporterCount;

    @Column(name = "share_count", nullable = false)
    private int shareCount;

    @Column(name = "first_reported_at", nullable = false)
    private Instant firstReportedAt;

    @Column(name = "last_reported_at", nullable = false)
    private Instant lastReportedAt;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "rank_at", nullable = false)
    private Instant rankAt;

    @Column(name = "claimed_by", length = 100)
    private @Nullable String claimedBy;

    @Column(name = "claimed_by_name", length = 200)
    private @Nullable String claimedByName;

    @Column(name = "lease_until")
    private @Nullable Instant leaseUntil;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 20)
    private @Nullable Disposition outcome;

    @Column(name = "escalation_note", length = NOTE_MAX)
    private @Nullable String escalationNote;

    @Column(name = "escalated_by", length = 100)
    private @Nullable String escalatedBy;

    @Column(name = "snapshot_at", nullable = false, updatable = false)
    private Instant snapshotAt;

    @Column(name = "snapshot_context", nullable = false, length = 400, updatable = false)
    private String snapshotContext;

    @Column(name = "snapshot_text", nullable = false, length = 4000, updatable = false)
    private String snapshotText;

    @Column(name = "snapshot_author", nullable = false, length = 40, updatable = false)
    private String snapshotAuthor;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "snapshot_state", nullable = false, length = 20, updatable = false)
    private ContentState snapshotState;

    /** Set by a rule on ingest: the queue it routed the case to, whatever its reports say (docs/rules.md). */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "routed_category", length = 20)
    private @Nullable QueueCategory routedCategory;

    @Column(name = "routed_by", length = 100)
    private @Nullable String routedBy;

    /** Severity levels a rule brought the case forward by (severity never goes below 1). */
    @Column(name = "priority_boost", nullable = false)
    private int priorityBoost;

    @Version
    private long version;

    protected ReviewCase() {}

    /** A case opened on a subject, with the subject as it is now as its snapshot. */
    ReviewCase(ReviewFacts facts, CaseOrigin origin, Instant now) {
        this.subjectKind = facts.kind();
        this.subjectId = facts.id();
        this.origin = origin;
        this.status = CaseStatus.OPEN;
        this.creatorId = facts.creatorId();
        this.shareCount = facts.shareCount();
        this.markets = "";
        this.openedAt = now;
        this.firstReportedAt = now;
        this.lastReportedAt = now;
        this.dueAt = now;
        this.rankAt = now;
        this.snapshotAt = now;
        this.snapshotContext = clip(facts.context(), 400);
        this.snapshotText = clip(facts.text(), 4000);
        this.snapshotAuthor = clip(facts.creatorHandle(), 40);
        this.snapshotState = facts.state();
    }

    /**
     * Sets what the queues order by, from the reports gathered so far (or the submission's arrival
     * for pre-moderation): see {@link Priority}.
     */
    void gathered(Set<String> marketCodes, @Nullable ReportReason topReason, int reportCount, int reporterCount,
            Instant first, Instant last, int shareCount, Duration serviceLevel) {
        this.markets = String.join(",", new TreeSet<>(marketCodes));
        this.topReason = topReason;
        this.severity = Priority.severity(topReason, routedCategory, priorityBoost);
        this.reportCount = reportCount;
        this.reporterCount = reporterCount;
        this.firstReportedAt = first;
        this.lastReportedAt = last;
        this.shareCount = shareCount;
        this.dueAt = Priority.dueAt(first, serviceLevel);
        this.rankAt = Priority.rankAt(dueAt, serviceLevel, reportCount, shareCount);
    }

    /**
     * Puts the case in a rule's queue; the caller calls {@link #gathered} next, which orders it with
     * the severity of that queue's most severe reason when that is more severe than its reports'.
     */
    void routeTo(QueueCategory category, String by) {
        this.routedCategory = category;
        this.routedBy = by;
    }

    /** Brings the case forward by severity levels (cumulative); the caller calls {@link #gathered} next. */
    void boost(int levels) {
        if (levels < 1) {
            throw new IllegalArgumentException("A boost is at least one level");
        }
        this.priorityBoost += levels;
    }

    /** A decided case that new reports bring back (docs/review.md, "New reports on a decided subject"). */
    void reopen(Instant now) {
        if (status != CaseStatus.CLOSED) {
            throw new IllegalStateException("Only a closed case reopens");
        }
        this.status = CaseStatus.OPEN;
        this.openedAt = now;
        this.closedAt = null;
        this.outcome = null;
        this.escalatedBy = null;
        this.escalationNote = null;
    }

    boolean isClaimedByOtherThan(String username, Instant now) {
        return claimedBy != null && !claimedBy.equals(username) && leaseUntil != null && leaseUntil.isAfter(now);
    }

    void claim(SignedInStaff staff, Instant leaseUntil) {
        this.claimedBy = staff.username();
        this.claimedByName = staff.displayName();
        this.leaseUntil = leaseUntil;
    }

    void release() {
        this.claimedBy = null;
        this.claimedByName = null;
        this.leaseUntil = null;
    }

    /** Applies a decision's effect on the case itself; the caller has checked who may decide. */
    void decided(Decision decision, SignedInStaff staff, Instant now) {
        if (status == CaseStatus.CLOSED) {
            throw new IllegalStateException("Case " + id + " is already decided");
        }
        switch (decision.disposition()) {
            case KEEP, REMOVE -> {
                this.status = CaseStatus.CLOSED;
                this.outcome = decision.disposition();
                this.closedAt = now;
            }
            case ESCALATE -> {
                this.status = CaseStatus.ESCALATED;
                this.escalatedBy = staff.username();
                this.escalationNote = decision.note();
            }
            case SECOND_OPINION -> {
                this.status = CaseStatus.SECOND_OPINION;
                this.escalatedBy = staff.username();
                this.escalationNote = decision.note();
            }
        }
        release();
    }

    private static String clip(@Nullable String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
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

    public CaseOrigin getOrigin() {
        return origin;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public @Nullable Long getCreatorId() {
        return creatorId;
    }

    public Set<String> getMarkets() {
        return markets.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(markets.split(",")));
    }

    public @Nullable ReportReason getTopReason() {
        return topReason;
    }

    public QueueCategory getCategory() {
        if (routedCategory != null) {
            return routedCategory;
        }
        return topReason == null ? QueueCategory.PRE_MODERATION : QueueCategory.of(topReason);
    }

    public @Nullable QueueCategory getRoutedCategory() {
        return routedCategory;
    }

    public @Nullable String getRoutedBy() {
        return routedBy;
    }

    public int getPriorityBoost() {
        return priorityBoost;
    }

    public int getSeverity() {
        return severity;
    }

    public int getReportCount() {
        return reportCount;
    }

    public int getReporterCount() {
        return reporterCount;
    }

    public int getShareCount() {
        return shareCount;
    }

    public Instant getFirstReportedAt() {
        return firstReportedAt;
    }

    public Instant getLastReportedAt() {
        return lastReportedAt;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getRankAt() {
        return rankAt;
    }

    public @Nullable String getClaimedBy() {
        return claimedBy;
    }

    public @Nullable String getClaimedByName() {
        return claimedByName;
    }

    public @Nullable Instant getLeaseUntil() {
        return leaseUntil;
    }

    public @Nullable Instant getClosedAt() {
        return closedAt;
    }

    public @Nullable Disposition getOutcome() {
        return outcome;
    }

    public @Nullable String getEscalationNote() {
        return escalationNote;
    }

    public @Nullable String getEscalatedBy() {
        return escalatedBy;
    }

    public Instant getSnapshotAt() {
        return snapshotAt;
    }

    public String getSnapshotContext() {
        return snapshotContext;
    }

    public String getSnapshotText() {
        return snapshotText;
    }

    public String getSnapshotAuthor() {
        return snapshotAuthor;
    }

    public ContentState getSnapshotState() {
        return snapshotState;
    }

    public long getVersion() {
        return version;
    }
}
