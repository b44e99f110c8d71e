package com.clipdesk.content;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Optional;
import org.springframework.cache.Cache;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Share-link status for the product's link resolver: whether a link resolves for members in a market,
 * and if not, why. Machine clients ask this at the rate members click links, so the facts of a link
 * are cached per token ({@link ShareLinkCacheConfiguration}: bounded, short TTL as a safety net) and
 * evicted after the commit of every change to what members see of its Moment
 * ({@link ContentVisibilityChanged}: takedowns, review removals and approvals, spoiler flags).
 *
 * <p>A read that started before such a commit must not put its stale facts back after the
 * eviction: every token hashes to one of {@link #STRIPES} generation counters, eviction bumps the
 * counter, and a read caches its facts only if the counter did not move while it read.
 */
@Service
public class ShareLinkStatuses {

    static final int STRIPES = 1024;

    private final EntityManager em;
    private final TransactionTemplate readOnly;
    private final Cache cache;
    private final Clock clock;
    private final long[] generations = new long[STRIPES];
    private final Object[] locks = new Object[STRIPES];

    ShareLinkStatuses(EntityManager em, PlatformTransactionManager transactions,
            @org.springframework.beans.factory.annotation.Qualifier(ShareLinkCacheConfiguration.CACHE) Cache cache,
            Clock clock) {
        this.em = em;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.cache = cache;
        this.clock = clock;
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new Object();
        }
    }

    /**
     * The link's status for members in {@code market} (an upper-case code), or empty for an unknown
     * token. Not a staff call: the API's own security decides who may ask.
     */
    public Optional<ShareLinkStatus> status(String token, String market) {
        return facts(token).map(f -> f.in(market, clock.instant()));
    }

    Optional<ShareLinkFacts> facts(String token) {
        ShareLinkFacts cached = cache.get(token, ShareLinkFacts.class);
        if (cached != null) {
            return Optional.of(cached);
        }
        int stripe = stripe(token);
        long generation;
        synchronized (locks[stripe]) {
            generation = generations[stripe];
        }
        Optional<ShareLinkFacts> read = readOnly.execute(tx -> read(token));
        read.ifPresent(facts -> {
            synchronized (locks[stripe]) {
                if (generations[stripe] == generation) {
                    cache.put(token, facts);
                }
            }
        });
        return read;
    }

    private Optional<ShareLinkFacts> read(String token) {
        return em.createQuery("select l from ShareLink l join fetch l.moment where l.token = :token", ShareLink.class)
                .setParameter("token", token)
                .getResultStream()
                .findFirst()
                .map(link -> {
                    Moment m = link.getMoment();
                    return new ShareLinkFacts(link.getToken(), m.getId(), link.isRevoked(), m.getState(), m.getMarkets(),
                            m.getBlockedMarkets(), m.isSpoiler(), m.getHolds(), clock.instant());
                });
    }

    /** After commit, synchronously: the next request reads the committed state. */
    @TransactionalEventListener
    void on(ContentVisibilityChanged change) {
        change.shareLinkTokens().forEach(this::evict);
    }

    void evict(String token) {
        int stripe = stripe(token);
        synchronized (locks[stripe]) {
            generations[stripe]++;
            cache.evict(token);
        }
    }

    private static int stripe(String token) {
        return Math.floorMod(token.hashCode(), STRIPES);
    }
}
