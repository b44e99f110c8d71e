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
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.common.annotation.Param;
import org.hibernate.type.NumericBooleanConverter;
import org.hibernate.type.SqlTypes;

/**
 * A clip a member cut from an episode and shared. Visible in the markets listed in {@link #getMarkets()}
 * (where the episode is released and the member shared it; docs/market-scope.md).
 */
@Entity
@Indexed
// The caption again in the field of its language (text_ja, text_ko, …), read by that language's analyzer
@TypeBinding(binder = @TypeBinderRef(type = LanguageTextBinder.class, params = @Param(name = "text", value = "caption")))
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

    // "text", the field search queries across all indexed kinds (submission body goes there too), analyzed
    // by "folded": case- and accent-insensitive in every language (analyzer defined in search/).
    // Stored (projectable): search builds each hit's snippet from it.
    @FullTextField(name = "text", analyzer = "folded", projectable = Projectable.YES)
    @Column(nullable = false, length = CAPTION_MAX)
    private String caption;

    // aggregable: language facet; projectable: search hits are built from the index, not the database
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Column(nullable = false, length = 16)
    private String language;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "creator_id")
    private Member creator;

    // sortable so search can order by newest; projectable for hits
    @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    // aggregable: state facet; projectable for hits
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ContentState state;

    // spoiler:yes|no and the spoiler facet (same field in every content index)
    @GenericField(aggregable = Aggregable.YES)
    @Convert(converter = NumericBooleanConverter.class)
    @Column(nullable = false)
    private boolean spoiler;

    // shares:>100 and "most shared" order; projectable for hits
    @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
    @Column(name = "share_count", nullable = false)
    private int shareCount;

    // reports:>3 and "most reported" order; projectable for hits
    @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
    @Column(name = "report_count", nullable = false)
    private int reportCount;

    @Version
    private long version;

    // the search scope filter (as VisibleIn does for grids) and the market facet; projectable for hits
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @ElementCollection
    @CollectionTable(name = "moment_market", joinColumns = @JoinColumn(name = "moment_id"))
    @Column(name = "market_code", length = 8)
    private Set<String> markets = new HashSet<>();

    @OneToMany(mappedBy = "moment")
    @OrderBy("createdAt")
    private List<ShareLink> shareLinks = new ArrayList<>();

    // Markets where a takedown hides the item from members ("*": every market): the union of its
    // active takedowns, kept by ContentModeration for the takedown module. Changing it bumps the
    // version, so two takedowns decided at once cannot overwrite each other. Projectable: search
    // hits show a "Taken down in FR" badge.
    @KeywordField(name = "blockedMarkets", projectable = Projectable.YES)
    @jakarta.persistence.ElementCollection
    @jakarta.persistence.CollectionTable(name = "moment_block", joinColumns = @JoinColumn(name = "moment_id"))
    @Column(name = "market_code", length = 8)
    private Set<String> blockedMarkets = new java.util.HashSet<>();

    // Per market: embargoed before the release there, spoiler-hidden in a flagged item's window after
    // it (docs/spoilers.md); kept by ContentModeration.holdIn for the spoiler module. Changing it bumps
    // the version and reindexes: visibleMarkets leaves these markets out.
    @jakarta.persistence.ElementCollection
    @jakarta.persistence.CollectionTable(name = "moment_hold", joinColumns = @JoinColumn(name = "moment_id"))
    @jakarta.persistence.MapKeyColumn(name = "market_code", length = 8)
    private java.util.Map<String, MarketHold> holds = new java.util.HashMap<>();

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

    /**
     * The Moment a JDBC batch just inserted as row {@code id} ({@link NewMomentRows}), as an unmanaged
     * copy for its search document: the row is exactly what {@code em.persist} of the constructed
     * Moment would write, so indexing this copy indexes the row without reading it back.
     */
    static Moment inserted(long id, Episode episode, int startSecond, int endSecond, String caption, String language,
            Member creator, Instant createdAt, Set<String> markets) {
        Moment moment = new Moment(episode, startSecond, endSecond, caption, language, creator, createdAt, markets);
        moment.id = id;
        return moment;
    }

    /** The tokens of its share links: whose cached status a change of what members see of it affects. */
    Set<String> shareLinkTokens() {
        return shareLinks.stream().map(ShareLink::getToken).collect(java.util.stream.Collectors.toSet());
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

    /** A review decision flagged the item as a spoiler (the spoiler issue adds per-market windows). */
    void markSpoiler() {
        this.spoiler = true;
    }

    /** An appeal overturned the spoiler flag. */
    void clearSpoiler() {
        this.spoiler = false;
    }

    public boolean isSpoiler() {
        return spoiler;
    }

    // Derived search fields. ReindexOnUpdate.NO: they are computed whenever this Moment is indexed,
    // but renaming a title or episode does not reindex its Moments (rare; reindex from the admin
    // action). Member handles never change.

    // "kind:moment|submission" and the kind facet: one field with the same name in both indexes
    @KeywordField(name = "contentKind", aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    String getSearchContentKind() {
        return SearchMapping.MOMENT;
    }

    // title:"…" and plain words match the title name
    @FullTextField(name = "titleName", analyzer = "folded")
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    String getSearchTitleName() {
        return episode.getSeason().getTitle().getName();
    }

    // The title facet: the exact name as one keyword (titleName is analyzed, so not aggregable)
    @KeywordField(name = "titleKeyword", aggregable = Aggregable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    String getSearchTitleKeyword() {
        return episode.getSeason().getTitle().getName();
    }

    // creator:handle, case-insensitive ("folded" normalizer); projectable for hits
    @KeywordField(name = "creatorHandle", normalizer = "folded", projectable = Projectable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    String getSearchCreatorHandle() {
        return creator.getHandle();
    }

    // What a hit shows as context, as ContentService.subject writes it; stored only, never searched
    @GenericField(name = "context", searchable = Searchable.NO, projectable = Projectable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    String getSearchContext() {
        return episode.titleAndLabel() + " · " + Timecode.range(startSecond, endSecond);
    }

    // See SearchMapping.VERSION: lets start-up detect documents written by an older mapping
    @GenericField(name = "mappingVersion")
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    int getSearchMappingVersion() {
        return SearchMapping.VERSION;
    }

    /** Markets where a takedown hides the item from members; {@link MarketBlocks#EVERYWHERE} for all. */
    public Set<String> getBlockedMarkets() {
        return Set.copyOf(blockedMarkets);
    }

    /** Replaces the markets a takedown hides the item in; false when they were already these. */
    boolean hideIn(Set<String> markets) {
        return MarketBlocks.replace(blockedMarkets, markets);
    }

    // market:FR is "what members in FR see": listed in FR and not taken down there (docs/search.md);
    // the market facet counts the same field, so a facet's count is what clicking it finds
    @KeywordField(name = "visibleMarkets", aggregable = Aggregable.YES)
    // ... and not embargoed or spoiler-hidden there (holds)
    @IndexingDependency(derivedFrom = {
            @ObjectPath(@PropertyValue(propertyName = "markets")),
            @ObjectPath(@PropertyValue(propertyName = "blockedMarkets")),
            @ObjectPath(@PropertyValue(propertyName = "holds"))})
    Set<String> getSearchVisibleMarkets() {
        return MarketBlocks.visible(getMarkets(), blockedMarkets, holds.keySet());
    }

    // takedown:yes|no
    @GenericField(name = "takenDown")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "blockedMarkets")))
    boolean getSearchTakenDown() {
        return !blockedMarkets.isEmpty();
    }

    /** Per market, what release dates and spoiler windows hold the item back (docs/spoilers.md). */
    public java.util.Map<String, MarketHold> getHolds() {
        return java.util.Map.copyOf(holds);
    }

    /** Replaces the item's holds; false, and nothing touched, when they were already these. */
    boolean holdIn(java.util.Map<String, MarketHold> next) {
        return MarketHold.replace(holds, next);
    }

    /**
     * The product changed the clip (ingest API, a newer version): its cut, caption, language and the
     * markets it is shared in. Same rules as a new Moment; moderation state and counts stay.
     */
    void revise(int startSecond, int endSecond, String caption, String language, Set<String> markets) {
        if (startSecond < 0 || endSecond <= startSecond) {
            throw new IllegalArgumentException("A Moment ends after it starts");
        }
        if (endSecond > episode.getDurationSeconds()) {
            throw new IllegalArgumentException("A Moment ends within its episode");
        }
        this.startSecond = startSecond;
        this.endSecond = endSecond;
        this.caption = caption;
        this.language = language;
        this.markets.retainAll(markets);
        this.markets.addAll(markets);
    }
}
