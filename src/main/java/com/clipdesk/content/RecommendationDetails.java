package com.clipdesk.content;

import java.time.Instant;

/** Everything the private recommendation page shows (only for a reported one). */
public record RecommendationDetails(long id, String senderHandle, String recipientHandle, String titleName,
        String message, String language, String market, ContentState state, Instant createdAt, int reportCount) {

    static RecommendationDetails of(PrivateRecommendation r) {
        return new RecommendationDetails(r.getId(), r.getSender().getHandle(), r.getRecipient().getHandle(),
                r.getTitle().getName(), r.getMessage(), r.getLanguage(), r.getMarketCode(), r.getState(),
                r.getCreatedAt(), r.getReportCount());
    }
}
