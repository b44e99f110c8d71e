package com.clipdesk.spoiler;

import com.clipdesk.content.ContentKind;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Staff flagged an item as a spoiler on its page (or a rule on ingest did, {@code by} = "rule:<name>"), or a lead took a flag back (published in the
 * transaction). Flags a review decision sets, and flags an appeal's overturn takes back, travel in
 * {@code CaseDecided} and {@code AppealDecided}, not here.
 *
 * @param markets the item's markets, where the flag applies
 * @param reason why the flag was taken back; null for a flag
 */
public record SpoilerFlagChanged(ContentKind kind, long itemId, boolean flagged, SpoilerTarget target, long targetId,
        String targetLabel, Set<String> markets, String by, Instant at, @Nullable String reason) {

    public SpoilerFlagChanged {
        markets = Set.copyOf(markets);
    }
}
