package com.clipdesk.content;

import java.time.Instant;
import java.util.Set;

/**
 * When and in what an item was posted, as a statement of reasons needs it: the posting time, the
 * language of its text (an ISO 639 code as members' apps send it, e.g. "pt"), its media, and the
 * markets where it is visible (where a removal takes effect).
 */
public record PostedContent(ContentKind kind, long id, Instant postedAt, String language, Set<ContentMedium> media,
        Set<String> markets) {

    public PostedContent {
        media = Set.copyOf(media);
        markets = Set.copyOf(markets);
    }
}
