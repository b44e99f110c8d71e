package com.clipdesk.search;

import com.clipdesk.content.ContentKind;
import com.clipdesk.report.Report;
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
import org.hibernate.search.engine.search.common.ValueModel;
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

    /** Reports whose subjects one index query looks up. */
    private static final int SUBJECTS_CHUNK = 500;

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
                    SearchKind kind = SearchKind.ofIndexValue((String) hit.get(0));
                    long id = (Long) hit.get(1);
                    ContentKind contentKind = kind.contentKind();
                    if (contentKind == null) {
                        reports.add(id); // a report stands for its subject
                    } else {
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
        for (int from = 0; from < reportIds.size(); from += SUBJECTS_CHUNK) {
            List<Long> chunk = reportIds.subList(from, Math.min(reportIds.size(), from + SUBJECTS_CHUNK));
            session.search(Report.class)
                    .select(f -> f.composite().from(f.field("subjectKind", String.class, ValueModel.INDEX).toProjection(),
                            f.field("subjectId", Long.class).toProjection()).asList())
                    .where(f -> f.id().matchingAny(chunk))
                    .fetchHits(chunk.size())
                    .forEach(row -> subjects.add(
                            new ItemRef(ContentKind.valueOf((String) row.get(0)), (Long) row.get(1))));
        }
        return subjects;
    }
}
