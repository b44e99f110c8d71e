package com.clipdesk.delivery;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The RabbitMQ relay as the admin page shows it: on or off, how far it got, what went wrong last. */
public record RelayStatus(boolean enabled, String exchange, long cursor, long lag, int failures,
        Instant nextAttemptAt, @Nullable Instant lastPublishedAt, @Nullable String lastError) {}
