package com.clipdesk.search;

import com.clipdesk.content.ContentKind;
import com.clipdesk.content.ContentState;
import com.clipdesk.content.FandomSubmission;
import com.clipdesk.content.Moment;
import com.clipdesk.content.SearchMapping;
import com.clipdesk.staff.CurrentStaff;
import com.clipdesk.staff.MarketScope;
import com.clipdesk.staff.Role;
import com.clipdesk.staff.SignedInStaff;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.projection.ProjectionCollector;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search over Moments and fandom submissions in the query language of {@link QueryParser},
 * limited to the staff member's markets like the content grids (docs/market-scope.md): an item is
 * found when one of its markets is in scope, and facet counts and totals see nothing else. Hits are
 * built from stored index fields only, so a page of results costs no database query.
 */
@Service
@Transactional(readOnly = true)
public class SearchService {

    static final int MAX_LIMIT = 200;
    private static final int SNIPPET_CHARS = 240;

    private static final AggregationKey<Map<String, Long>> KINDS = AggregationKey.of("kind");
    private static final AggregationKey<Map<String, Long>> MARKETS = AggregationKey.of("market");
    private static final AggregationKey<Map<ContentState, Long>> STATES = AggregationKey.of("state");
    private static final AggregationKey<Map<String, Long>> LANGUAGES = AggregationKey.of("language");


    private final EntityManager em;
    private final CurrentStaff currentStaff;
    private final SnippetMarks marks;
    private final SpellingSuggestions spelling;

    SearchService(EntityManager em, CurrentStaff currentStaff, SnippetMarks marks,
            SpellingSuggestions spelling) {
        this.em = em;
        this.currentStaff = currentStaff;
        this.marks = marks;
        this.spelling = spelling;
    }

    /** Every staff role may search Moments and submissions (within their markets). */
    public boolean canSearch() {
        try {
            return !currentStaff.get().roles().isEmpty();
        } catch (AccessDeniedException notSignedIn) {
            return false;
        }
    }

    /** The indexed types the staff member searches. */
    static List<Class<?>> types(SignedInStaff staff) {
        return List.of(Moment.class, FandomSubmission.class);
    }

