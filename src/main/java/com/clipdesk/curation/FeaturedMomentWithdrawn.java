package com.clipdesk.curation;

/**
 * A featured Moment left a board because it may no longer be featured in the board's market (taken
 * down, removed, held back there, or outside its sharing policy). Published in the transaction of the
 * change that caused it.
 */
public record FeaturedMomentWithdrawn(String market, Surface surface, long momentId, String reason) {}
