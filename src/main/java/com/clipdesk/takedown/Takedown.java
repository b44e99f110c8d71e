package com.clipdesk.takedown;

import com.clipdesk.content.ContentKind;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.NumericBooleanConverter;
import org.hibernate.type.SqlTypes;

/**
 * A decision to hide an item from members everywhere or in listed markets. Holds its invariants: it
 * is lifted once, narrowed only to a smaller non-empty set of markets, and every step is written to
 * its immutable history.
 */
@Entity
class Takedown {

    static final int TEXT_MAX = 2000;
    static final int REFERENCE_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "item_kind", nullable = false, length = 30)
    private ContentKind itemKind;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Convert(converter = NumericBooleanConverter.class)
    @Column(nullable = false)
    private boolean everywhere;

    /** Where it is in force; for an "everywhere" takedown the item's markets when applied (for scoping). */
    @ElementCollection
    @CollectionTable(name = "takedown_market", joinColumns = @JoinColumn(name = "takedown_id"))
    @Column(name = "market_code", length = 8)
    private Set<String> markets = new HashSet<>();

    @Column(name = "reason_code", nullable = false, length = 40)
    private String reasonCode;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private Ground ground;

    @Column(name = "ground_reference", nullable = false, length = REFERENCE_MAX)
    private String groundReference;

    @Column(nullable = false, length = TEXT_MAX)
    private String explanation;

    @Column(name = "decided_by", nullable = false, length = 200)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private TakedownStatus status;

    @Version
    private long version;

    @OneToMany(mappedBy = "takedown", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<TakedownHistory> history = new ArrayList<>();

    protected Takedown() {}

    Takedown(ContentKind itemKind, long itemId, boolean everywhere, Set<String> markets, String reasonCode,
            Ground ground, String groundReference, String explanation, String decidedBy, Instant decidedAt) {
        if (markets.isEmpty()) {
            throw new IllegalArgumentException("A takedown is in force in at least one market");
        }
        this.itemKind = itemKind;
        this.itemId = itemId;
        this.everywhere = everywhere;
        this.markets.addAll(markets);
        this.reasonCode = reasonCode;
        this.ground = ground;
        this.groundReference = groundReference;
        this.explanation = explanation;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.status = TakedownStatus.ACTIVE;
        history.add(new TakedownHistory(this, TakedownAction.APPLIED, scopeLabel(), decidedBy, decidedAt, explanation));
    }

    /** Keeps it in force only in {@code remaining}, a non-empty strict subset of where it is now. */
    void narrow(Set<String> remaining, String by, Instant at, String reason) {
        requireActive();
        if (remaining.isEmpty()) {
            throw new InvalidTakedownException("markets", "Keep at least one market, or lift the takedown instead.");
        }
        if (!markets.containsAll(remaining)) {
            Set<String> outside = new TreeSet<>(remaining);
            outside.removeAll(markets);
            throw new InvalidTakedownException("markets", "The takedown is not in force in " + String.join(", ", outside)
                    + "; narrowing only keeps markets it covers.");
        }
        if (!everywhere && remaining.equals(markets)) {
            throw new InvalidTakedownException("markets", "Choose fewer markets than it covers now, or lift it.");
        }
        everywhere = false;
        markets.retainAll(remaining);
        history.add(new TakedownHistory(this, TakedownAction.NARROWED, scopeLabel(), by, at, reason));
    }

    void lift(String by, Instant at, String reason) {
        requireActive();
        status = TakedownStatus.LIFTED;
        history.add(new TakedownHistory(this, TakedownAction.LIFTED, "", by, at, reason));
    }

    private void requireActive() {
        if (status != TakedownStatus.ACTIVE) {
            throw new InvalidTakedownException(null, "Takedown #" + id + " was lifted already; nothing changed.");
        }
    }

    /** The blocks it asks content for: "*" when everywhere, else its markets; none once lifted. */
    Set<String> blocks() {
        if (status != TakedownStatus.ACTIVE) {
            return Set.of();
        }
        return everywhere ? Set.of(com.clipdesk.content.MarketBlocks.EVERYWHERE) : Set.copyOf(markets);
    }

    String scopeLabel() {
        return everywhere ? "everywhere" : String.join(", ", new TreeSet<>(markets));
    }

    Long getId() {
        return id;
    }

    ContentKind getItemKind() {
        return itemKind;
    }

    long getItemId() {
        return itemId;
    }

    boolean isEverywhere() {
        return everywhere;
    }

    Set<String> getMarkets() {
        return Set.copyOf(markets);
    }

    String getReasonCode() {
        return reasonCode;
    }

    Ground getGround() {
        return ground;
    }

    String getGroundReference() {
        return groundReference;
    }

    String getExplanation() {
        return explanation;
    }

    String getDecidedBy() {
        return decidedBy;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }

    TakedownStatus getStatus() {
        return status;
    }

    long getVersion() {
        return version;
    }

    List<TakedownHistory> getHistory() {
        return List.copyOf(history);
    }
}