    /**
     * @throws QuerySyntaxException when the query cannot be read; its message says why and where
     * @throws IllegalArgumentException for a negative offset or a limit outside 1..200
     */
    public SearchResult search(String query, SearchSort sort, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("offset >= 0 and 1 <= limit <= " + MAX_LIMIT);
        }
        SignedInStaff staff = currentStaff.require(Role.values());
        MarketScope scope = staff.scope();
        SearchQuery parsed = QueryParser.parse(query);
        long start = System.nanoTime();
        if (scope.isEmpty()) {
            return new SearchResult(0, List.of(), List.of(), 0);
        }
        SearchSession session = Search.session(em);
        List<Class<?>> types = types(staff);
        var result = session.search(types)
                .select(f -> f.composite().from(
                        f.field("contentKind", String.class).toProjection(),
                        f.id(Long.class).toProjection(),
                        f.field("context", String.class).toProjection(),
                        f.field(SearchMapping.TEXT, String.class).toProjection(),
                        f.field("creatorHandle", String.class).toProjection(),
                        f.field("markets", String.class).collector(ProjectionCollector.set()).toProjection(),
                        f.field("state", ContentState.class).toProjection(),
                        f.field("language", String.class).toProjection(),
                        f.field("createdAt", Instant.class).toProjection(),
                        f.field("shareCount", Integer.class).toProjection(),
                        f.field("reportCount", Integer.class).toProjection()).asList())
                .where(f -> SearchPredicates.of(f, parsed, scope))
                .sort(f -> switch (sort) {
                    case RELEVANCE -> f.score().then().field("createdAt").desc();
                    case NEWEST -> f.field("createdAt").desc().then().score();
                    case MOST_SHARED -> f.field("shareCount").desc().then().field("createdAt").desc();
                    case MOST_REPORTED -> f.field("reportCount").desc().then().field("createdAt").desc();
                })
                .aggregation(KINDS, f -> f.terms().field("contentKind", String.class).maxTermCount(10))
                .aggregation(MARKETS, f -> f.terms().field("markets", String.class).maxTermCount(100))
                .aggregation(STATES, f -> f.terms().field("state", ContentState.class).maxTermCount(10))
                .aggregation(LANGUAGES, f -> f.terms().field("language", String.class).maxTermCount(20))
                .fetch(offset, limit);
        SnippetMarks.Marker marker = marks.marker(parsed);
        List<SearchHit> hits = result.hits().stream().map(row -> hit(row, marker)).toList();
        List<SearchFacet> facets = List.of(
                facet("kind", "Kind", result.aggregation(KINDS), scope),
                facet("market", "Market", result.aggregation(MARKETS), scope),
                facet("state", "State", byName(result.aggregation(STATES)), scope),
                facet("language", "Language", result.aggregation(LANGUAGES), scope));
        long total = result.total().hitCount();
        String suggestion = null;
        if (total == 0 && offset == 0) {
            // offered only when it finds something in this staff member's reach
            suggestion = spelling.correct(query, parsed, types, corrected -> count(corrected, types, scope) > 0).orElse(null);
        }
        long took = (System.nanoTime() - start) / 1_000_000;
        return new SearchResult(total, hits, facets, took, suggestion);
    }

    private long count(String query, List<Class<?>> types, MarketScope scope) {
        SearchQuery parsed = QueryParser.parse(query);
        return Search.session(em).search(types).where(f -> SearchPredicates.of(f, parsed, scope))
                .fetchTotalHitCount();
    }

    @SuppressWarnings("unchecked")
    private SearchHit hit(List<?> row, SnippetMarks.@Nullable Marker marker) {
        ContentKind kind = SearchMapping.MOMENT.equals(row.get(0)) ? ContentKind.MOMENT
                : ContentKind.FANDOM_SUBMISSION;
        long id = (Long) row.get(1);
        String snippet = snippet((String) row.get(3), (String) row.get(7), marker);
        Integer shares = (Integer) row.get(9);
        Integer reports = (Integer) row.get(10);
        return new SearchHit(kind, id, (String) row.get(2), snippet, (String) row.get(4), (Set<String>) row.get(5),
                (ContentState) row.get(6), (String) row.get(7), (Instant) row.get(8),
                shares == null ? 0 : shares, reports == null ? 0 : reports, kind.route() + "/" + id);
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

    private static Map<String, Long> byName(Map<ContentState, Long> counts) {
        Map<String, Long> byName = new LinkedHashMap<>();
        counts.forEach((state, count) -> byName.put(state.name(), count));
        return byName;
    }

    private static SearchFacet facet(String field, String label, Map<String, Long> counts, MarketScope scope) {
        List<SearchFacet.Value> values = new ArrayList<>();
        counts.forEach((value, count) -> {
            switch (field) {
                case "kind" -> {
                    ContentKind kind = SearchMapping.MOMENT.equals(value) ? ContentKind.MOMENT
                            : ContentKind.FANDOM_SUBMISSION;
                    values.add(new SearchFacet.Value(value, kind.label(), count, "kind:" + value));
                }
                case "market" -> {
                    // An item visible in BR and FR counts under FR too: show only the markets in scope
                    if (scope.includes(value)) {
                        values.add(new SearchFacet.Value(value, value, count, "market:" + value));
                    }
                }
                case "state" -> {
                    ContentState state = ContentState.valueOf(value);
                    String typed = state == ContentState.PENDING_REVIEW ? "pending" : state.name().toLowerCase(Locale.ROOT);
                    values.add(new SearchFacet.Value(value, state.label(), count, "state:" + typed));
                }
                default -> values.add(new SearchFacet.Value(value, value, count, "lang:" + value));
            }
        });
        return new SearchFacet(field, label, values);
    }
}
