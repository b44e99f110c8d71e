package com.clipdesk.search;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A page of hits, the total number of hits, and the facets over all of them.
 *
 * @param suggestion for a query that found nothing, the same query with its unknown words
 *     corrected, which finds something ("did you mean"); null otherwise
 */
public record SearchResult(long total, List<SearchHit> hits, List<SearchFacet> facets, long tookMillis,
        @Nullable String suggestion) {

    public SearchResult(long total, List<SearchHit> hits, List<SearchFacet> facets, long tookMillis) {
        this(total, hits, facets, tookMillis, null);
    }
}
