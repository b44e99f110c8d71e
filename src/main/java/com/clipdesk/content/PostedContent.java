package com.clipdesk.content;

import java.time.Instant;
import java.util.Set;

/**
 * When and in what an item was posted, as a statement of reasons needs it: the posting time, the
 * language of its text (an ISO 639 code as members' apps send it, e.g. "pt") and its media.
 */
public record PostedContent(ContentKind kind, long id, Instant postedAt, String language, Set<ContentMedium> media) {

    public PostedContent {
        media = Set.copyOf(media);
    }
}
