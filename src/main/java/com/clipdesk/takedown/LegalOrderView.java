package com.clipdesk.takedown;

import com.clipdesk.content.ContentKind;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A legal order as the takedowns page shows it. */
public record LegalOrderView(long id, String authority, String reference, Instant receivedAt, Instant deadline,
        ContentKind kind, long itemId, Set<String> markets, LegalOrderStatus status, @Nullable Long takedownId,
        String recordedBy, @Nullable Instant closedAt, @Nullable String closedNote, long version) {

    /** Open past its deadline. */
    public boolean overdue(Instant now) {
        return status == LegalOrderStatus.OPEN && now.isAfter(deadline);
    }

    /** Time left to the deadline (negative once overdue). */
    public Duration timeLeft(Instant now) {
        return Duration.between(now, deadline);
    }

    /** Closed after its deadline (fulfilled or rejected late). */
    public boolean closedLate() {
        return closedAt != null && closedAt.isAfter(deadline);
    }

    public String itemRoute() {
        return kind.route() + "/" + itemId;
    }
}
