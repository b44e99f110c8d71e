package com.clipdesk.strike;

import com.clipdesk.content.ContentKind;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A strike as staff see it on the member page, with its status now. */
public record StrikeView(long id, long memberId, long takedownId, ContentKind itemKind, long itemId,
        String reasonCode, String clause, String issuedBy, Instant issuedAt, Instant expiresAt, StrikeStatus status,
        @Nullable Instant takedownLiftedAt, @Nullable Instant voidedAt, @Nullable String voidedBy,
        @Nullable String voidReason, long version) {

    public boolean active() {
        return status == StrikeStatus.ACTIVE;
    }
}
