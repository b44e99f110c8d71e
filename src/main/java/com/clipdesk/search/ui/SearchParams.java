package com.clipdesk.search.ui;

import com.clipdesk.search.SearchSort;
import com.vaadin.flow.router.QueryParameters;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the search page shows, as it lives in the address: {@code search?q=market:BR+lighthouse&sort=NEWEST}.
 * A sort the staff member did not choose is left out of the address and follows the query: newest
 * first for an empty query (there is nothing to be relevant to), relevance otherwise.
 *
 * @param query the query as typed, trimmed; empty for "everything, newest first"
 * @param chosenSort the sort picked in the page, or null for the default
 */
record SearchParams(String query, @Nullable SearchSort chosenSort) {

    static final String QUERY = "q";
    static final String SORT = "sort";

    SearchParams {
        query = query.strip();
    }

    static SearchParams from(QueryParameters parameters) {
        String query = parameters.getSingleParameter(QUERY).orElse("");
        SearchSort sort = parameters.getSingleParameter(SORT).flatMap(name -> Arrays.stream(SearchSort.values())
                .filter(s -> s.name().equals(name)).findFirst()).orElse(null);
        return new SearchParams(query, sort);
    }

    SearchSort sort() {
        if (chosenSort != null) {
            return chosenSort;
        }
        return query.isEmpty() ? SearchSort.NEWEST : SearchSort.RELEVANCE;
    }

    QueryParameters toQueryParameters() {
        Map<String, String> params = new LinkedHashMap<>();
        if (!query.isEmpty()) {
            params.put(QUERY, query);
        }
        if (chosenSort != null) {
            params.put(SORT, chosenSort.name());
        }
        return QueryParameters.simple(params);
    }
}
