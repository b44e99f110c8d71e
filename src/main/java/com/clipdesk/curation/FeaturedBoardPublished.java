package com.clipdesk.curation;

import java.time.Instant;

/**
 * A curator published a board: from now on the featured API serves its draft's order there.
 * Published in the publication's transaction.
 */
public record FeaturedBoardPublished(BoardKey board, int revision, int moments, String by, Instant at) {}
