package com.clipdesk.content;

import java.time.Instant;
import java.util.Set;

/** One line of the fandom submissions grid. */
public record SubmissionRow(long id, String titleName, SubmissionKind kind, String excerpt, String language,
        String creatorHandle, Instant createdAt, ContentState state, int reportCount, Set<String> markets) {

    static final int EXCERPT_LENGTH = 140;

    static SubmissionRow of(FandomSubmission s) {
        String body = s.getBody();
        String excerpt = body.length() > EXCERPT_LENGTH ? body.substring(0, EXCERPT_LENGTH - 1) + "…" : body;
        return new SubmissionRow(s.getId(), s.getTitle().getName(), s.getKind(), excerpt, s.getLanguage(),
                s.getCreator().getHandle(), s.getCreatedAt(), s.getState(), s.getReportCount(), s.getMarkets());
    }
}
