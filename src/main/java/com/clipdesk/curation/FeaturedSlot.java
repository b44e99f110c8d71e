package com.clipdesk.curation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One Moment on a board, at a position, shown between two instants (either open). Owned by its board. */
@Entity
@Table(name = "featured_slot")
class FeaturedSlot {

    /** Draft slots are what curators edit; published ones what the API serves. */
    enum Stage {
        DRAFT,
        PUBLISHED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "board_id")
    private FeaturedBoard board;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Stage stage;

    @Column(name = "moment_id", nullable = false)
    private long momentId;

    @Column(nullable = false)
    private int position;

    @Column(name = "starts_at")
    private @Nullable Instant startsAt;

    @Column(name = "ends_at")
    private @Nullable Instant endsAt;

    @Column(name = "added_by", nullable = false, length = 200)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected FeaturedSlot() {}

    FeaturedSlot(FeaturedBoard board, Stage stage, long momentId, int position, @Nullable Instant startsAt,
            @Nullable Instant endsAt, String addedBy, Instant addedAt) {
        this.board = board;
        this.stage = stage;
        this.momentId = momentId;
        this.position = position;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    FeaturedSlot copyAs(Stage target) {
        return new FeaturedSlot(board, target, momentId, position, startsAt, endsAt, addedBy, addedAt);
    }

    Long getId() {
        return id;
    }

    Stage getStage() {
        return stage;
    }

    long getMomentId() {
        return momentId;
    }

    int getPosition() {
        return position;
    }

    void setPosition(int position) {
        this.position = position;
    }

    @Nullable Instant getStartsAt() {
        return startsAt;
    }

    @Nullable Instant getEndsAt() {
        return endsAt;
    }

    void schedule(@Nullable Instant startsAt, @Nullable Instant endsAt) {
        if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("A slot's schedule ends after it starts");
        }
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    /** Shown at {@code now}: the schedule has started and not ended. */
    boolean liveAt(Instant now) {
        return (startsAt == null || !now.isBefore(startsAt)) && (endsAt == null || now.isBefore(endsAt));
    }

    String getAddedBy() {
        return addedBy;
    }

    Instant getAddedAt() {
        return addedAt;
    }
}
