package com.clipdesk.content;

import com.clipdesk.catalog.Title;
import com.clipdesk.member.Member;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.type.NumericBooleanConverter;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * Fan content tied to a title: fan art, an edit, a theory or a quote. Visible in its creator's
 * home market and the markets that share its language ({@link #getMarkets()}).
 */
@Entity
@Indexed
@Table(name = "fandom_submission")
public class FandomSubmission {

    public static final int BODY_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "title_id")
    private Title title;

    @KeywordField
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private SubmissionKind kind;

    // "folded": case- and accent-insensitive in every language (analyzer defined in search/)
    @FullTextField(analyzer = "folded")
    @Column(nullable = false, length = BODY_MAX)
    private String body;

    @Column(name = "media_ref", length = 300)
    private @Nullable String mediaRef;

    @KeywordField
    @Column(nullable = false, length = 16)
    private String language;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "creator_id")
    private Member creator;

    @GenericField(sortable = Sortable.YES)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @KeywordField
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ContentState state;

    @Convert(converter = NumericBooleanConverter.class)
    @Column(nullable = false)
    private boolean spoiler;

    @Column(name = "report_count", nullable = false)
    private int reportCount;

    @Version
    private long version;

    @FullTextField(analyzer = "folded")
    @ElementCollection
    @CollectionTable(name = "fandom_submission_tag", joinColumns = @JoinColumn(name = "submission_id"))
    @Column(name = "tag", length = 40)
    private Set<String> tags = new HashSet<>();

    @KeywordField
    @ElementCollection
    @CollectionTable(name = "fandom_submission_market", joinColumns = @JoinColumn(name = "submission_id"))
    @Column(name = "market_code", length = 8)
    private Set<String> markets = new HashSet<>();

    protected FandomSubmission() {}

    public FandomSubmission(Title title, SubmissionKind kind, String body, @Nullable String mediaRef, String language,
            Member creator, Instant createdAt, Set<String> tags, Set<String> markets) {
        if (markets.isEmpty()) {
            throw new IllegalArgumentException("A submission is visible in at least one market");
        }
        this.title = title;
        this.kind = kind;
        this.body = body;
        this.mediaRef = mediaRef;
        this.language = language;
        this.creator = creator;
        this.createdAt = createdAt;
        this.state = ContentState.ACTIVE;
        this.tags.addAll(tags);
        this.markets.addAll(markets);
    }

    public Long getId() {
        return id;
    }

    public Title getTitle() {
        return title;
    }

    public SubmissionKind getKind() {
        return kind;
    }

    public String getBody() {
        return body;
    }

    public @Nullable String getMediaRef() {
        return mediaRef;
    }

    public String getLanguage() {
        return language;
    }

    public Member getCreator() {
        return creator;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public ContentState getState() {
        return state;
    }

    public int getReportCount() {
        return reportCount;
    }

    public long getVersion() {
        return version;
    }

    public Set<String> getTags() {
        return Set.copyOf(tags);
    }

    public Set<String> getMarkets() {
        return Set.copyOf(markets);
    }

    void reportReceived() {
        reportCount++;
    }

    /** A review decision removed the item: members no longer see it. */
    void remove() {
        this.state = ContentState.REMOVED;
    }

    /** A review decision kept an item held for review: members see it from now on. */
    void approve() {
        if (state == ContentState.PENDING_REVIEW) {
            this.state = ContentState.ACTIVE;
        }
    }

    /** A review decision flagged the item as a spoiler (the spoiler issue adds per-market windows). */
    void markSpoiler() {
        this.spoiler = true;
    }

    public boolean isSpoiler() {
        return spoiler;
    }
}
