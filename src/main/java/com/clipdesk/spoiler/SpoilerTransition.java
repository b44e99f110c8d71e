package com.clipdesk.spoiler;

import com.clipdesk.content.ContentKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A coming change of an item's state in a market, kept in the database so that a restart applies
 * what fell due while the application was down (on its first tick), each once.
 */
@Entity
@Table(name = "spoiler_transition")
class SpoilerTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_kind", nullable = false, length = 30)
    private ContentKind itemKind;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "market_code", nullable = false, length = 8)
    private String marketCode;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_kind", nullable = false, length = 30)
    private TransitionKind change;

    @Column(name = "done_at")
    private @Nullable Instant doneAt;

    protected SpoilerTransition() {}

    SpoilerTransition(ContentKind itemKind, long itemId, String marketCode, Instant dueAt, TransitionKind change) {
        this.itemKind = itemKind;
        this.itemId = itemId;
        this.marketCode = marketCode;
        this.dueAt = dueAt;
        this.change = change;
    }

    void done(Instant at) {
        this.doneAt = at;
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

    String getMarketCode() {
        return marketCode;
    }

    Instant getDueAt() {
        return dueAt;
    }

    TransitionKind getChange() {
        return change;
    }

    @Nullable Instant getDoneAt() {
        return doneAt;
    }
}
