package com.clipdesk.strike;

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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A restriction of a member that a threshold of active strikes called for. Recommended ones are
 * applied or dismissed once; applied ones are in force from {@code startsAt} until {@code endsAt}
 * unless lifted (once).
 */
@Entity
@Table(name = "member_restriction")
class MemberRestriction {

    static final int NOTE_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String label;

    /** Stored in seconds: a plain number both databases agree on. */
    @Column(name = "duration_seconds", nullable = false)
    private long durationSeconds;

    /** The active strikes that reached the threshold. */
    @Column(name = "strike_count", nullable = false)
    private int strikeCount;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 12)
    private RestrictionStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "starts_at")
    private @Nullable Instant startsAt;

    @Column(name = "ends_at")
    private @Nullable Instant endsAt;

    /** Who applied or dismissed it ("system" for a threshold in APPLY mode). */
    @Column(name = "decided_by", length = 200)
    private @Nullable String decidedBy;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @Column(length = NOTE_MAX)
    private @Nullable String note;

    @Column(name = "lifted_by", length = 200)
    private @Nullable String liftedBy;

    @Column(name = "lifted_at")
    private @Nullable Instant liftedAt;

    @Column(name = "lift_reason", length = NOTE_MAX)
    private @Nullable String liftReason;

    @Version
    private long version;

    protected MemberRestriction() {}

    private MemberRestriction(long memberId, StrikeSettings.Threshold threshold, int strikeCount, Instant at) {
        this.memberId = memberId;
        this.code = threshold.code();
        this.label = threshold.label();
        this.durationSeconds = threshold.duration().toSeconds();
        this.strikeCount = strikeCount;
        this.status = RestrictionStatus.RECOMMENDED;
        this.createdAt = at;
    }

    static MemberRestriction recommended(long memberId, StrikeSettings.Threshold threshold, int strikeCount,
            Instant at) {
        return new MemberRestriction(memberId, threshold, strikeCount, at);
    }

    static MemberRestriction applied(long memberId, StrikeSettings.Threshold threshold, int strikeCount, String by,
            Instant at, String note) {
        MemberRestriction r = new MemberRestriction(memberId, threshold, strikeCount, at);
        r.apply(by, at, note);
        return r;
    }

    void apply(String by, Instant at, @Nullable String note) {
        requireRecommended();
        this.status = RestrictionStatus.APPLIED;
        this.startsAt = at;
        this.endsAt = at.plus(duration());
        this.decidedBy = by;
        this.decidedAt = at;
        this.note = note;
    }

    void dismiss(String by, Instant at, @Nullable String note) {
        requireRecommended();
        this.status = RestrictionStatus.DISMISSED;
        this.decidedBy = by;
        this.decidedAt = at;
        this.note = note;
    }

    void lift(String by, Instant at, String reason) {
        if (!inForceAt(at)) {
            throw new InvalidStrikeException("The restriction \"" + label + "\" is not in force"
                    + (status == RestrictionStatus.LIFTED ? ": it was lifted already by " + liftedBy : "")
                    + "; nothing changed.");
        }
        this.status = RestrictionStatus.LIFTED;
        this.liftedBy = by;
        this.liftedAt = at;
        this.liftReason = reason;
    }

    boolean inForceAt(Instant now) {
        return status == RestrictionStatus.APPLIED && endsAt != null && now.isBefore(endsAt);
    }

    private void requireRecommended() {
        if (status != RestrictionStatus.RECOMMENDED) {
            throw new InvalidStrikeException("The recommendation \"" + label + "\" was "
                    + status.label().toLowerCase(java.util.Locale.ROOT) + " already by " + decidedBy + "; nothing changed.");
        }
    }

    Duration duration() {
        return Duration.ofSeconds(durationSeconds);
    }

    Long getId() {
        return id;
    }

    long getMemberId() {
        return memberId;
    }

    String getCode() {
        return code;
    }

    String getLabel() {
        return label;
    }

    int getStrikeCount() {
        return strikeCount;
    }

    RestrictionStatus getStatus() {
        return status;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    @Nullable Instant getStartsAt() {
        return startsAt;
    }

    @Nullable Instant getEndsAt() {
        return endsAt;
    }

    @Nullable String getDecidedBy() {
        return decidedBy;
    }

    @Nullable Instant getDecidedAt() {
        return decidedAt;
    }

    @Nullable String getNote() {
        return note;
    }

    @Nullable String getLiftedBy() {
        return liftedBy;
    }

    @Nullable Instant getLiftedAt() {
        return liftedAt;
    }

    @Nullable String getLiftReason() {
        return liftReason;
    }

    long getVersion() {
        return version;
    }
}
