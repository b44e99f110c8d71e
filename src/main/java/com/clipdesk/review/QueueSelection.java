package com.clipdesk.review;

import com.clipdesk.content.ContentKind;
import org.jspecify.annotations.Nullable;

/**
 * Which queue a reviewer works: a lane, and optionally one market, content kind and category.
 * Unset parts mean "all of them in my markets".
 */
public record QueueSelection(Lane lane, @Nullable String market, @Nullable ContentKind kind,
        @Nullable QueueCategory category) {

    public static QueueSelection all(Lane lane) {
        return new QueueSelection(lane, null, null, null);
    }

    public static QueueSelection moderation() {
        return all(Lane.MODERATION);
    }
}
