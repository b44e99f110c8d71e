package com.clipdesk.delivery;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of a webhook's delivery log: the entry tried, the HTTP status (none on a timeout or refused connection), how long it took. */
public record DeliveryAttempt(long seq, Instant attemptedAt, @Nullable Integer statusCode, int latencyMillis,
        @Nullable String error) {

    public boolean succeeded() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }
}
