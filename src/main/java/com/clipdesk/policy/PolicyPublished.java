package com.clipdesk.policy;

import java.time.Instant;

/** A policy version was published (in its transaction): the decision API recompiles its policies. */
public record PolicyPublished(long versionId, String market, int number, Instant effectiveAt, String publishedBy) {}
