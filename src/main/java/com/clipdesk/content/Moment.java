package com.clipdesk.content;

import com.clipdesk.catalog.Episode;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.type.NumericBooleanConverter;
import org.hibernate.type.SqlTypes;

/**
 * A clip a member cut from an episode and shared. Visible in the markets listed in {@link #getMarkets()}
 * (where the episode is released and the member shared it; docs/market-scope.md).
 */
@Entity
@Indexed
public class Moment {

    public static final int CAPTION_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "episode_id")
    private Episode episode;

    @Column(name = "start_s", nullable = false)
    private int startSecond;

    @Column(name = "end_s", nullable = false)
    private int endSecond;

    // "folded": case- and accent-insensitive in every language (analyzer defined in search/)
    @FullTextField(analyzer = "folded")
    @Column(nullable = false, length = CAPTION_MAX)
    private String caption;

    @KeywordField
    @Column(nullable = false, length = 16)
    private String language;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "creator_id")
    private Member creator;

    // sortable so search can order by newest
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

    @Column(name = "share_count", nullable = false)
    private int shareCount;

    @Column(name = "report_count", nullable = false)
    private int reportCount;

    @Version
    private long version;

    @KeywordField
    @ElementCollection
    @CollectionTable(name = "moment_market", joinColumns = @JoinColumn(name = "moment_id"))
    @Column(name = "market_code", length = 8)
    private Set<String> markets = new HashSet<>();

    @OneToMany(mappedBy = "moment")
    @OrderBy("createdAt")
    private List<ShareLink> shareLinks = new ArrayList<>();

    protected Moment() {}

    public Moment(Episode episode, int startSecond, int endSecond, String caption, String language, Member creator,
            Instant createdAt, Set<String> markets) {
        if (startSecond < 0 || endSecond <= startSecond) {
            throw new IllegalArgumentException("A Moment ends after it starts");
        }
        if (endSecond > episode.getDurationSeconds()) {
            throw new IllegalArgumentException("A Moment ends within its episode");
        }
        this.episode = episode;
        this.startSecond = startSecond;
        this.endSecond = endSecond;
        this.caption = caption;
        this.language = language;
        this.creator = creator;
        this.createdAt = createdAt;
        this.state = ContentState.ACTIVE;
        this.markets.addAll(markets);
    }

    public Long getId() {
        return id;
    }

    public Episode getEpisode() {
        return episode;
    }

    public int getStartSecond() {
        return startSecond;
    }

    public int getEndSecond() {
        return endSecond;
    }

    public String getCaption() {
        return caption;
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

    public int getShareCount() {
        return shareCount;
    }

    public int getReportCount() {
        return reportCount;
    }

    public long getVersion() {
        return version;
    }

    public Set<String> getMarkets() {
        return Set.copyOf(markets);
    }

    public List<ShareLink> getShareLinks() {
        return List.copyOf(shareLinks);
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
