package com.clipdesk.takedown;

import com.clipdesk.content.ContentKind;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A takedown was narrowed or lifted (published in its transaction): the item shows again in the
 * markets in {@code marketsBefore} but not in {@code marketsAfter} (empty after a lift).
 *
 * @param change {@link TakedownAction#NARROWED} or {@link TakedownAction#LIFTED}
 * @param everywhereBefore it was in force everywhere before this change
 * @param appealId the appeal whose outcome this change carries out, if any (its own event tells the member)
 */
public record TakedownChanged(long takedownId, ContentKind kind, long itemId, TakedownAction change,
        boolean everywhereBefore, Set<String> marketsBefore, Set<String> marketsAfter, Ground ground,
        String reasonCode, String reason, String decidedBy, Instant at, @Nullable Long appealId) {

    public TakedownChanged {
        marketsBefore = Set.copyOf(marketsBefore);
        marketsAfter = Set.copyOf(marketsAfter);
    }
}
