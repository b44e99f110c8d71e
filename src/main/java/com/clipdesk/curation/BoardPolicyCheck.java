package com.clipdesk.curation;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Policy versions published for later, and blackouts starting on their own date, change what may be
 * featured without any event at that time: each check re-checks the boards of the markets whose policy
 * changed since the previous one (every board on the first check after start, which also covers what fell
 * due while the application was down). {@link CurationSchedule} runs it every minute; tests call it.
 */
@Component
class BoardPolicyCheck {

    private final CurationService curation;
    private final Clock clock;
    private final AtomicReference<@Nullable Instant> lastChecked = new AtomicReference<>();

    BoardPolicyCheck(CurationService curation, Clock clock) {
        this.curation = curation;
        this.clock = clock;
    }

    /** How many Moments left a board. The window only moves on when the check committed. */
    synchronized int check() {
        Instant now = clock.instant();
        Instant since = lastChecked.get();
        // a clock set back (tests, or a corrected host clock): re-check everything rather than miss a change
        int withdrawn = curation.recheckPolicyChanges(since == null || now.isBefore(since) ? null : since, now);
        lastChecked.set(now);
        return withdrawn;
    }
}
