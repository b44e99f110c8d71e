package com.clipdesk.rules;

import com.clipdesk.content.ContentKind;
import java.time.Instant;
import java.util.Set;

/** One item a rule matched, as the rules page lists it; {@code route} opens the item's page. */
public record RuleHit(long id, long ruleId, ContentKind itemKind, long itemId, Set<String> markets, RuleMode mode,
        RuleAction action, HitOutcome outcome, String detail, int revision, Instant at) {

    public String route() {
        return itemKind.route() + "/" + itemId;
    }
}
