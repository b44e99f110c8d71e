package com.clipdesk.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One version of a market's policy (or of the default, market {@value #DEFAULT}). Its rules change
 * only while it is a draft; it is reviewed by someone who neither wrote nor edited it; once published
 * nothing about it changes.
 */
@Entity
@Table(name = "policy_version")
class PolicyVersion {

    /** The market code of the default policy. */
    static final String DEFAULT = "*";
    static final int NOTE_MAX = 2000;
    static final int RULES_MAX = 8000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "market_code", nullable = false, length = 8, updatable = false)
    private String marketCode;

    @Column(nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private PolicyStatus status;

    @Column(nullable = false, length = RULES_MAX)
    private String rules;

    @Column(nullable = false, length = NOTE_MAX)
    private String note;

    @Column(name = "based_on", updatable = false)
    private @Nullable Long basedOn;

    @Column(nullable = false, length = 200, updatable = false)
    private String author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_edited_by", nullable = false, length = 200)
    private String lastEditedBy;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @Column(name = "reviewed_by", length = 200)
    private @Nullable String reviewedBy;

    @Column(name = "reviewed_at")
    private @Nullable Instant reviewedAt;

    @Column(name = "review_note", length = NOTE_MAX)
    private @Nullable String reviewNote;

    @Column(name = "effective_at")
    private @Nullable Instant effectiveAt;

    @Column(name = "published_by", length = 200)
    private @Nullable String publishedBy;

    @Column(name = "published_at")
    private @Nullable Instant publishedAt;

    @Version
    private long version;

    protected PolicyVersion() {}

    PolicyVersion(String marketCode, int number, PolicyRules rules, String note, @Nullable Long basedOn, String author,
            Instant at) {
        this.marketCode = marketCode;
        this.number = number;
        this.status = PolicyStatus.DRAFT;
        this.rules = PolicyJson.write(rules);
        this.note = note;
        this.basedOn = basedOn;
        this.author = author;
        this.createdAt = at;
        this.lastEditedBy = author;
    }

    void edit(PolicyRules rules, String note, String editor) {
        require(PolicyStatus.DRAFT, "edited");
        this.rules = PolicyJson.write(rules);
        this.note = note;
        this.lastEditedBy = editor;
    }

    void submit(Instant at) {
        require(PolicyStatus.DRAFT, "submitted");
        this.status = PolicyStatus.SUBMITTED;
        this.submittedAt = at;
    }

    /** Four-eyes: the reviewer is neither the author nor the last editor. */
    void approve(String reviewer, Instant at, @Nullable String note) {
        require(PolicyStatus.SUBMITTED, "approved");
        if (writtenBy(reviewer)) {
            throw new IllegalStateException("Version " + number + " cannot be approved by " + reviewer
                    + ", who wrote it");
        }
        this.status = PolicyStatus.APPROVED;
        this.reviewedBy = reviewer;
        this.reviewedAt = at;
        this.reviewNote = note;
    }

    /** Back to its authors as a draft, with the reviewer's reason. */
    void reject(String reviewer, Instant at, String note) {
        require(PolicyStatus.SUBMITTED, "rejected");
        if (writtenBy(reviewer)) {
            throw new IllegalStateException("Version " + number + " cannot be reviewed by " + reviewer + ", who wrote it");
        }
        this.status = PolicyStatus.DRAFT;
        this.reviewedBy = reviewer;
        this.reviewedAt = at;
        this.reviewNote = note;
        this.submittedAt = null;
    }

    void publish(String publisher, Instant at, Instant effective) {
        require(PolicyStatus.APPROVED, "published");
        this.status = PolicyStatus.PUBLISHED;
        this.publishedBy = publisher;
        this.publishedAt = at;
        this.effectiveAt = effective;
    }

    boolean writtenBy(String username) {
        return author.equals(username) || lastEditedBy.equals(username);
    }

    private void require(PolicyStatus expected, String verb) {
        if (status != expected) {
            throw new IllegalStateException("Version " + number + " is " + status.label().toLowerCase(java.util.Locale.ROOT)
                    + ": only a " + expected.label().toLowerCase(java.util.Locale.ROOT) + " version can be " + verb);
        }
    }

    PolicyRules rules() {
        return PolicyJson.read(rules);
    }

    Long getId() {
        return id;
    }

    String getMarketCode() {
        return marketCode;
    }

    int getNumber() {
        return number;
    }

    PolicyStatus getStatus() {
        return status;
    }

    String getNote() {
        return note;
    }

    @Nullable Long getBasedOn() {
        return basedOn;
    }

    String getAuthor() {
        return author;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    String getLastEditedBy() {
        return lastEditedBy;
    }

    @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }

    @Nullable String getReviewedBy() {
        return reviewedBy;
    }

    @Nullable Instant getReviewedAt() {
        return reviewedAt;
    }

    @Nullable String getReviewNote() {
        return reviewNote;
    }

    @Nullable Instant getEffectiveAt() {
        return effectiveAt;
    }

    @Nullable String getPublishedBy() {
        return publishedBy;
    }

    @Nullable Instant getPublishedAt() {
        return publishedAt;
    }

    long getVersion() {
        return version;
    }
}
