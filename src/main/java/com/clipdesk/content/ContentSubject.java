package com.clipdesk.content;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An item of any kind as a report shows it: what it says, who wrote it, where it is visible, and
 * the route of its own page where it has one.
 */
public record ContentSubject(ContentKind kind, long id, String context, String text, String language,
        String authorHandle, Set<String> markets, ContentState state, Instant createdAt,
        @Nullable String recipientHandle) {

    /** The item's own page ("moments/42"), or null for kinds seen only through reports. */
    public @Nullable String route() {
        return kind.route() == null ? null : kind.route() + "/" + id;
    }
}
