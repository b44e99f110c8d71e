package com.clipdesk.strike;

import com.clipdesk.content.ContentKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A strike against a member for content taken down under our terms. Active until it expires, unless
 * voided (once, with who and why).
 */
@Entity
class Strike {

    static final int TEXT_MAX = 2000;
    static final int CLAUSE_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(name = "takedown_id", nullable = false, unique = true)
    private long takedownId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "item_kind", nullable = false, length = 30)
    private ContentKind itemKind;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "reason_code", nullable = false, length = 40)
    private String reasonCode;

    /** The clause of our terms the takedown named. */
    @Column(nullable = false, length = CLAUSE_MAX)
    private String clause;

    @Column(name = "issued_by", nullable = false, length = 200)
    private String issuedBy;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    /** When its takedown was lifted: a hint to leads to consider voiding, never a void by itself. */
    @Column(name = "takedown_lifted_at")
    private @Nullable Instant takedownLiftedAt;

    @Column(name = "voided_at")
    private @Nullable Instant voidedAt;

    @Column(name = "voided_by", length = 200)
    private @Nullable String voidedBy;

    @Column(name = "void_reason", length = TEXT_MAX)
    private @Nullable String voidReason;

    @Version
    private long version;

    protected Strike() {}

    Strike(long memberId, long takedownId, ContentKind itemKind, long itemId, String reasonCode, String clause,
            String issuedBy, Instant issuedAt, Instant expiresAt) {
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("A strike expires after it is issued");
        }
        this.memberId = memberId;
        this.takedownId = takedownId;
        this.itemKind = itemKind;
        this.itemId = itemId;
        this.reasonCode = reasonCode;
        this.clause = clause.length() > CLAUSE_MAX ? clause.substring(0, CLAUSE_MAX) : clause;
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    StrikeStatus statusAt(Instant now) {
        if (voidedAt != null) {
            return StrikeStatus.VOIDED;
        }
        return now.isBefore(expiresAt) ? StrikeStatus.ACTIVE : StrikeStatus.EXPIRED;
    }

    /** Voids it: it no longer counts. A strike is voided once. */
    void voidIt(String by, Instant at, String reason) {
        if (voidedAt != null) {
            throw new InvalidStrikeException("Strike #" + id + " was voided already by " + voidedBy + "; nothing changed.");
        }
        this.voidedAt = at;
        this.voidedBy = by;
        this.voidReason = reason;
    }

    void takedownLifted(Instant at) {
        if (takedownLiftedAt == null) {
            takedownLiftedAt = at;
        }
    }

    Long getId() {
        return id;
    }

    long getMemberId() {
        return memberId;
    }

    long getTakedownId() {
        return takedownId;
    }

    ContentKind getItemKind() {
        return itemKind;
    }

    long getItemId() {
        return itemId;
    }

    String getReasonCode() {
        return reasonCode;
    }

    String getClause() {
        return clause;
    }

    String getIssuedBy() {
        return issuedBy;
    }

    Instant getIssuedAt() {
        return issuedAt;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    @Nullable Instant getTakedownLiftedAt() {
        return takedownLiftedAt;
    }

    @Nullable Instant getVoidedAt() {
        return voidedAt;
    }

    @Nullable String getVoidedBy() {
        return voidedBy;
    }

    @Nullable String getVoidReason() {
        return voidReason;
    }

    long getVersion() {
        return version;
    }
}
