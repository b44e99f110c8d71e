package com.clipdesk.curation;

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

/** Something the curators of a market should know about their boards, until one of them dismisses it. */
@Entity
@Table(name = "curator_notice")
class CuratorNotice {

    static final int MESSAGE_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "market_code", nullable = false, length = 8)
    private String marketCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Surface surface;

    // the board's title when it is a title page (null: the home row)
    @Column(name = "title_id")
    private @Nullable Long titleId;

    @Column(name = "moment_id", nullable = false)
    private long momentId;

    @Column(nullable = false, length = MESSAGE_MAX)
    private String message;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "dismissed_by", length = 200)
    private @Nullable String dismissedBy;

    @Column(name = "dismissed_at")
    private @Nullable Instant dismissedAt;

    protected CuratorNotice() {}

    CuratorNotice(String marketCode, Surface surface, @Nullable Long titleId, long momentId, String message,
            Instant createdAt) {
        this.marketCode = marketCode;
        this.surface = surface;
        this.titleId = titleId;
        this.momentId = momentId;
        this.message = message.length() > MESSAGE_MAX ? message.substring(0, MESSAGE_MAX) : message;
        this.createdAt = createdAt;
    }

    void dismiss(String by, Instant now) {
        if (dismissedAt == null) {
            dismissedBy = by;
            dismissedAt = now;
        }
    }

    Long getId() {
        return id;
    }

    String getMarketCode() {
        return marketCode;
    }

    Surface getSurface() {
        return surface;
    }

    @Nullable Long getTitleId() {
        return titleId;
    }

    long getMomentId() {
        return momentId;
    }

    String getMessage() {
        return message;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    @Nullable Instant getDismissedAt() {
        return dismissedAt;
    }
}
