package com.clipdesk.curation;

import com.clipdesk.content.Moment;
import com.clipdesk.policy.PolicyDecisions;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the product shows: a board's published order, limited to the slots whose schedule includes
 * the instant asked about. For the machine API, which authorizes by scope (no staff member).
 *
 * <p>The published slots with their Moments are kept in memory per board. A publication or a
 * withdrawal committed on this node drops the board's snapshot at once (after commit), so this node
 * never serves what it changed. A change made on another node is seen when this node re-reads the
 * board's version, at most every {@code clipdesk.curation.featured-recheck} (1 s) per board: that bounds
 * how stale another node's answer can be, and spares the database a query per request (which capped the
 * API at a few hundred requests per second; {@code FeaturedApiBench}, docs/curation.md).
 */
@Service
public class FeaturedFeed {

    private final PolicyDecisions policies;
    private final EntityManager em;
    private final TransactionTemplate readOnly;
    private final Map<BoardKey, Snapshot> snapshots = new ConcurrentHashMap<>();
    /** How often this node re-reads a board's version to learn of changes made on other nodes. */
    private volatile long recheckNanos;

    FeaturedFeed(PolicyDecisions policies, EntityManager em, PlatformTransactionManager transactions,
            @Value("${clipdesk.curation.featured-recheck:PT1S}") Duration recheck) {
        this.policies = policies;
        this.em = em;
        recheck(recheck);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** One featured Moment as the product needs it. */
    public record Item(int position, long momentId, long titleId, String titleName, long episodeId,
            String episodeLabel, int startSecond, int endSecond, String caption, @Nullable Instant startsAt,
            @Nullable Instant endsAt) {}

    /** The feed; {@code revision} moves with each publication or withdrawal (with the items, the ETag). */
    public record Feed(String market, Surface surface, @Nullable Long titleId, int revision, @Nullable Instant publishedAt,
            List<Item> items) {}

    /**
     * A board's published order at one version, every slot whatever its schedule, and when this node last
     * read the version ({@link System#nanoTime()}). {@code version} -1: no board (yet); -2: dropped after a
     * change on this node (each drop a new instance, so a request that read before it cannot put its
     * older answer back).
     */
    private record Snapshot(long version, int revision, @Nullable Instant publishedAt, List<Item> items, long checkedAt) {

        static Snapshot dropped() {
            return new Snapshot(-2, 0, null, List.of(), Long.MIN_VALUE);
        }

        Snapshot checked(long at) {
            return new Snapshot(version, revision, publishedAt, items, at);
        }

        boolean due(long now, long recheckNanos) {
            return version == -2 || now - checkedAt >= recheckNanos;
        }
    }

    /** Zero: re-read the version on every request (what the bench compares against). */
    void recheck(Duration every) {
        if (every.isNegative()) {
            throw new IllegalArgumentException("clipdesk.curation.featured-recheck must not be negative: " + every);
        }
        recheckNanos = every.toNanos();
    }

    /** From the policies' compiled market list in memory (a market added since is read once). */
    public boolean knowsMarket(String market) {
        return policies.knowsMarket(market);
    }

    /** Whether a title of that id exists (the API answers 404 for one that does not); from memory. */
    public boolean knowsTitle(long titleId) {
        return policies.title(titleId) != null;
    }

    /**
     * The published Moments of the board shown at {@code now}; empty items when it was never published.
     * The key's market is taken as given (the API spells it), its surface and title must fit.
     */
    public Feed at(BoardKey key, Instant now) {
        if (key.mismatch() != null) {
            throw new IllegalArgumentException(key.mismatch());
        }
        Snapshot known = snapshots.get(key);
        long checkedAt = System.nanoTime();
        Snapshot snapshot = known;
        if (known == null || known.due(checkedAt, recheckNanos)) {
            snapshot = java.util.Objects.requireNonNull(readOnly.execute(tx -> fresh(key, known, checkedAt)));
            if (known == null) {
                snapshots.putIfAbsent(key, snapshot);
            } else {
                snapshots.replace(key, known, snapshot);
            }
        }
        List<Item> live = new ArrayList<>();
        for (Item i : snapshot.items()) {
            if ((i.startsAt() == null || !now.isBefore(i.startsAt())) && (i.endsAt() == null || now.isBefore(i.endsAt()))) {
                live.add(new Item(live.size() + 1, i.momentId(), i.titleId(), i.titleName(), i.episodeId(),
                        i.episodeLabel(), i.startSecond(), i.endSecond(), i.caption(), i.startsAt(), i.endsAt()));
            }
        }
        return new Feed(key.market(), key.surface(), key.titleId(), snapshot.revision(), snapshot.publishedAt(),
                List.copyOf(live));
    }

    @TransactionalEventListener
    void on(FeaturedBoardPublished published) {
        snapshots.put(published.board(), Snapshot.dropped());
    }

    @TransactionalEventListener
    void on(FeaturedMomentWithdrawn withdrawn) {
        snapshots.put(new BoardKey(withdrawn.market(), withdrawn.surface(), withdrawn.titleId()), Snapshot.dropped());
    }

    /** The known snapshot when the board's version did not move, else the board read again. */
    private Snapshot fresh(BoardKey key, @Nullable Snapshot known, long checkedAt) {
        List<Long> version = em.createQuery("select b.version from FeaturedBoard b where b.marketCode = :market"
                + " and b.surface = :surface and b.titleKey = :title", Long.class).setParameter("market", key.market())
                .setParameter("surface", key.surface()).setParameter("title", key.titleKey()).getResultList();
        if (version.isEmpty()) {
            return new Snapshot(-1, 0, null, List.of(), checkedAt);
        }
        if (known != null && known.version() == version.getFirst()) {
            return known.checked(checkedAt);
        }
        return load(key, checkedAt);
    }

    private Snapshot load(BoardKey key, long checkedAt) {
        FeaturedBoard board = em.createQuery("select b from FeaturedBoard b where b.marketCode = :market"
                + " and b.surface = :surface and b.titleKey = :title", FeaturedBoard.class)
                .setParameter("market", key.market()).setParameter("surface", key.surface())
                .setParameter("title", key.titleKey()).getSingleResult();
        List<FeaturedSlot> published = board.published();
        if (published.isEmpty()) {
            return new Snapshot(board.getVersion(), board.getPublishedRevision(), board.getPublishedAt(), List.of(),
                    checkedAt);
        }
        Map<Long, Moment> byId = em.createQuery("""
                select m from Moment m join fetch m.episode e join fetch e.season s join fetch s.title
                where m.id in :ids""", Moment.class)
                .setParameter("ids", published.stream().map(FeaturedSlot::getMomentId).toList()).getResultList().stream()
                .collect(Collectors.toMap(Moment::getId, Function.identity()));
        List<Item> items = new ArrayList<>();
        for (FeaturedSlot s : published) {
            Moment m = byId.get(s.getMomentId());
            var episode = m.getEpisode();
            items.add(new Item(items.size() + 1, m.getId(), episode.getSeason().getTitle().getId(),
                    episode.getSeason().getTitle().getName(), episode.getId(), episode.label(), m.getStartSecond(),
                    m.getEndSecond(), m.getCaption(), s.getStartsAt(), s.getEndsAt()));
        }
        return new Snapshot(board.getVersion(), board.getPublishedRevision(), board.getPublishedAt(), List.copyOf(items),
                checkedAt);
    }
}
