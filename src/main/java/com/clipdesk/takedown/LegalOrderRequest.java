package com.clipdesk.takedown;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An authority's order as staff enter it; without a deadline, received + 1 hour (EU removal orders). */
public record LegalOrderRequest(@Nullable String authority, @Nullable String reference, @Nullable Instant receivedAt,
        @Nullable Instant deadline) {}
