package com.clipdesk.feed;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the feed as a consumer does, for tests: entries after a cursor, payloads parsed. */
final class FeedReading {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private FeedReading() {}

    /** Every entry after {@code cursor}, page by page. */
    static List<FeedEntry> allAfter(DecisionFeed feed, long cursor) {
        List<FeedEntry> all = new ArrayList<>();
        while (true) {
            List<FeedEntry> page = feed.after(cursor, 100);
            if (page.isEmpty()) {
                return all;
            }
            all.addAll(page);
            cursor = page.getLast().seq();
        }
    }

    /** The payloads of every entry after {@code cursor}. */
    static List<JsonNode> payloadsAfter(DecisionFeed feed, long cursor) {
        return allAfter(feed, cursor).stream().map(e -> JSON.readTree(e.payload())).toList();
    }
}
