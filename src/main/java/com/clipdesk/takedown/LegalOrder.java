package com.clipdesk.takedown;

import com.clipdesk.content.ContentKind;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A takedown an authority requested, with a deadline (an EU removal order under the TCO Regulation
 * gives one hour from receipt: the default). Open until a takedown fulfils it or staff reject it.
 */
@Entity
class LegalOrder {

    /** The TCO Regulation's (EU 2021/784) one hour from receipt. */
    static final Duration DEFAULT_DEADLINE = Duration.ofHours(1);
    static final int AUTHORITY_MAX = 200;
    static final int REFERENCE_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = AUTHORITY_MAX)
    private String authority;

    @Column(nullable = false, length = REFERENCE_MAX)
    private String reference;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(nullable = false)
    private Instant deadline;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "item_kind", nullable = false, length = 30)
    private ContentKind itemKind;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @ElementCollection
    @CollectionTable(name = "legal_order_market", joinColumns = @JoinColumn(name = "legal_order_id"))
    @Column(name = "market_code", length = 8)
    private Set<String> markets = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private LegalOrderStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "takedown_id")
    private @Nullable Takedown takedown;

    @Column(name = "recorded_by", nullable = false, length = 200)
    private String recordedBy;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    @Column(name = "closed_note", length = Takedown.TEXT_MAX)
    private @Nullable String closedNote;

    @Version
    private long version;

    protected LegalOrder() {}

    LegalOrder(String authority, String reference, Instant receivedAt, Instant deadline, ContentKind itemKind,
            long itemId, Set<String> markets, String recordedBy) {
        if (!deadline.isAfter(receivedAt)) {
            throw new InvalidTakedownException("deadline", "The deadline comes after the order was received.");
        }
        this.authority = authority;
        this.reference = reference;
        this.receivedAt = receivedAt;
        this.deadline = deadline;
        this.itemKind = itemKind;
        this.itemId = itemId;
        this.markets.addAll(markets);
        this.recordedBy = recordedBy;
        this.status = LegalOrderStatus.OPEN;
    }

    void fulfil(Takedown by, Instant at) {
        requireOpen();
        this.takedown = by;
        this.status = LegalOrderStatus.FULFILLED;
        this.closedAt = at;
    }

    void reject(Instant at, String note) {
        requireOpen();
        this.status = LegalOrderStatus.REJECTED;
        this.closedAt = at;
        this.closedNote = note;
    }

    private void requireOpen() {
        if (status != LegalOrderStatus.OPEN) {
            throw new InvalidTakedownException(null, "Legal order " + reference + " is " + status.label().toLowerCase()
                    + " already; nothing changed.");
        }
    }

    Long getId() {
        return id;
    }

    String getAuthority() {
        return authority;
    }

    String getReference() {
        return reference;
    }

    Instant getReceivedAt() {
        return receivedAt;
    }

    Instant getDeadline() {
        return deadline;
    }

    ContentKind getItemKind() {
        return itemKind;
    }

    long getItemId() {
        return itemId;
    }

    Set<String> getMarkets() {
        return Set.copyOf(markets);
    }

    LegalOrderStatus getStatus() {
        return status;
    }

    @Nullable
    Takedown getTakedown() {
        return takedown;
    }

    String getRecordedBy() {
        return recordedBy;
    }

    @Nullable
    Instant getClosedAt() {
        return closedAt;
    }

    @Nullable
    String getClosedNote() {
        return closedNote;
    }

    long getVersion() {
        return version;
    }
}
