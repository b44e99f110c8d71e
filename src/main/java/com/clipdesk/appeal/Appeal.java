package com.clipdesk.appeal;

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
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A member's appeal against one decision. Open until decided, once: the outcome, the note, who
 * decided and when are never changed afterwards. The decider is never the original decider.
 */
@Entity
class Appeal {

    static final int STATEMENT_MAX = 4000;
    static final int NOTE_MAX = 2000;
    /** Stands for "every market" in {@code markets_before} / {@code markets_after}. */
    static final String EVERYWHERE = "*";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_kind", nullable = false, length = 20)
    private AppealedDecision decisionKind;

    @Column(name = "decision_id", nullable = false)
    private long decisionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_kind", nullable = false, length = 30)
    private ContentKind itemKind;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "appellant_id")
    private @Nullable Long appellantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AppealChannel channel;

    @Column(nullable = false, length = STATEMENT_MAX)
    private String statement;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "recorded_by", nullable = false, length = 200)
    private String recordedBy;

    @Column(name = "original_decider", nullable = false, length = 200)
    private String originalDecider;

    @Column(name = "reason_code", nullable = false, length = 40)
    private String reasonCode;

    @Column(name = "markets_before", nullable = false, length = 400)
    private String marketsBefore;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AppealStatus status;

    @Column(name = "open_key", length = 40)
    private @Nullable String openKey;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    private @Nullable AppealOutcome outcome;

    @Column(name = "markets_after", length = 400)
    private @Nullable String marketsAfter;

    @Column(name = "decision_note", length = NOTE_MAX)
    private @Nullable String decisionNote;

    @Column(name = "decided_by", length = 200)
    private @Nullable String decidedBy;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    /** The item's markets when the appeal was filed: staff with one of them in scope see the appeal. */
    @jakarta.persistence.ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
    @jakarta.persistence.CollectionTable(name = "appeal_market",
            joinColumns = @jakarta.persistence.JoinColumn(name = "appeal_id"))
    @Column(name = "market_code", length = 8)
    private Set<String> itemMarkets = new java.util.HashSet<>();

    @Version
    private long version;

    protected Appeal() {}

    Appeal(AppealedDecision decisionKind, long decisionId, ContentKind itemKind, long itemId,
            @Nullable Long appellantId, AppealChannel channel, String statement, Instant receivedAt, String recordedBy,
            String originalDecider, String reasonCode, boolean everywhereBefore, Set<String> marketsBefore,
            Set<String> itemMarkets) {
        this.itemMarkets = new java.util.HashSet<>(itemMarkets);
        this.decisionKind = decisionKind;
        this.decisionId = decisionId;
        this.itemKind = itemKind;
        this.itemId = itemId;
        this.appellantId = appellantId;
        this.channel = channel;
        this.statement = statement;
        this.receivedAt = receivedAt;
        this.recordedBy = recordedBy;
        this.originalDecider = originalDecider;
        this.reasonCode = reasonCode;
        this.marketsBefore = everywhereBefore ? EVERYWHERE : join(marketsBefore);
        this.status = AppealStatus.OPEN;
        this.openKey = openKey(decisionKind, decisionId);
    }

    static String openKey(AppealedDecision kind, long decisionId) {
        return kind.name() + ":" + decisionId;
    }

    /** Records the outcome; an appeal is decided once, and never by the one who took the appealed decision. */
    void decide(AppealOutcome outcome, Set<String> marketsAfter, String note, String decider, Instant at) {
        if (status != AppealStatus.OPEN) {
            throw new IllegalStateException("Appeal #" + id + " is decided already");
        }
        if (decider.equals(originalDecider)) {
            throw new IllegalStateException("Appeal #" + id + " cannot be decided by the original decider");
        }
        this.status = AppealStatus.DECIDED;
        this.openKey = null;
        this.outcome = outcome;
        this.marketsAfter = outcome == AppealOutcome.UPHELD ? marketsBefore : join(marketsAfter);
        this.decisionNote = note;
        this.decidedBy = decider;
        this.decidedAt = at;
    }

    private static String join(Set<String> markets) {
        return String.join(",", new TreeSet<>(markets));
    }

    static Set<String> split(@Nullable String markets) {
        if (markets == null || markets.isEmpty() || markets.equals(EVERYWHERE)) {
            return Set.of();
        }
        return Set.copyOf(Arrays.asList(markets.split(",")));
    }

    boolean isEverywhereBefore() {
        return EVERYWHERE.equals(marketsBefore);
    }

    Long getId() {
        return id;
    }

    AppealedDecision getDecisionKind() {
        return decisionKind;
    }

    long getDecisionId() {
        return decisionId;
    }

    ContentKind getItemKind() {
        return itemKind;
    }

    long getItemId() {
        return itemId;
    }

    @Nullable Long getAppellantId() {
        return appellantId;
    }

    AppealChannel getChannel() {
        return channel;
    }

    String getStatement() {
        return statement;
    }

    Instant getReceivedAt() {
        return receivedAt;
    }

    String getRecordedBy() {
        return recordedBy;
    }

    String getOriginalDecider() {
        return originalDecider;
    }

    String getReasonCode() {
        return reasonCode;
    }

    String getMarketsBefore() {
        return marketsBefore;
    }

    AppealStatus getStatus() {
        return status;
    }

    @Nullable AppealOutcome getOutcome() {
        return outcome;
    }

    @Nullable String getMarketsAfter() {
        return marketsAfter;
    }

    @Nullable String getDecisionNote() {
        return decisionNote;
    }

    @Nullable String getDecidedBy() {
        return decidedBy;
    }

    @Nullable Instant getDecidedAt() {
        return decidedAt;
    }

    Set<String> getItemMarkets() {
        return Set.copyOf(itemMarkets);
    }

    long getVersion() {
        return version;
    }
}
