package com.clipdesk.search;

import org.springframework.stereotype.Service;

/** TEMP: the signature only, so the search UI compiles; the real service comes from search-core. */
@Service
public class SearchService {

    public SearchResult search(String query, SearchSort sort, int offset, int limit) {
        throw new UnsupportedOperationException("SearchService comes with the search-core branch");
    }

    public boolean canSearch() {
        throw new UnsupportedOperationException("SearchService comes with the search-core branch");
    }
}
