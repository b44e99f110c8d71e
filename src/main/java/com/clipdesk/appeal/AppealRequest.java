package com.clipdesk.appeal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An appeal as staff record it (received by mail, phone...) or as the member app sends it.
 *
 * @param memberHandle the appellant; must be the item's creator (null from staff: the creator)
 * @param receivedAt when it reached us (null: now)
 */
public record AppealRequest(@Nullable AppealedDecision decision, long decisionId, @Nullable String memberHandle,
        @Nullable AppealChannel channel, @Nullable String statement, @Nullable Instant receivedAt) {}
