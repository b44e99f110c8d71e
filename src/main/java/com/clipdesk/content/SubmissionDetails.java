package com.clipdesk.content;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Everything the fandom submission page shows. */
public record SubmissionDetails(long id, long titleId, String titleName, SubmissionKind kind, String body,
        @Nullable String mediaRef, String language, long creatorId, String creatorHandle, String creatorMarket, Instant createdAt,
        ContentState state, int reportCount, Set<String> tags, Set<String> markets, long version) {

    static SubmissionDetails of(FandomSubmission s) {
        return new SubmissionDetails(s.getId(), s.getTitle().getId(), s.getTitle().getName(), s.getKind(), s.getBody(),
                s.getMediaRef(), s.getLanguage(), s.getCreator().getId(), s.getCreator().getHandle(), s.getCreator().getHomeMarket(),
                s.getCreatedAt(), s.getState(), s.getReportCount(), s.getTags(), s.getMarkets(), s.getVersion());
    }
}
