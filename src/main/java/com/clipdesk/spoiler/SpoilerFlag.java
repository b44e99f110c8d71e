package com.clipdesk.spoiler;

import com.clipdesk.content.ContentKind;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.type.NumericBooleanConverter;
import org.jspecify.annotations.Nullable;

/**
 * An item flagged as a spoiler of an episode, season or title: who, when, from where. Unflagging
 * (leads, admins) keeps the row, with who, when and why, so the item's history stays readable.
 */
@Entity
@Table(name = "spoiler_flag")
class SpoilerFlag {

    static final int REASON_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_kind", nullable = false, length = 30)
    private ContentKind itemKind;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SpoilerTarget target;

    @Column(name = "target_id", nullable = false)
    private long targetId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FlagSource source;

    @Column(name = "flagged_by", nullable = false, length = 200)
    private String flaggedBy;

    @Column(name = "flagged_at", nullable = false)
    private Instant flaggedAt;

    @Convert(converter = NumericBooleanConverter.class)
    @Column(nullable = false)
    private boolean active;

    @Column(name = "unflagged_by", length = 200)
    private @Nullable String unflaggedBy;

    @Column(name = "unflagged_at")
    private @Nullable Instant unflaggedAt;

    @Column(name = "unflag_reason", length = REASON_MAX)
    private @Nullable String unflagReason;

    @Version
    private long version;

    protected SpoilerFlag() {}

    SpoilerFlag(ContentKind itemKind, long itemId, SpoilerTarget target, long targetId, FlagSource source,
            String flaggedBy, Instant flaggedAt) {
        this.itemKind = itemKind;
        this.itemId = itemId;
        this.target = target;
        this.targetId = targetId;
        this.source = source;
        this.flaggedBy = flaggedBy;
        this.flaggedAt = flaggedAt;
        this.active = true;
    }

    /** Takes the flag back; a flag is unflagged once. */
    void unflag(String by, Instant at, String reason) {
        if (!active) {
            throw new IllegalStateException("Spoiler flag #" + id + " was already taken back");
        }
        this.active = false;
        this.unflaggedBy = by;
        this.unflaggedAt = at;
        this.unflagReason = reason;
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

    SpoilerTarget getTarget() {
        return target;
    }

    long getTargetId() {
        return targetId;
    }

    FlagSource getSource() {
        return source;
    }

    String getFlaggedBy() {
        return flaggedBy;
    }

    Instant getFlaggedAt() {
        return flaggedAt;
    }

    boolean isActive() {
        return active;
    }

    long getVersion() {
        return version;
    }
}
