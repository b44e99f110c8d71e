package com.clipdesk.ingest;

import com.clipdesk.content.ContentRef;
import java.time.Instant;
import java.util.Set;

/**
 * A new item arrived through the ingest API (published in the ingesting transaction; listeners that
 * search for it run after commit, when it is indexed). Not published for updates of known items nor
 * for duplicates. {@code markets} are the markets the item is visible in.
 */
public record ContentIngested(ContentRef item, String externalId, Set<String> markets, Instant at) {}
