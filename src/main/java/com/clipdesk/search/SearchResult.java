package com.clipdesk.search;

import java.util.List;

/** A page of hits, the total number of hits, and the facets over all of them. */
public record SearchResult(long total, List<SearchHit> hits, List<SearchFacet> facets, long tookMillis) {}
