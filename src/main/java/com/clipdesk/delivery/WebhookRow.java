package com.clipdesk.delivery;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A webhook subscription as the admin page lists it; never carries the secret. */
public record WebhookRow(long id, String name, String url, Set<String> entryTypes, Set<String> marketCodes,
        WebhookState state, long cursor, long lag, int failures, Instant nextAttemptAt,
        @Nullable Instant lastAttemptAt, @Nullable Instant lastDeliveredAt, @Nullable Integer lastStatus,
        @Nullable String lastError, Instant createdAt, String createdBy) {

    static WebhookRow of(WebhookSubscription s, long head) {
        return new WebhookRow(s.getId(), s.getName(), s.getUrl(), s.getEntryTypes(), s.getMarketCodes(),
                s.getState(), s.getCursorSeq(), Math.max(0, head - s.getCursorSeq()), s.getFailures(),
                s.getNextAttemptAt(), s.getLastAttemptAt(), s.getLastDeliveredAt(), s.getLastStatus(),
                s.getLastError(), s.getCreatedAt(), s.getCreatedBy());
    }
}
