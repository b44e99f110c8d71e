package com.clipdesk.curation;

import org.jspecify.annotations.Nullable;

/**
 * A featured Moment left a board because it may no longer be featured in the board's market (taken
 * down, removed, held back there, or outside its sharing policy). Published in the transaction of the
 * change that caused it. {@code titleId}: the title of a title page board, null for a home row.
 */
public record FeaturedMomentWithdrawn(String market, Surface surface, @Nullable Long titleId, long momentId, String reason) {}
