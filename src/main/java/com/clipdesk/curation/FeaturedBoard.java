package com.clipdesk.curation;

import com.clipdesk.catalog.Title;
import com.clipdesk.curation.FeaturedSlot.Stage;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hibernate.type.NumericBooleanConverter;
import org.jspecify.annotations.Nullable;

/**
 * The featured Moments of one market on one surface (a title page: of one title): a draft order that curators edit, and the
 * published order the API serves (publishing copies the draft over it). Every change stamps who made
 * it, so the board's version moves on each, and two curators editing one board cannot overwrite each
 * other (optimistic locking on the board, not per slot).
 */
@Entity
@Table(name = "featured_board")
class FeaturedBoard {

    /** How many Moments one board holds at most: a row in the product, not a list. */
    static final int MAX_SLOTS = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "market_code", nullable = false, length = 8, updatable = false)
    private String marketCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Surface surface;

    // the title of a title page; null for a home row
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "title_id", updatable = false)
    private @Nullable Title title;

    // title id, or 0 without a title: unique with market and surface (a null would not be, in MariaDB)
    @Column(name = "title_key", nullable = false, updatable = false)
    private long titleKey;

    @Column(name = "last_edited_by", nullable = false, length = 200)
    private String lastEditedBy;

    @Column(name = "last_edited_at", nullable = false)
    private Instant lastEditedAt;

    @Column(name = "published_by", length = 200)
    private @Nullable String publishedBy;

    @Column(name = "published_at")
    private @Nullable Instant publishedAt;

    // Moves whenever what the API serves changes (publication, or a Moment leaving it): part of the ETag
    @Column(name = "published_revision", nullable = false)
    private int publishedRevision;

    @jakarta.persistence.Convert(converter = NumericBooleanConverter.class)
    @Column(name = "unpublished_changes", nullable = false)
    private boolean unpublishedChanges;

    @Version
    private long version;

    @OneToMany(mappedBy = "board", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<FeaturedSlot> slots = new ArrayList<>();

    protected FeaturedBoard() {}

    FeaturedBoard(String marketCode, Surface surface, @Nullable Title title, String createdBy, Instant now) {
        if ((surface == Surface.TITLE_PAGE) != (title != null)) {
            throw new IllegalArgumentException("A title page board has a title, a home row none");
        }
        this.marketCode = marketCode;
        this.surface = surface;
        this.title = title;
        this.titleKey = BoardKey.titleKey(title == null ? null : title.getId());
        this.lastEditedBy = createdBy;
        this.lastEditedAt = now;
    }

    /** The draft's slots in order. */
    List<FeaturedSlot> draft() {
        return stage(Stage.DRAFT);
    }

    /** The published slots in order. */
    List<FeaturedSlot> published() {
        return stage(Stage.PUBLISHED);
    }

    private List<FeaturedSlot> stage(Stage stage) {
        return slots.stream().filter(s -> s.getStage() == stage)
                .sorted(Comparator.comparingInt(FeaturedSlot::getPosition)).toList();
    }

    /** The Moments on the board, draft or published, each once. */
    java.util.Set<Long> momentIds() {
        java.util.Set<Long> ids = new java.util.LinkedHashSet<>();
        for (FeaturedSlot s : slots) {
            ids.add(s.getMomentId());
        }
        return ids;
    }

    /** Adds a Moment at the end of the draft. */
    FeaturedSlot add(long momentId, @Nullable Instant startsAt, @Nullable Instant endsAt, String by, Instant now) {
        List<FeaturedSlot> draft = draft();
        if (draft.stream().anyMatch(s -> s.getMomentId() == momentId)) {
            throw new IllegalStateException("Moment " + momentId + " is on this board already.");
        }
        if (draft.size() >= MAX_SLOTS) {
            throw new IllegalStateException("A board holds at most " + MAX_SLOTS + " Moments: remove one first.");
        }
        FeaturedSlot slot = new FeaturedSlot(this, Stage.DRAFT, momentId, draft.size(), null, null, by, now);
        slot.schedule(startsAt, endsAt);
        slots.add(slot);
        edited(by, now);
        return slot;
    }

    void remove(long momentId, String by, Instant now) {
        FeaturedSlot slot = draftSlot(momentId);
        slots.remove(slot);
        renumber(Stage.DRAFT);
        edited(by, now);
    }

    /** Moves a Moment of the draft to {@code newPosition} (0-based, clamped), shifting the others. */
    void move(long momentId, int newPosition, String by, Instant now) {
        List<FeaturedSlot> draft = new ArrayList<>(draft());
        FeaturedSlot slot = draftSlot(momentId);
        draft.remove(slot);
        draft.add(Math.max(0, Math.min(newPosition, draft.size())), slot);
        for (int i = 0; i < draft.size(); i++) {
            draft.get(i).setPosition(i);
        }
        edited(by, now);
    }

    void schedule(long momentId, @Nullable Instant startsAt, @Nullable Instant endsAt, String by, Instant now) {
        draftSlot(momentId).schedule(startsAt, endsAt);
        edited(by, now);
    }

    /** Makes the draft what the API serves. */
    void publish(String by, Instant now) {
        slots.removeIf(s -> s.getStage() == Stage.PUBLISHED);
        for (FeaturedSlot s : draft()) {
            slots.add(s.copyAs(Stage.PUBLISHED));
        }
        publishedBy = by;
        publishedAt = now;
        publishedRevision++;
        unpublishedChanges = false;
        lastEditedBy = by;
        lastEditedAt = now;
    }

    private void renumber(Stage stage) {
        List<FeaturedSlot> ordered = stage(stage);
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).setPosition(i);
        }
    }

    private FeaturedSlot draftSlot(long momentId) {
        return draft().stream().filter(s -> s.getMomentId() == momentId).findFirst()
                .orElseThrow(() -> new IllegalStateException("Moment " + momentId + " is not on this board."));
    }

    private void edited(String by, Instant now) {
        lastEditedBy = by;
        lastEditedAt = now;
        unpublishedChanges = true;
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

    @Nullable Title getTitle() {
        return title;
    }

    @Nullable Long getTitleId() {
        return title == null ? null : title.getId();
    }

    String getLastEditedBy() {
        return lastEditedBy;
    }

    Instant getLastEditedAt() {
        return lastEditedAt;
    }

    @Nullable String getPublishedBy() {
        return publishedBy;
    }

    @Nullable Instant getPublishedAt() {
        return publishedAt;
    }

    int getPublishedRevision() {
        return publishedRevision;
    }

    boolean hasUnpublishedChanges() {
        return unpublishedChanges;
    }

    long getVersion() {
        return version;
    }
}
