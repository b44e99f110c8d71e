package com.clipdesk.search;

import com.clipdesk.content.ContentKind;
import com.clipdesk.content.SearchMapping;
import com.clipdesk.review.BulkDecisions;
import com.clipdesk.review.ItemRef;
import com.clipdesk.staff.SignedInStaff;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The whole result set of a query, as the items a bulk action decides: scrolled through the index
 * with projections only (kind and id, no entity is loaded), in the staff member's markets exactly as
 * {@link SearchService#search} counts them. A report stands for the item it reports. Stops at
 * {@link BulkDecisions#MAX_ITEMS} hits without reading further: the caller says "narrow the search".
 */
@Component
class SearchResultItems {

    /** Hits read per round trip to the index. */
    private static final int CHUNK = 1_000;

    /**
     * Values of {@code contentKind} beside {@link SearchMapping#MOMENT} and {@link SearchMapping#SUBMISSION},
     * written by the indexed messages, recommendations and reports.
     */
    static final String MESSAGE = "message";
    static final String RECOMMENDATION = "recommendation";
    static final String REPORT = "report";

    /** The JPA entity name of reports: named, not referenced, so this compiles before Report is indexed. */
    private static final String REPORT_ENTITY = "Report";

    private final EntityManager em;

    SearchResultItems(EntityManager em) {
        this.em = em;
    }

    @Transactional(readOnly = true)
    ResultItems collect(SignedInStaff staff, String query) {
        SearchQuery parsed = QueryParser.parse(query);
        if (staff.scope().isEmpty()) {
            return ResultItems.empty(query);
        }
        SearchSession session = Search.session(em);
        Map<ContentKind, Integer> byKind = new EnumMap<>(ContentKind.class);
        Set<ItemRef> items = new LinkedHashSet<>();
        List<Long> reports = new ArrayList<>();
        long total;
        try (SearchScroll<List<?>> scroll = session.search(SearchService.types(staff))
                .select(f -> f.composite().from(f.field("contentKind", String.class).toProjection(),
                        f.id(Long.class).toProjection()).asList())
                .where(f -> SearchPredicates.of(f, parsed, staff.scope()))
                .scroll(CHUNK)) {
            SearchScrollResult<List<?>> chunk = scroll.next();
            total = chunk.total().hitCount();
            if (total > BulkDecisions.MAX_ITEMS) {
                return ResultItems.tooMany(query, total);
            }
            for (; chunk.hasHits(); chunk = scroll.next()) {
                for (List<?> hit : chunk.hits()) {
                    String kind = (String) hit.get(0);
                    long id = (Long) hit.get(1);
                    if (REPORT.equals(kind)) {
                        reports.add(id);
                    } else {
                        ContentKind contentKind = kindOf(kind);
                        byKind.merge(contentKind, 1, Integer::sum);
                        items.add(new ItemRef(contentKind, id));
                    }
                }
            }
        }
        Set<ItemRef> reported = reports.isEmpty() ? Set.of() : subjectsOf(session, reports);
        items.addAll(reported);
        List<ItemRef> ordered = items.stream()
                .sorted(Comparator.comparing(ItemRef::kind).thenComparingLong(ItemRef::id)).toList();
        return new ResultItems(query, total, false, ordered, byKind, reports.size(), reported.size());
    }

    /** What the reports are about, from their stored {@code subjectKind} and {@code subjectId} fields. */
    private static Set<ItemRef> subjectsOf(SearchSession session, List<Long> reportIds) {
        Set<ItemRef> subjects = new LinkedHashSet<>();
        session.search(session.scope(Object.class, List.of(REPORT_ENTITY)))
                .select(f -> f.composite().from(f.field("subjectKind", String.class).toProjection(),
                        f.field("subjectId", Long.class).toProjection()).asList())
                .where(f -> f.id().matchingAny(reportIds))
                .fetchHits(reportIds.size())
                .forEach(row -> subjects.add(new ItemRef(ContentKind.valueOf((String) row.get(0)), (Long) row.get(1))));
        return subjects;
    }

    private static ContentKind kindOf(String contentKind) {
        return switch (contentKind) {
            case SearchMapping.MOMENT -> ContentKind.MOMENT;
            case SearchMapping.SUBMISSION -> ContentKind.FANDOM_SUBMISSION;
            case MESSAGE -> ContentKind.WATCH_PARTY_MESSAGE;
            case RECOMMENDATION -> ContentKind.PRIVATE_RECOMMENDATION;
            default -> throw new IllegalStateException("Unknown contentKind in the index: " + contentKind);
        };
    }
}
