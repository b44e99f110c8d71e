package com.clipdesk.appeal;

import com.clipdesk.content.ContentKind;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An appeal was decided (published in the decision's transaction, after its effects on the item:
 * a listener that fails rolls the whole decision back). For strikes (an overturn voids the strike
 * the decision gave), member notices, statements of reasons and the decision feed.
 *
 * @param decision what was appealed: a takedown or a review decision
 * @param decisionId the takedown's id or the review decision's id
 * @param appellantId the member who appealed; null for an appeal by a third party (e.g. a reporter)
 * @param marketsBefore where the appealed decision was in force before (empty when it was global)
 * @param marketsAfter where it is in force after (empty after an overturn)
 * @param reasonCode the appealed decision's reason code, for overturn rates per code
 * @param itemMarkets the item's markets when the appeal was filed (whose staff see the appeal), for
 *     overturn rates per market
 */
public record AppealDecided(long appealId, AppealedDecision decision, long decisionId, ContentKind itemKind,
        long itemId, @Nullable Long appellantId, AppealOutcome outcome, boolean everywhereBefore,
        Set<String> marketsBefore, Set<String> marketsAfter, String reasonCode, String note, String decidedBy,
        Instant decidedAt, Set<String> itemMarkets) {

    public AppealDecided {
        marketsBefore = Set.copyOf(marketsBefore);
        marketsAfter = Set.copyOf(marketsAfter);
        itemMarkets = Set.copyOf(itemMarkets);
    }
}
