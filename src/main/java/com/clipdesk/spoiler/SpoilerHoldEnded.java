package com.clipdesk.spoiler;

import com.clipdesk.content.ContentKind;
import java.time.Instant;

/**
 * A scheduled hold of an item ended in a market (published in the transaction that applies it): the
 * release came there ({@code embargo} true: embargo lifted) or its spoiler window passed. Members of
 * the market see the item now unless another hold keeps it.
 */
public record SpoilerHoldEnded(ContentKind kind, long itemId, String market, boolean embargo, Instant dueAt,
        Instant appliedAt) {}
