package com.clipdesk.strike;

import com.clipdesk.content.ContentKind;
import java.time.Instant;

/**
 * A restriction of a member came into force (published in its transaction): automatically at an
 * APPLY threshold, or a lead applied a recommended one. For the statement of reasons (a partial
 * suspension of the service) and the decision feed.
 *
 * @param automatic the system applied it at the threshold, nobody reviewed it
 * @param lastStrikeItemKind the item of the newest active strike, the content the statement names
 * @param lastStrikeReasonCode that strike's reason code, for the statement's category
 */
public record RestrictionApplied(long restrictionId, long memberId, String code, String label, Instant startsAt,
        Instant endsAt, int strikeCount, String appliedBy, boolean automatic, ContentKind lastStrikeItemKind,
        long lastStrikeItemId, String lastStrikeReasonCode, String lastStrikeClause) {}
