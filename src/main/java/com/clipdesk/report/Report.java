package com.clipdesk.report;

import com.clipdesk.content.ContentKind;
import com.clipdesk.content.LanguageTextBinder;
import com.clipdesk.content.SearchMapping;
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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A member's report on an item of any content kind, filed in one market. It belongs to that market
 * for scoping: a moderator sees the reports filed in their markets. Indexed for search (contentKind
 * "report"), for the staff who read reports.
 */
@Entity
@Indexed
// Reports have no language: the text_xx fields exist (every index has them) but stay empty
@TypeBinding(binder = @TypeBinderRef(type = LanguageTextBinder.class, params = {
        @Param(name = "text", value = "freeText"), @Param(name = "language", value = "")}))
public class Report {

    public static final int FREE_TEXT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    // stored for hits that lead to the reported item (another module relies on these names)
    @KeywordField(projectable = Projectable.YES)
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "subject_kind", nullable = false, length = 30)
    private ContentKind subjectKind;

    @GenericField(projectable = Projectable.YES)
    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reporter_id")
    private Member reporter;

    // reason:<REASON> and the reason facet; projectable for hits
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    private ReportReason reason;

    // The "text" field of every index (analyzer "folded" only: reports have no language)
    @FullTextField(name = "text", analyzer = "folded", projectable = Projectable.YES)
    @Column(name = "free_text", length = FREE_TEXT_MAX)
    private @Nullable String freeText;

    @Column(name = "market_code", nullable = false, length = 8)
    private String marketCode;

    @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ReportStatus status;

    @Version
    private long version;

    protected Report() {}

    public Report(ContentKind subjectKind, long subjectId, Member reporter, ReportReason reason,
            @Nullable String freeText, String marketCode, Instant createdAt) {
        this.subjectKind = subjectKind;
        this.subjectId = subjectId;
        this.reporter = reporter;
        this.reason = reason;
        this.freeText = freeText == null || freeText.isBlank() ? null : freeText.strip();
        this.marketCode = marketCode;
        this.createdAt = createdAt;
        this.status = ReportStatus.OPEN;
    }

    public Long getId() {
        return id;
    }

    public ContentKind getSubjectKind() {
        return subjectKind;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public Member getReporter() {
        return reporter;
    }

    public ReportReason getReason() {
        return reason;
    }

    public @Nullable String getFreeText() {
        return freeText;
    }

    public String getMarketCode() {
        return marketCode;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public long getVersion() {
        return version;
    }

    /** The review of its subject is done (decided, or covered by an earlier decision). */
    public void close() {
        this.status = ReportStatus.CLOSED;
    }

    /** "Report on Moment 42 · Spoiler": what a search hit shows. */
    public String context() {
        return "Report on " + subjectKind.label() + " " + subjectId + " · " + reason.label();
    }

    // Derived search fields, named as on the content indexes so one query spans them all.

    @KeywordField(name = "contentKind", aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    String getSearchContentKind() {
        return SearchMapping.REPORT;
    }

    // The status name (OPEN, CLOSED) in the field content fills with its state: same index type
    // (keyword), searched and projected with the index value model across indexes
    @KeywordField(name = "state", aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "status")))
    String getSearchState() {
        return status.name();
    }

    @KeywordField(name = "markets", aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    Set<String> getSearchMarkets() {
        return Set.of(marketCode);
    }

    // market:XX reads "visibleMarkets" in every index (docs/search.md); a report is never taken down
    @KeywordField(name = "visibleMarkets", aggregable = Aggregable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    Set<String> getSearchVisibleMarkets() {
        return Set.of(marketCode);
    }

    // the reporter, as "creator"
    @KeywordField(name = "creatorHandle", normalizer = "folded", projectable = Projectable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    String getSearchCreatorHandle() {
        return reporter.getHandle();
    }

    // no language: an empty value, so the projection exists in every index
    @KeywordField(name = "language", aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    @Nullable String getSearchLanguage() {
        return null;
    }

    @GenericField(name = "shareCount", sortable = Sortable.YES, projectable = Projectable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    int getSearchShareCount() {
        return 0;
    }

    @GenericField(name = "reportCount", sortable = Sortable.YES, projectable = Projectable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    int getSearchReportCount() {
        return 0;
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

    /**
     * The member changed an open report (ingest API, a newer version): its reason and words. A closed
     * report was decided on what it said then and stays as it was.
     */
    public void revise(ReportReason reason, @Nullable String freeText) {
        if (status != ReportStatus.OPEN) {
            throw new IllegalStateException("The report was decided already; it is not changed any more");
        }
        this.reason = reason;
        this.freeText = freeText == null || freeText.isBlank() ? null : freeText.strip();
    }
}
