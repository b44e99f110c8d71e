package com.clipdesk.search;

import com.clipdesk.content.ContentKind;
import com.clipdesk.review.ItemRef;
import java.util.List;
import java.util.Map;

/**
 * The items a query's whole result set stands for, ready for a bulk action.
 *
 * @param hits the query's hit count (reports included)
 * @param tooMany more hits than one bulk action may cover: {@code items} is empty, narrow the search
 * @param items distinct, in a stable order (kind, then id)
 * @param byKind the hits of each content kind (reports not included)
 * @param reports the hits that are reports; they stand for {@code reportedItems} items, some of which
 *     may be hits themselves
 */
public record ResultItems(String query, long hits, boolean tooMany, List<ItemRef> items,
        Map<ContentKind, Integer> byKind, int reports, int reportedItems) {

    public ResultItems {
        items = List.copyOf(items);
        byKind = Map.copyOf(byKind);
    }

    static ResultItems empty(String query) {
        return new ResultItems(query, 0, false, List.of(), Map.of(), 0, 0);
    }

    static ResultItems tooMany(String query, long hits) {
        return new ResultItems(query, hits, true, List.of(), Map.of(), 0, 0);
    }

    public int count(ContentKind kind) {
        return byKind.getOrDefault(kind, 0);
    }
}
