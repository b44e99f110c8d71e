package com.clipdesk.search;

import com.clipdesk.content.ContentKind;
import com.clipdesk.content.ContentRef;
import com.clipdesk.content.ContentState;
import com.clipdesk.content.SearchMapping;
import com.clipdesk.report.ReportReason;
import com.clipdesk.report.ReportStatus;
import com.clipdesk.staff.CurrentStaff;
import com.clipdesk.staff.MarketScope;
import com.clipdesk.staff.Role;
import com.clipdesk.staff.SignedInStaff;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.projection.ProjectionCollector;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search in the query language of {@link QueryParser} over Moments and fandom submissions
 * for every role, and also watch-party messages, reported private recommendations and reports for
 * the roles that read reports ({@link #types}). Limited to the staff member's markets like the
 * content grids (docs/market-scope.md): an item is found when one of its markets is in scope, and
 * facet counts and totals see nothing else. Hits are built from stored index fields only, so a page
 * of results costs no database query.
 */
@Service
// A query that does not parse (or asks for a kind the role does not search) changes nothing: it must not
// mark a caller's transaction rollback-only (SavedSearches.list shows the message beside the search)
@Transactional(readOnly = true, noRollbackFor = QuerySyntaxException.class)
public class SearchService {

    static final int MAX_LIMIT = 200;
    private static final int SNIPPET_CHARS = 240;
    private static final int TOP_TITLES = 10;

    private static final AggregationKey<Map<String, Long>> KINDS = AggregationKey.of("kind");
    private static final AggregationKey<Map<String, Long>> MARKETS = AggregationKey.of("market");
    private static final AggregationKey<Map<String, Long>> STATES = AggregationKey.of("state");
    private static final AggregationKey<Map<String, Long>> LANGUAGES = AggregationKey.of("language");
    private static final AggregationKey<Map<String, Long>> TITLES = AggregationKey.of("title");
    private static final AggregationKey<Map<Boolean, Long>> SPOILERS = AggregationKey.of("spoiler");
    private static final AggregationKey<Map<ReportReason, Long>> REASONS = AggregationKey.of("reason");


    private final EntityManager em;
    private final CurrentStaff currentStaff;
    private final SnippetMarks marks;
    private final SpellingSuggestions spelling;
    private final SearchEngine engine;

    SearchService(EntityManager em, CurrentStaff currentStaff, SnippetMarks marks,
            SpellingSuggestions spelling, SearchEngine engine) {
        this.em = em;
        this.currentStaff = currentStaff;
        this.marks = marks;
        this.spelling = spelling;
        this.engine = engine;
    }

    /** The engine that serves searches, as the search page names it: "Embedded Lucene 9.12.3", "OpenSearch 3.8.0". */
    public String engine() {
        currentStaff.require(Role.values());
        return engine.description();
    }

    /** Every staff role may search Moments and submissions (within their markets). */
    public boolean canSearch() {
        try {
            return !currentStaff.get().roles().isEmpty();
        } catch (AccessDeniedException notSignedIn) {
            return false;
        }
    }

    /**
     * The indexed entity types the staff member may search: Moments and fandom submissions for every
     * role; watch-party messages, private recommendations (the index holds reported ones only) and
     * reports for the roles that read reports. Searches, counts and facets all go through this.
     */
    static List<Class<?>> types(SignedInStaff staff) {
        return kinds(staff).stream().<Class<?>>map(SearchKind::entity).toList();
    }

    /** The kinds the signed-in staff member may search, for the UI's help and kind filters. */
    public List<SearchKind> searchableKinds() {
        return kinds(currentStaff.require(Role.values()));
    }

    private static List<SearchKind> kinds(SignedInStaff staff) {
        return Arrays.stream(SearchKind.values()).filter(k -> k.searchableBy(staff)).toList();
    }

    /**
     * @throws QuerySyntaxException when the query cannot be read, or asks for a kind (or a report
     *     field) the staff member's role does not search; its message says why and where
     * @throws IllegalArgumentException for a negative offset or a limit outside 1..200
     */
    public SearchResult search(String query, SearchSort sort, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("offset >= 0 and 1 <= limit <= " + MAX_LIMIT);
        }
        SignedInStaff staff = currentStaff.require(Role.values());
        MarketScope scope = staff.scope();
        SearchQuery parsed = QueryParser.parse(query);
        List<SearchKind> kinds = kinds(staff);
        requireSearchable(parsed, kinds);
        long start = System.nanoTime();
        if (scope.isEmpty()) {
            return new SearchResult(0, List.of(), List.of(), 0);
        }
        boolean withReports = kinds.contains(SearchKind.REPORT);
        SearchSession session = Search.session(em);
        List<Class<?>> types = types(staff);
        var options = session.search(types)
                .select(f -> f.composite().from(
                        f.field("contentKind", String.class).toProjection(),
                        f.id(Long.class).toProjection(),
                        f.field("context", String.class).toProjection(),
                        f.field(SearchMapping.TEXT, String.class).toProjection(),
                        f.field("creatorHandle", String.class).toProjection(),
                        f.field("markets", String.class).collector(ProjectionCollector.set()).toProjection(),
                        // ContentState in content indexes, a ReportStatus name in reports: the indexed
                        // string is the same type everywhere, the Java enums are not
                        f.field("state", String.class, ValueModel.INDEX).toProjection(),
                        f.field("language", String.class).toProjection(),
                        f.field("createdAt", Instant.class).toProjection(),
                        f.field("shareCount", Integer.class).toProjection(),
                        f.field("reportCount", Integer.class).toProjection(),
                        // only the kinds a takedown applies to have it: others project an empty set
                        f.field("blockedMarkets", String.class).collector(ProjectionCollector.set()).toProjection())
                        .asList())
                .where(f -> SearchPredicates.of(f, parsed, scope))
                .sort(f -> switch (sort) {
                    case RELEVANCE -> f.score().then().field("createdAt").desc();
                    case NEWEST -> f.field("createdAt").desc().then().score();
                    case MOST_SHARED -> f.field("shareCount").desc().then().field("createdAt").desc();
                    case MOST_REPORTED -> f.field("reportCount").desc().then().field("createdAt").desc();
                })
                .aggregation(KINDS, f -> f.terms().field("contentKind", String.class).maxTermCount(10))
                // counts what market:XX finds: listed there and not taken down there
                .aggregation(MARKETS, f -> f.terms().field("visibleMarkets", String.class).maxTermCount(100))
                .aggregation(STATES, f -> f.terms().field("state", String.class, ValueModel.INDEX).maxTermCount(10))
                .aggregation(LANGUAGES, f -> f.terms().field("language", String.class).maxTermCount(20))
                // reports have no title and no spoiler flag: they count under neither
                .aggregation(TITLES, f -> f.terms().field("titleKeyword", String.class).maxTermCount(TOP_TITLES))
                .aggregation(SPOILERS, f -> f.terms().field("spoiler", Boolean.class).maxTermCount(2));
        if (withReports) {
            options = options.aggregation(REASONS,
                    f -> f.terms().field("reason", ReportReason.class).maxTermCount(ReportReason.values().length));
        }
        var result = options.fetch(offset, limit);
        SnippetMarks.Marker marker = marks.marker(parsed);
        List<SearchHit> hits = result.hits().stream().map(row -> hit(row, marker)).toList();
        List<SearchFacet> facets = new ArrayList<>(List.of(
                kindFacet(result.aggregation(KINDS)),
                marketFacet(result.aggregation(MARKETS), scope),
                stateFacet(result.aggregation(STATES)),
                languageFacet(result.aggregation(LANGUAGES)),
                titleFacet(result.aggregation(TITLES)),
                spoilerFacet(result.aggregation(SPOILERS))));
        if (withReports) {
            facets.add(reasonFacet(result.aggregation(REASONS)));
        }
        long total = result.total().hitCount();
        String suggestion = null;
        if (total == 0 && offset == 0) {
            // offered only when it finds something in this staff member's reach
            suggestion = spelling.correct(query, parsed, types, corrected -> count(corrected, types, scope) > 0)
                    .orElse(null);
        }
        long took = (System.nanoTime() - start) / 1_000_000;
        return new SearchResult(total, hits, facets, took, suggestion);
    }

    /**
     * For rules on ingest (docs/rules.md): checks that a query can be a rule's. It must parse and look
     * at content: reports are not content and are never matched, so {@code kind:report} and
     * {@code reason:} are refused with a message saying so.
     *
     * @throws QuerySyntaxException when it cannot be a rule's query
     */
    public void checkRuleQuery(String query) {
        for (SearchQuery.Clause clause : QueryParser.parse(query).clauses()) {
            if (clause instanceof SearchQuery.Keyword k && !k.excluded()
                    && (k.field() == SearchQuery.Field.REASON || (k.field() == SearchQuery.Field.KIND
                            && SearchKind.ofIndexValue(k.value()).contentKind() == null))) {
                throw new QuerySyntaxException("A rule acts on new content, not on reports: remove "
                        + (k.field() == SearchQuery.Field.REASON ? "reason:" : "kind:report") + " from the query",
                        k.position());
            }
        }
    }

    /**
     * Which of the items the query matches, limited to items visible in {@code markets} (empty: any
     * market). One search over the content indexes, the query's predicate AND the items' ids,
     * so a rule costs one small query per batch of new items. No staff check: rules run without a
     * signed-in staff member; who may create and enable them is checked by the rules module.
     * Items of kinds search does not index (share links) never match.
     *
     * @throws QuerySyntaxException when the query no longer parses
     */
    public Set<ContentRef> matches(String query, Set<String> markets, Collection<ContentRef> items) {
        SearchQuery parsed = QueryParser.parse(query);
        Map<SearchKind, List<Long>> byKind = byKind(items);
        if (byKind.isEmpty()) {
            return Set.of();
        }
        Set<ContentRef> matched = new HashSet<>();
        // over every content index, as the search page does: the text fields differ between kinds
        Search.session(em).search(contentTypes())
                .select(f -> f.composite().from(f.field("contentKind", String.class).toProjection(),
                        f.id(Long.class).toProjection()).asList())
                .where(f -> {
                    var bool = f.bool().must(SearchPredicates.of(f, parsed, MarketScope.all()))
                            .filter(itemsOf(f, byKind));
                    if (!markets.isEmpty()) {
                        // what members there see: listed there and not taken down there
                        bool.filter(f.terms().field("visibleMarkets").matchingAny(markets));
                    }
                    return bool;
                })
                .fetchHits(items.size())
                .forEach(row -> matched.add(new ContentRef(SearchKind.ofIndexValue((String) row.get(0)).contentKind(),
                        (Long) row.get(1))));
        return matched;
    }

    /**
     * Which of the items are in the index now: a rule evaluates only those (an item not yet indexed
     * is tried again later, instead of silently not matching). Kinds search does not index are left out.
     */
    public Set<ContentRef> indexed(Collection<ContentRef> items) {
        Map<SearchKind, List<Long>> byKind = byKind(items);
        if (byKind.isEmpty()) {
            return Set.of();
        }
        Set<ContentRef> found = new HashSet<>();
        Search.session(em).search(contentTypes())
                .select(f -> f.composite().from(f.field("contentKind", String.class).toProjection(),
                        f.id(Long.class).toProjection()).asList())
                .where(f -> itemsOf(f, byKind))
                .fetchHits(items.size())
                .forEach(row -> found.add(new ContentRef(SearchKind.ofIndexValue((String) row.get(0)).contentKind(),
                        (Long) row.get(1))));
        return found;
    }

    /** The items by id within their kind's index: ids repeat across kinds. */
    private static PredicateFinalStep itemsOf(
            SearchPredicateFactory f, Map<SearchKind, List<Long>> byKind) {
        var any = f.bool();
        byKind.forEach((kind, ids) -> any.should(f.bool().filter(f.match().field("contentKind").matching(kind.indexValue()))
                .filter(f.id().matchingAny(ids))));
        return any;
    }

    private static List<Class<?>> contentTypes() {
        return Arrays.stream(SearchKind.values()).filter(k -> k.contentKind() != null)
                .<Class<?>>map(SearchKind::entity).toList();
    }

    /** Whether search indexes items of the kind (rules can match them). */
    public static boolean searchable(ContentKind kind) {
        return Arrays.stream(SearchKind.values()).anyMatch(k -> k.contentKind() == kind);
    }

    /**
     * A rule's dry run: how many items created since {@code since} the query matches in {@code markets}
     * (empty: any market), over every content kind, with no staff scope (the caller checks it).
     */
    public long countCreatedSince(String query, Set<String> markets, Instant since) {
        SearchQuery parsed = QueryParser.parse(query);
        return Search.session(em).search(contentTypes()).where(f -> {
            var bool = f.bool().must(SearchPredicates.of(f, parsed, MarketScope.all()))
                    .filter(f.range().field("createdAt").atLeast(since));
            if (!markets.isEmpty()) {
                bool.filter(f.terms().field("visibleMarkets").matchingAny(markets));
            }
            return bool;
        }).fetchTotalHitCount();
    }

    private static Map<SearchKind, List<Long>> byKind(Collection<ContentRef> items) {
        Map<SearchKind, List<Long>> byKind = new java.util.EnumMap<>(SearchKind.class);
        for (ContentRef item : items) {
            for (SearchKind kind : SearchKind.values()) {
                if (kind.contentKind() == item.kind()) {
                    byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(item.id());
                }
            }
        }
        return byKind;
    }

    private long count(String query, List<Class<?>> types, MarketScope scope) {
        SearchQuery parsed = QueryParser.parse(query);
        return Search.session(em).search(types).where(f -> SearchPredicates.of(f, parsed, scope))
                .fetchTotalHitCount();
    }

    /**
     * A curator's kind:message would otherwise find nothing without saying why: name the kinds the
     * role searches instead. The same for reason:, which only reports have.
     */
    private static void requireSearchable(SearchQuery query, List<SearchKind> kinds) {
        for (SearchQuery.Clause clause : query.clauses()) {
            if (!(clause instanceof SearchQuery.Keyword k) || k.excluded()) {
                continue;
            }
            if (k.field() == SearchQuery.Field.KIND) {
                SearchKind kind = SearchKind.ofIndexValue(k.value());
                if (!kinds.contains(kind)) {
                    throw new QuerySyntaxException("kind:" + k.value() + " is searched by moderators, lead moderators, "
                            + "auditors and admins only; your role searches " + kindList(kinds), k.position());
                }
            } else if (k.field() == SearchQuery.Field.REASON && !kinds.contains(SearchKind.REPORT)) {
                throw new QuerySyntaxException("reason: filters reports, which your role does not search; your role "
                        + "searches " + kindList(kinds), k.position());
            }
        }
    }

    private static String kindList(List<SearchKind> kinds) {
        return kinds.stream().map(k -> k.label().toLowerCase(Locale.ROOT) + "s (kind:" + k.indexValue() + ")")
                .collect(Collectors.joining(" and "));
    }

    @SuppressWarnings("unchecked")
    private SearchHit hit(List<?> row, SnippetMarks.@Nullable Marker marker) {
        SearchKind kind = SearchKind.ofIndexValue((String) row.get(0));
        long id = (Long) row.get(1);
        String snippet = snippet((String) row.get(3), (String) row.get(7), marker);
        String state = (String) row.get(6);
        Integer shares = (Integer) row.get(9);
        Integer reports = (Integer) row.get(10);
        Set<String> blocked = (Set<String>) row.get(11);
        return new SearchHit(kind, id, (String) row.get(2), snippet, (String) row.get(4), (Set<String>) row.get(5),
                state, stateLabel(state), (String) row.get(7), (Instant) row.get(8),
                shares == null ? 0 : shares, reports == null ? 0 : reports, kind.route(id),
                blocked == null ? Set.of() : blocked);
    }

    /** "ACTIVE" → "Active", "OPEN" → "Open": the state enums of content and reports share no names. */
    static String stateLabel(String indexed) {
        for (ContentState state : ContentState.values()) {
            if (state.name().equals(indexed)) {
                return state.label();
            }
        }
        for (ReportStatus status : ReportStatus.values()) {
            if (status.name().equals(indexed)) {
                return status.label();
            }
        }
        return indexed;
    }

    /** What to type for a state: state:pending for PENDING_REVIEW, state:open for OPEN… */
    private static String stateToken(String indexed) {
        return "state:" + (indexed.equals(ContentState.PENDING_REVIEW.name()) ? "pending"
                : indexed.toLowerCase(Locale.ROOT));
    }

    /** The text with what the query matched marked, cut to a snippet around the first mark. */
    private String snippet(@Nullable String text, @Nullable String language, SnippetMarks.@Nullable Marker marker) {
        if (text == null) {
            return "";
        }
        String plain = text.replace(SearchHit.MARK_START, "").replace(SearchHit.MARK_END, "");
        return shorten(marker == null ? plain : marks.mark(marker, plain, language));
    }

    /** At most about {@link #SNIPPET_CHARS} characters, cut at spaces, from a little before the first mark. */
    static String shorten(String text) {
        if (text.length() <= SNIPPET_CHARS) {
            return text;
        }
        int mark = text.indexOf(SearchHit.MARK_START);
        int start = 0;
        if (mark > SNIPPET_CHARS / 3) {
            int space = text.indexOf(' ', mark - SNIPPET_CHARS / 3);
            start = space >= 0 && space < mark ? space + 1 : mark;
        }
        int end = Math.min(text.length(), start + SNIPPET_CHARS);
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            if (space > start + SNIPPET_CHARS / 2) {
                end = space;
            }
            // never cut between a mark's start and end
            int open = text.lastIndexOf(SearchHit.MARK_START, end - 1);
            if (open >= start && text.lastIndexOf(SearchHit.MARK_END, end - 1) < open) {
                int close = text.indexOf(SearchHit.MARK_END, open);
                end = close < 0 ? text.length() : close + 1;
            }
        }
        return (start > 0 ? "… " : "") + text.substring(start, end) + (end < text.length() ? " …" : "");
    }

    private static SearchFacet kindFacet(Map<String, Long> counts) {
        List<SearchFacet.Value> values = new ArrayList<>();
        counts.forEach((value, count) -> {
            SearchKind kind = SearchKind.ofIndexValue(value);
            values.add(new SearchFacet.Value(value, kind.label(), count, kind.token()));
        });
        return new SearchFacet("kind", "Kind", values);
    }

    private static SearchFacet marketFacet(Map<String, Long> counts, MarketScope scope) {
        List<SearchFacet.Value> values = new ArrayList<>();
        // An item visible in BR and FR counts under FR too: show only the markets in scope
        counts.forEach((value, count) -> {
            if (scope.includes(value)) {
                values.add(new SearchFacet.Value(value, value, count, "market:" + value));
            }
        });
        return new SearchFacet("market", "Market", values);
    }

    private static SearchFacet stateFacet(Map<String, Long> counts) {
        List<SearchFacet.Value> values = new ArrayList<>();
        counts.forEach((value, count) -> values.add(
                new SearchFacet.Value(value, stateLabel(value), count, stateToken(value))));
        return new SearchFacet("state", "State", values);
    }

    private static SearchFacet languageFacet(Map<String, Long> counts) {
        List<SearchFacet.Value> values = new ArrayList<>();
        counts.forEach((value, count) -> values.add(new SearchFacet.Value(value, value, count, "lang:" + value)));
        return new SearchFacet("language", "Language", values);
    }

    private static SearchFacet titleFacet(Map<String, Long> counts) {
        List<SearchFacet.Value> values = new ArrayList<>();
        counts.forEach((name, count) -> values.add(
                new SearchFacet.Value(name, name, count, "title:\"" + name.replace("\"", "") + "\"")));
        return new SearchFacet("title", "Title", values);
    }

    private static SearchFacet spoilerFacet(Map<Boolean, Long> counts) {
        List<SearchFacet.Value> values = new ArrayList<>();
        for (boolean spoiler : new boolean[] {true, false}) {
            Long count = counts.get(spoiler);
            if (count != null && count > 0) {
                values.add(new SearchFacet.Value(spoiler ? "yes" : "no", spoiler ? "Spoiler" : "No spoiler", count,
                        "spoiler:" + (spoiler ? "yes" : "no")));
            }
        }
        return new SearchFacet("spoiler", "Spoiler", values);
    }

    private static SearchFacet reasonFacet(Map<ReportReason, Long> counts) {
        List<SearchFacet.Value> values = new ArrayList<>();
        counts.forEach((reason, count) -> values.add(new SearchFacet.Value(reason.name(), reason.label(), count,
                "reason:" + reason.name().toLowerCase(Locale.ROOT))));
        return new SearchFacet("reason", "Report reason", values);
    }
}
