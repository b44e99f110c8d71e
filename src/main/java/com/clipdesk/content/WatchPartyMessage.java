package com.clipdesk.content;

import com.clipdesk.member.Member;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.common.annotation.Param;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.hibernate.type.NumericBooleanConverter;
import org.hibernate.type.SqlTypes;

/**
 * A chat message in a watch party; visible in the party's market. Indexed for staff who read
 * reports (search restricts the kind by role, SearchService.types).
 */
@Entity
@Indexed
// The body again in the field of its language (text_ja, text_ko, …), read by that language's analyzer
@TypeBinding(binder = @TypeBinderRef(type = LanguageTextBinder.class, params = @Param(name = "text", value = "body")))
@Table(name = "watch_party_message")
public class WatchPartyMessage {

    public static final int BODY_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "party_id")
    private WatchParty party;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private Member author;

    // Same "text" field as Moment captions and submission bodies: searched, and stored for snippets
    @FullTextField(name = "text", analyzer = "folded", projectable = Projectable.YES)
    @Column(nullable = false, length = BODY_MAX)
    private String body;

    // aggregable: language facet; projectable for hits
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Column(nullable = false, length = 16)
    private String language;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    // aggregable: state facet; projectable for hits
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ContentState state;

    // spoiler:yes|no and the spoiler facet
    @GenericField(aggregable = Aggregable.YES)
    @Convert(converter = NumericBooleanConverter.class)
    @Column(nullable = false)
    private boolean spoiler;

    // reports:>3 and "most reported" order; projectable for hits
    @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
    @Column(name = "report_count", nullable = false)
    private int reportCount;

    @Version
    private long version;

    // Markets where a takedown hides the item from members ("*": every market): the union of its
    // active takedowns, kept by ContentModeration for the takedown module. Changing it bumps the
    // version, so two takedowns decided at once cannot overwrite each other. Projectable: search
    // hits show a "Taken down in FR" badge.
    @KeywordField(name = "blockedMarkets", projectable = Projectable.YES)
    @jakarta.persistence.ElementCollection
    @jakarta.persistence.CollectionTable(name = "watch_party_message_block", joinColumns = @JoinColumn(name = "watch_party_message_id"))
    @Column(name = "market_code", length = 8)
    private Set<String> blockedMarkets = new java.util.HashSet<>();

    // Per market: embargoed before the release there, spoiler-hidden in a flagged item's window after
    // it (docs/spoilers.md); kept by ContentModeration.holdIn for the spoiler module. Changing it bumps
    // the version and reindexes: visibleMarkets leaves these markets out.
    @jakarta.persistence.ElementCollection
    @jakarta.persistence.CollectionTable(name = "watch_party_message_hold", joinColumns = @JoinColumn(name = "watch_party_message_id"))
    @jakarta.persistence.MapKeyColumn(name = "market_code", length = 8)
    private java.util.Map<String, MarketHold> holds = new java.util.HashMap<>();

    protected WatchPartyMessage() {}

    public WatchPartyMessage(WatchParty party, Member author, String body, String language, Instant sentAt) {
        if (body.isBlank() || body.length() > BODY_MAX) {
            throw new IllegalArgumentException("A chat message has 1 to " + BODY_MAX + " characters");
        }
        this.party = party;
        this.author = author;
        this.body = body;
        this.language = language;
        this.sentAt = sentAt;
        this.state = ContentState.ACTIVE;
    }

    public Long getId() {
        return id;
    }

    public WatchParty getParty() {
        return party;
    }

    public Member getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public String getLanguage() {
        return language;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public ContentState getState() {
        return state;
    }

    public int getReportCount() {
        return reportCount;
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

    /** "Watch party #7 · Title · S1 E2", as reports and review show the message's place. */
    public String context() {
        return "Watch party #" + party.getId() + " · " + party.getEpisode().titleAndLabel();
    }

    // Derived search fields, named as on Moments so one query spans every index. ReindexOnUpdate.NO:
    // a party never changes market or episode; title renames are picked up by a rebuild.

    @KeywordField(name = "contentKind", aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    String getSearchContentKind() {
        return SearchMapping.MESSAGE;
    }

    // the party's market: the scope filter and the market facet (multi-valued elsewhere)
    @KeywordField(name = "markets", aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    Set<String> getSearchMarkets() {
        return Set.of(party.getMarketCode());
    }

    @GenericField(name = "createdAt", sortable = Sortable.YES, projectable = Projectable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    Instant getSearchCreatedAt() {
        return sentAt;
    }

    // chat messages are not shared by link: 0, so "most shared" orders across every kind
    @GenericField(name = "shareCount", sortable = Sortable.YES, projectable = Projectable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    int getSearchShareCount() {
        return 0;
    }

    @FullTextField(name = "titleName", analyzer = "folded")
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    String getSearchTitleName() {
        return party.getEpisode().getSeason().getTitle().getName();
    }

    @KeywordField(name = "titleKeyword", aggregable = Aggregable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    String getSearchTitleKeyword() {
        return party.getEpisode().getSeason().getTitle().getName();
    }

    @KeywordField(name = "creatorHandle", normalizer = "folded", projectable = Projectable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    String getSearchCreatorHandle() {
        return author.getHandle();
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
            @ObjectPath(@PropertyValue(propertyName = "blockedMarkets")),
            @ObjectPath(@PropertyValue(propertyName = "holds"))})
    Set<String> getSearchVisibleMarkets() {
        return MarketBlocks.visible(getSearchMarkets(), blockedMarkets, holds.keySet());
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

    /** The author edited the message (ingest API, a newer version). */
    void revise(String body, String language) {
        if (body.isBlank() || body.length() > BODY_MAX) {
            throw new IllegalArgumentException("A chat message has 1 to " + BODY_MAX + " characters");
        }
        this.body = body;
        this.language = language;
    }
}
