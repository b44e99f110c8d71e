package com.clipdesk.content;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What review needs to know of an item when a case opens: its snapshot (context, text, author,
 * state), its creator for their history, where it is visible and how far it has spread.
 */
public record ReviewFacts(ContentKind kind, long id, String context, String text, @Nullable Long creatorId,
        String creatorHandle, ContentState state, Set<String> markets, int shareCount) {}
