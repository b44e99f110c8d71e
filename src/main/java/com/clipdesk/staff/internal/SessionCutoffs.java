package com.clipdesk.staff.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Each staff member's "sessions valid after" instant as the database holds it, read at most every
 * {@code clipdesk.security.session-check-interval} (default 5 s) per member on each node. That interval
 * is the bound on how long a session another node ended keeps working here; on the node that ended it,
 * {@link #forget} makes it immediate. Public only for {@link com.clipdesk.staff.StaffDirectory}.
 */
@Component
public class SessionCutoffs {

    private record Cached(@Nullable Instant validAfter, long readAtNanos) {}

    private final StaffMemberRepository members;
    private final long maxAgeNanos;
    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

    SessionCutoffs(StaffMemberRepository members,
            @Value("${clipdesk.security.session-check-interval:PT5S}") Duration checkInterval) {
        this.members = members;
        this.maxAgeNanos = checkInterval.toNanos();
    }

    /** Sessions of {@code subject} authenticated before this are ended; null: none are. */
    @Nullable
    Instant validAfter(String subject) {
        long now = System.nanoTime();
        Cached cached = cache.get(subject);
        if (cached == null || now - cached.readAtNanos() >= maxAgeNanos) {
            Optional<Instant> read = members.findSessionsValidAfter(subject);
            cached = new Cached(read.orElse(null), now);
            if (cache.size() > 10_000) {
                cache.clear(); // staff are a few hundred; this only bounds memory against surprises
            }
            cache.put(subject, cached);
        }
        return cached.validAfter();
    }

    /** Reads {@code subject}'s cut-off again on the next request (after this node changed it). */
    public void forget(String subject) {
        cache.remove(subject);
    }
}
