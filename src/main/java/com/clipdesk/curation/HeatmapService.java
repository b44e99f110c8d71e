package com.clipdesk.curation;

import com.clipdesk.catalog.Episode;
import com.clipdesk.content.ContentState;
import com.clipdesk.content.Moment;
import com.clipdesk.curation.Heatmap.Candidate;
import com.clipdesk.curation.Heatmap.PeakView;
import com.clipdesk.shared.NotFoundException;
import com.clipdesk.shared.OutOfScopeException;
import com.clipdesk.staff.CurrentStaff;
import com.clipdesk.staff.SignedInStaff;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The candidate finder: where in an episode members clip most. The database groups the episode's
 * Moments by span (start, end) and counts them, so only distinct spans travel, never the entities;
 * {@link ClipDensity} turns them into a per-second density. Filtered by market (only Moments members
 * there may see now) and by creation period.
 */
@Service
@Transactional(readOnly = true)
public class HeatmapService {

    static final int PEAKS = 5;
    static final int PEAK_GAP_SECONDS = 30;
    static final int BEST_PER_PEAK = 3;

    private final CurrentStaff currentStaff;
    private final EntityManager em;
    private final Clock clock;

    HeatmapService(CurrentStaff currentStaff, EntityManager em, Clock clock) {
        this.currentStaff = currentStaff;
        this.em = em;
        this.clock = clock;
    }

    /** What the heatmap is asked for: an episode, and optionally a market and a creation period [from, to). */
    public record Query(long episodeId, @Nullable String market, @Nullable Instant from, @Nullable Instant to) {}

    /** An episode to pick: "S1 E3 · The Reckoning". */
    public record EpisodeChoice(long id, int season, int number, String label) {}

    /** A title's episodes by season and number, for the picker. */
    public List<EpisodeChoice> episodes(long titleId) {
        currentStaff.require(CurationService.CURATORS);
        return em.createQuery("""
                select e from Episode e join fetch e.season s join fetch s.title where s.title.id = :title order by s.number, e.number""",
                Episode.class).setParameter("title", titleId).getResultStream()
                .map(e -> new EpisodeChoice(e.getId(), e.getSeason().getNumber(), e.getNumber(), e.label())).toList();
    }

    public Heatmap heatmap(Query q) {
        SignedInStaff staff = currentStaff.require(CurationService.CURATORS);
        if (q.market() != null && !staff.scope().includes(q.market())) {
            throw new OutOfScopeException("Market", q.market());
        }
        if (q.market() == null && !staff.scope().allMarkets()) {
            throw new OutOfScopeException("Every market", "");
        }
        return compute(q);
    }

    /** The heatmap without the staff check (the benchmark measures this path). */
    Heatmap compute(Query q) {
        Episode episode = em.find(Episode.class, q.episodeId());
        if (episode == null) {
            throw new NotFoundException("Episode", q.episodeId());
        }
        Instant now = clock.instant();
        List<Object[]> spans = bind(em.createQuery("select m.startSecond, m.endSecond, count(m) from Moment m "
                + where(q) + " group by m.startSecond, m.endSecond", Object[].class), q, now).getResultList();
        int[] starts = new int[spans.size()];
        int[] ends = new int[spans.size()];
        int[] weights = new int[spans.size()];
        int total = 0;
        for (int i = 0; i < spans.size(); i++) {
            Object[] row = spans.get(i);
            starts[i] = ((Number) row[0]).intValue();
            ends[i] = ((Number) row[1]).intValue();
            weights[i] = ((Number) row[2]).intValue();
            total += weights[i];
        }
        int[] density = ClipDensity.of(episode.getDurationSeconds(), starts, ends, weights);
        List<PeakView> peaks = ClipDensity.peaks(density, PEAKS, PEAK_GAP_SECONDS).stream()
                .map(p -> new PeakView(p.second(), p.count(), p.from(), p.to(), best(q, p.second(), now))).toList();
        return new Heatmap(episode.getId(), episode.titleAndLabel(), episode.getDurationSeconds(), density, total, peaks);
    }

    private List<Candidate> best(Query q, int second, Instant now) {
        return bind(em.createQuery("select m from Moment m " + where(q)
                + " and m.startSecond <= :second and m.endSecond > :second order by m.shareCount desc, m.id",
                Moment.class), q, now).setParameter("second", second).setMaxResults(BEST_PER_PEAK).getResultList()
                .stream().map(m -> new Candidate(m.getId(), m.getStartSecond(), m.getEndSecond(), m.getCaption(),
                        m.getShareCount())).toList();
    }

    /** Active Moments of the episode; in a market, those members there may see now (as eligibility reads it). */
    private static String where(Query q) {
        StringBuilder w = new StringBuilder("where m.episode.id = :episode and m.state = :active");
        if (q.from() != null) {
            w.append(" and m.createdAt >= :from");
        }
        if (q.to() != null) {
            w.append(" and m.createdAt < :to");
        }
        if (q.market() != null) {
            w.append(" and :market member of m.markets and :market not member of m.blockedMarkets")
                    .append(" and '*' not member of m.blockedMarkets")
                    .append(" and not exists (select 1 from Moment h join h.holds hold where h = m")
                    .append(" and key(hold) = :market and (hold.notReleased = true or hold.embargoedUntil > :now")
                    .append(" or hold.spoilerHiddenUntil > :now))");
        }
        return w.toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Query q, Instant now) {
        query.setParameter("episode", q.episodeId()).setParameter("active", ContentState.ACTIVE);
        if (q.from() != null) {
            query.setParameter("from", q.from());
        }
        if (q.to() != null) {
            query.setParameter("to", q.to());
        }
        if (q.market() != null) {
            query.setParameter("market", q.market()).setParameter("now", now);
        }
        return query;
    }
}
