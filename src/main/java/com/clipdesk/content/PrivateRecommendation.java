package com.clipdesk.content;

import com.clipdesk.catalog.Title;
import com.clipdesk.member.Member;
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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.common.annotation.Param;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A message from one member to one friend recommending a title. Only the two of them see it, so
 * staff see it only through a report on it (ContentService enforces that), and it is in the search
 * index only while reported ({@link ReportedOnlyRoutingBinder}).
 */
@Entity
@Indexed(routingBinder = @RoutingBinderRef(type = ReportedOnlyRoutingBinder.class))
// The message again in the field of its language (text_ja, text_ko, …)
@TypeBinding(binder = @TypeBinderRef(type = LanguageTextBinder.class, params = @Param(name = "text", value = "message")))
@Table(name = "private_recommendation")
public class PrivateRecommendation {

    public static final int MESSAGE_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sender_id")
    private Member sender;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recipient_id")
    private Member recipient;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "title_id")
    private Title title;

    // Same "text" field as the other kinds: searched, and stored for snippets
    @FullTextField(name = "text", analyzer = "folded", projectable = Projectable.YES)
    @Column(nullable = false, length = MESSAGE_MAX)
    private String message;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Column(nullable = false, length = 16)
    private String language;

    @Column(name = "market_code", nullable = false, length = 8)
    private String marketCode;

    @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ContentState state;

    // > 0 puts the recommendation into the index (ReportedOnlyRoutingBinder); reports:>3, "most reported"
    @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
    @Column(name = "report_count", nullable = false)
    private int reportCount;

    @Version
    private long version;

    protected PrivateRecommendation() {}

    public PrivateRecommendation(Member sender, Member recipient, Title title, String message, String language,
            String marketCode, Instant createdAt) {
        if (sender.equals(recipient)) {
            throw new IllegalArgumentException("A member recommends a title to someone else");
        }
        if (message.length() > MESSAGE_MAX) {
            throw new IllegalArgumentException("A recommendation has at most " + MESSAGE_MAX + " characters");
        }
        this.sender = sender;
        this.recipient = recipient;
        this.title = title;
        this.message = message;
        this.language = language;
        this.marketCode = marketCode;
        this.createdAt = createdAt;
        this.state = ContentState.ACTIVE;
    }

    public Long getId() {
        return id;
    }

    public Member getSender() {
        return sender;
    }

    public Member getRecipient() {
        return recipient;
    }

    public Title getTitle() {
        return title;
    }

    public String getMessage() {
        return message;
    }

    public String getLanguage() {
        return language;
    }

    public String getMarketCode() {
        return marketCode;
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

    /** True once a member reported it: only then may staff see it. */
    public boolean isReported() {
        return reportCount > 0;
    }

    void reportReceived() {
        reportCount++;
    }

    /** "Recommends Title to @friend", as reports and review show it. */
    public String context() {
        return "Recommends " + title.getName() + " to @" + recipient.getHandle();
    }

    /** A review decision removed the item: members no longer see it. */
    void remove() {
        this.state = ContentState.REMOVED;
    }

    /** An appeal overturned the removal: members see the item again. */
    void restore() {
        if (state == ContentState.REMOVED) {
            this.state = ContentState.ACTIVE;
        }
    }

    /** A review decision kept an item held for review: members see it from now on. */
    void approve() {
        if (state == ContentState.PENDING_REVIEW) {
            this.state = ContentState.ACTIVE;
        }
    }

    // Derived search fields, named as on Moments so one query spans every index. ReindexOnUpdate.NO:
    // market, people and title never change (title renames are picked up by a rebuild).

    @KeywordField(name = "contentKind", aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    String getSearchContentKind() {
        return SearchMapping.RECOMMENDATION;
    }

    @KeywordField(name = "markets", aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    Set<String> getSearchMarkets() {
        return Set.of(marketCode);
    }

    // market:XX reads "visibleMarkets" in every index (docs/search.md); no takedown applies to a private recommendation
    @KeywordField(name = "visibleMarkets", aggregable = Aggregable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    Set<String> getSearchVisibleMarkets() {
        return Set.of(marketCode);
    }

    // a recommendation cannot be flagged as a spoiler: false, so spoiler:no finds it
    @GenericField(name = "spoiler", aggregable = Aggregable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    boolean getSearchSpoiler() {
        return false;
    }

    @GenericField(name = "shareCount", sortable = Sortable.YES, projectable = Projectable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    int getSearchShareCount() {
        return 0;
    }

    @FullTextField(name = "titleName", analyzer = "folded")
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    String getSearchTitleName() {
        return title.getName();
    }

    @KeywordField(name = "titleKeyword", aggregable = Aggregable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    String getSearchTitleKeyword() {
        return title.getName();
    }

    // the sender, as "creator"
    @KeywordField(name = "creatorHandle", normalizer = "folded", projectable = Projectable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    String getSearchCreatorHandle() {
        return sender.getHandle();
    }

    @GenericField(name = "context", searchable = Searchable.NO, projectable = Projectable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    String getSearchContext() {
        return context();
    }

    @GenericField(name = "mappingVersion")
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    int getSearchMappingVersion() {
        return SearchMapping.VERSION;
    }

    /** The sender edited the recommendation (ingest API, a newer version). */
    void revise(String message, String language) {
        if (message.length() > MESSAGE_MAX) {
            throw new IllegalArgumentException("A recommendation has at most " + MESSAGE_MAX + " characters");
        }
        this.message = message;
        this.language = language;
    }
}
