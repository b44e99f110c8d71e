package com.clipdesk.curation;

import com.clipdesk.policy.PolicyDecisions;
import com.clipdesk.content.Moment;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the product shows: a board's published order, limited to the slots whose schedule includes
 * the instant asked about. For the machine API, which authorizes by scope (no staff member).
 *
 * <p>The published slots with their Moments are kept in memory per board and version: each request
 * reads only the board's version (one indexed row), and reloads when it moved (any change, on any
 * node, including a withdrawal), so the answer is never staler than the database.
 */
@Service
@Transactional(readOnly = true)
public class FeaturedFeed {

    private final PolicyDecisions policies;
    private final EntityManager em;
    private final Map<String, Snapshot> snapshots = new ConcurrentHashMap<>();

    FeaturedFeed(PolicyDecisions policies, EntityManager em) {
        this.policies = policies;
        this.em = em;
    }

    /** One featured Moment as the product needs it. */
    public record Item(int position, long momentId, long titleId, String titleName, long episodeId,
            String episodeLabel, int startSecond, int endSecond, String caption, @Nullable Instant startsAt,
            @Nullable Instant endsAt) {}

    /** The feed; {@code revision} moves with each publication or withdrawal (with the items, the ETag). */
    public record Feed(String market, Surface surface, @Nullable Long titleId, int revision, @Nullable Instant publishedAt,
            List<Item> items) {}

    /** A board's published order at one version, every slot whatever its schedule. */
    private record Snapshot(long version, int revision, @Nullable Instant publishedAt, List<Item> items) {}

    /** From the policies' compiled market list in memory (a market added since is read once). */
    public boolean knowsMarket(String market) {
        return policies.knowsMarket(market);
    }

    /** Whether a title of that id exists (the API answers 404 for one that does not). */
    public boolean knowsTitle(long titleId) {
        return em.find(com.clipdesk.catalog.Title.class, titleId) != null;
    }

    /**
     * The published Moments of the board shown at {@code now}; empty items when it was never published.
     * The key's market is taken as given (the API spells it), its surface and title must fit.
     */
    public Feed at(BoardKey board, Instant now) {
        if (board.mismatch() != null) {
            throw new IllegalArgumentException(board.mismatch());
        }
        String market = board.market();
        Surface surface = board.surface();
        List<Long> version = em.createQuery("select b.version from FeaturedBoard b where b.marketCode = :market"
                + " and b.surface = :surface and b.titleKey = :title", Long.class).setParameter("market", market)
                .setParameter("surface", surface).setParameter("title", board.titleKey()).getResultList();
        if (version.isEmpty()) {
            return new Feed(market, surface, board.titleId(), 0, null, List.of());
        }
        String key = market + "|" + surface + "|" + board.titleKey();
        Snapshot snapshot = snapshots.get(key);
        if (snapshot == null || snapshot.version() != version.getFirst()) {
            snapshot = load(board);
            snapshots.put(key, snapshot);
        }
        List<Item> live = new ArrayList<>();
        for (Item i : snapshot.items()) {
            if ((i.startsAt() == null || !now.isBefore(i.startsAt())) && (i.endsAt() == null || now.isBefore(i.endsAt()))) {
                live.add(new Item(live.size() + 1, i.momentId(), i.titleId(), i.titleName(), i.episodeId(),
                        i.episodeLabel(), i.startSecond(), i.endSecond(), i.caption(), i.startsAt(), i.endsAt()));
            }
        }
        return new Feed(market, surface, board.titleId(), snapshot.revision(), snapshot.publishedAt(),
                List.copyOf(live));
    }

    private Snapshot load(BoardKey key) {
        FeaturedBoard board = em.createQuery("select b from FeaturedBoard b where b.marketCode = :market"
                + " and b.surface = :surface and b.titleKey = :title", FeaturedBoard.class)
                .setParameter("market", key.market()).setParameter("surface", key.surface())
                .setParameter("title", key.titleKey()).getSingleResult();
        List<FeaturedSlot> published = board.published();
        if (published.isEmpty()) {
            return new Snapshot(board.getVersion(), board.getPublishedRevision(), board.getPublishedAt(), List.of());
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
        return new Snapshot(board.getVersion(), board.getPublishedRevision(), board.getPublishedAt(), List.copyOf(items));
    }
}
