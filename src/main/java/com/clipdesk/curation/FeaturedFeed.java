package com.clipdesk.curation;

import com.clipdesk.catalog.CatalogService;
import com.clipdesk.content.Moment;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the product shows: a board's published order, limited to the slots whose schedule includes
 * the instant asked about. For the machine API, which authorizes by scope (no staff member).
 */
@Service
@Transactional(readOnly = true)
public class FeaturedFeed {

    private final FeaturedBoardRepository boards;
    private final CatalogService catalog;
    private final EntityManager em;

    FeaturedFeed(FeaturedBoardRepository boards, CatalogService catalog, EntityManager em) {
        this.boards = boards;
        this.catalog = catalog;
        this.em = em;
    }

    /** One featured Moment as the product needs it. */
    public record Item(int position, long momentId, long titleId, String titleName, long episodeId,
            String episodeLabel, int startSecond, int endSecond, String caption, @Nullable Instant startsAt,
            @Nullable Instant endsAt) {}

    /** The feed; {@code revision} moves with each publication or withdrawal (with the items, the ETag). */
    public record Feed(String market, Surface surface, int revision, @Nullable Instant publishedAt, List<Item> items) {}

    public boolean knowsMarket(String market) {
        return catalog.markets().stream().anyMatch(m -> m.code().equals(market));
    }

    /** The published Moments shown at {@code now}; empty items when the board was never published. */
    public Feed at(String market, Surface surface, Instant now) {
        Optional<FeaturedBoard> found = boards.findByMarketCodeAndSurface(market, surface);
        if (found.isEmpty()) {
            return new Feed(market, surface, 0, null, List.of());
        }
        FeaturedBoard board = found.get();
        List<FeaturedSlot> live = board.published().stream().filter(s -> s.liveAt(now)).toList();
        if (live.isEmpty()) {
            return new Feed(market, surface, board.getPublishedRevision(), board.getPublishedAt(), List.of());
        }
        Map<Long, Moment> byId = em.createQuery("""
                select m from Moment m join fetch m.episode e join fetch e.season s join fetch s.title
                where m.id in :ids""", Moment.class)
                .setParameter("ids", live.stream().map(FeaturedSlot::getMomentId).toList()).getResultList().stream()
                .collect(Collectors.toMap(Moment::getId, Function.identity()));
        List<Item> items = new java.util.ArrayList<>();
        for (FeaturedSlot s : live) {
            Moment m = byId.get(s.getMomentId());
            var episode = m.getEpisode();
            items.add(new Item(items.size() + 1, m.getId(), episode.getSeason().getTitle().getId(),
                    episode.getSeason().getTitle().getName(), episode.getId(), episode.label(), m.getStartSecond(),
                    m.getEndSecond(), m.getCaption(), s.getStartsAt(), s.getEndsAt()));
        }
        return new Feed(market, surface, board.getPublishedRevision(), board.getPublishedAt(), List.copyOf(items));
    }
}
