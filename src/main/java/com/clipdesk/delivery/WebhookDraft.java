package com.clipdesk.delivery;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A new webhook as staff enter it. Empty filters take every entry; {@code fromSeq} null starts after
 * the feed's current head (only entries committed from now on), otherwise delivery starts at that seq.
 */
public record WebhookDraft(String name, String url, Set<String> entryTypes, Set<String> marketCodes,
        @Nullable Long fromSeq) {}
