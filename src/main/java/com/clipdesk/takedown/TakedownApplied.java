package com.clipdesk.takedown;

import com.clipdesk.content.ContentKind;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A takedown took effect (published in its transaction). For featured lists, statements of reasons
 * (DSA Art. 17) and the decision feed.
 *
 * @param markets where it is in force; for {@code everywhere} the item's markets at the time
 * @param legalOrderId the authority's order it fulfils, if any
 */
public record TakedownApplied(long takedownId, ContentKind kind, long itemId, boolean everywhere, Set<String> markets,
        Ground ground, String groundReference, String reasonCode, String explanation, String decidedBy,
        Instant decidedAt, @Nullable Long legalOrderId) {

    public TakedownApplied {
        markets = Set.copyOf(markets);
    }
}
