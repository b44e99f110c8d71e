package com.clipdesk.ingest;

import com.clipdesk.content.ContentKind;
import org.jspecify.annotations.Nullable;

/** What an external id names on the product's side. Stored by name in {@code external_ref.kind}. */
public enum ExternalKind {
    MEMBER,
    MOMENT,
    SHARE_LINK,
    FANDOM_SUBMISSION,
    WATCH_PARTY,
    WATCH_PARTY_MESSAGE,
    PRIVATE_RECOMMENDATION,
    REPORT,
    APPEAL;

    /** The external kind of a content kind (the names match). */
    public static ExternalKind of(ContentKind kind) {
        return valueOf(kind.name());
    }

    /** The content kind this names, or null for members, share links, watch parties, reports, appeals. */
    public @Nullable ContentKind contentKind() {
        return switch (this) {
            case MOMENT -> ContentKind.MOMENT;
            case FANDOM_SUBMISSION -> ContentKind.FANDOM_SUBMISSION;
            case WATCH_PARTY_MESSAGE -> ContentKind.WATCH_PARTY_MESSAGE;
            case PRIVATE_RECOMMENDATION -> ContentKind.PRIVATE_RECOMMENDATION;
            default -> null;
        };
    }
}
