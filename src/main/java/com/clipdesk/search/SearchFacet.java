package com.clipdesk.search;

import java.util.List;

/**
 * Counts of the results per value of one field, e.g. market → BR 120, MX 80.
 *
 * @param field the query-language field a value filters on ("market", "kind", "state", "language", "title",
 *     "spoiler", "reason")
 */
public record SearchFacet(String field, String label, List<Value> values) {

    /**
     * @param token what to add to the query to filter on this value, e.g. {@code market:BR}
     */
    public record Value(String value, String label, long count, String token) {}
}
