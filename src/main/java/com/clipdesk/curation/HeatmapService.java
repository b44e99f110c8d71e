package com.clipdesk.curation;

import com.clipdesk.catalog.Episode;
import com.clipdesk.content.Moment;
import com.clipdesk.curation.Heatmap.Candidate;
import com.clipdesk.curation.Heatmap.PeakView;
import com.clipdesk.shared.NotFoundException;
import com.clipdesk.shared.OutOfScopeException;
import com.clipdesk.staff.CurrentStaff;
import com.clipdesk.staff.SignedInStaff;
import jakarta.persistence.EntityManager;
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

    /** The title of an episode as the title picker lists it, for deep links to an episode's heatmap. */
    public java.util.Optional<com.clipdesk.catalog.TitleSummary> titleOf(long episodeId) {
        currentStaff.require(CurationService.CURATORS);
        Episode e = em.find(Episode.class, episodeId);
        if (e == null) {
            return java.util.Optional.empty();
        }
        var t = e.getSeason().getTitle();
        return java.util.Optional.of(new com.clipdesk.catalog.TitleSummary(t.getId(), t.getName(), t.getKind(),
                t.getReleaseYear()));
    }

    public Heatmap heatmap(Query q) {
        requireScope(q.market());
        return compute(q);
    }

    /** The most clipped moments across a title's episodes, or a season's ({@code season} its number). */
    public TitleHeatmap mostClipped(TitleQuery q) {
        requireScope(q.market());
        return new MostClipped(em, clock).of(q);
    }

    /** What the title-wide finder is asked for: a title, optionally a season, a market, a creation period. */
    public record TitleQuery(long titleId, @Nullable Integer season, @Nullable String market, @Nullable Instant from,
            @Nullable Instant to) {}

    private void requireScope(@Nullable String market) {
        SignedInStaff staff = currentStaff.require(CurationService.CURATORS);
        if (market != null && !staff.scope().includes(market)) {
            throw new OutOfScopeException("Market", market);
        }
        if (market == null && !staff.scope().allMarkets()) {
            throw new OutOfScopeException("Every market", "");
        }
    }

    /** The heatmap without the staff check (the benchmark measures this path). */
    Heatmap compute(Query q) {
        Episode episode = episode(q.episodeId());
        Instant now = clock.instant();
        Spans spans = spans(q, now);
        int[] density = ClipDensity.of(episode.getDurationSeconds(), spans.starts(), spans.ends(), spans.weights());
        List<ClipDensity.Peak> found = ClipDensity.peaks(density, PEAKS, PEAK_GAP_SECONDS);
        List<List<Candidate>> best = best(q, found.stream().mapToInt(ClipDensity.Peak::second).toArray(), now);
        List<PeakView> peaks = new java.util.ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            ClipDensity.Peak p = found.get(i);
            peaks.add(new PeakView(p.second(), p.count(), p.from(), p.to(), best.get(i)));
        }
        return new Heatmap(episode.getId(), episode.titleAndLabel(), episode.getDurationSeconds(), density,
                spans.total(), peaks);
    }

    /** Only the per-second density (the part the benchmark compares with naive counting). */
    int[] density(Query q) {
        Episode episode = episode(q.episodeId());
        Spans spans = spans(q, clock.instant());
        return ClipDensity.of(episode.getDurationSeconds(), spans.starts(), spans.ends(), spans.weights());
    }

    private record Spans(int[] starts, int[] ends, int[] weights, int total) {}

    private Episode episode(long id) {
        Episode episode = em.find(Episode.class, id);
        if (episode == null) {
            throw new NotFoundException("Episode", id);
        }
        return episode;
    }

    // Without the hint H2 read the density query through the foreign key's index (episode_id alone); the
    // (episode_id, start_s, end_s) index serves the episode's range and, for the peaks' query, the bounds
    // on start_s/end_s. A hint keeps the plan from depending on statistics; same syntax in H2 and MariaDB.
    static final String SPAN_INDEX = "use index (ix_moment_episode_span) ";

    // Native SQL on content's tables, read only: the grouping and the anti-joins on blocks and holds are
    // the hot path (200k Moments per episode), and the JPQL forms (member of, a map's key()) ran as
    // per-row subqueries on H2, ~10x slower. Keep in step with Eligibility and MarketBlocks/MarketHold.
    @SuppressWarnings("unchecked")
    private Spans spans(Query q, Instant now) {
        var query = em.createNativeQuery("select m.start_s, m.end_s, count(*) from moment m " + SPAN_INDEX + where(q)
                + " group by m.start_s, m.end_s");
        List<Object[]> rows = bind(query, q, now).getResultList();
        int[] starts = new int[rows.size()];
        int[] ends = new int[rows.size()];
        int[] weights = new int[rows.size()];
        int total = 0;
        for (int i = 0; i < rows.size(); i++) {
            Object[] row = rows.get(i);
            starts[i] = ((Number) row[0]).intValue();
            ends[i] = ((Number) row[1]).intValue();
            weights[i] = ((Number) row[2]).intValue();
            total += weights[i];
        }
        return new Spans(starts, ends, weights, total);
    }

    /**
     * The {@value #BEST_PER_PEAK} most shared Moments covering each peak second (ties: lower id first), in
     * one scan of the filtered Moments for all peaks together: the filter (the market's anti-joins) is the
     * cost, and it used to run once per peak. Only id, span and shares travel; the top ones per peak are
     * kept in Java while reading, without sorting in the database.
     */
    @SuppressWarnings("unchecked")
    private List<List<Candidate>> best(Query q, int[] peaks, Instant now) {
        List<List<Candidate>> best = new java.util.ArrayList<>();
        if (peaks.length == 0) {
            return best;
        }
        StringBuilder covers = new StringBuilder();
        for (int i = 0; i < peaks.length; i++) {
            covers.append(i == 0 ? "" : " or ").append("(m.start_s <= :p").append(i).append(" and m.end_s > :p")
                    .append(i).append(')');
        }
        // the bounds on start_s let the (episode_id, start_s) index narrow the scan
        var query = em.createNativeQuery("select m.id, m.start_s, m.end_s, m.share_count from moment m "
                + SPAN_INDEX + where(q)
                + " and m.start_s <= :last and m.end_s > :first and (" + covers + ")");
        bind(query, q, now).setParameter("first", java.util.Arrays.stream(peaks).min().orElseThrow())
                .setParameter("last", java.util.Arrays.stream(peaks).max().orElseThrow());
        for (int i = 0; i < peaks.length; i++) {
            query.setParameter("p" + i, peaks[i]);
        }
        List<java.util.PriorityQueue<long[]>> tops = new java.util.ArrayList<>();
        // the worst of the kept ones at the head: fewer shares, then the higher id
        java.util.Comparator<long[]> worstFirst = java.util.Comparator.<long[]>comparingLong(r -> r[3])
                .thenComparing(java.util.Comparator.<long[]>comparingLong(r -> r[0]).reversed());
        for (int i = 0; i < peaks.length; i++) {
            tops.add(new java.util.PriorityQueue<>(BEST_PER_PEAK + 1, worstFirst));
        }
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            long[] r = {((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue(),
                    ((Number) row[3]).longValue()};
            for (int i = 0; i < peaks.length; i++) {
                if (r[1] <= peaks[i] && r[2] > peaks[i]) {
                    var top = tops.get(i);
                    top.add(r);
                    if (top.size() > BEST_PER_PEAK) {
                        top.poll();
                    }
                }
            }
        }
        List<Long> ids = tops.stream().flatMap(java.util.Collection::stream).map(r -> r[0]).distinct().toList();
        var byId = ids.isEmpty() ? java.util.Map.<Long, Moment>of()
                : em.createQuery("select m from Moment m where m.id in :ids", Moment.class).setParameter("ids", ids)
                        .getResultList().stream().collect(java.util.stream.Collectors.toMap(Moment::getId, m -> m));
        for (var top : tops) {
            List<long[]> ordered = new java.util.ArrayList<>(top);
            ordered.sort(worstFirst.reversed());
            best.add(ordered.stream().map(r -> byId.get(r[0])).map(m -> new Candidate(m.getId(), m.getStartSecond(),
                    m.getEndSecond(), m.getCaption(), m.getShareCount())).toList());
        }
        return best;
    }

    /** Active Moments of the episode; in a market, those members there may see now (as eligibility reads it). */
    private static String where(Query q) {
        return where("m.episode_id = :episode", q.market(), q.from(), q.to());
    }

    /**
     * Active Moments of the episodes {@code episodes} names (an SQL condition on {@code m.episode_id}) created
     * in [from, to); in a market, those members there may see now (as eligibility reads it).
     */
    static String where(String episodes, @Nullable String market, @Nullable Instant from, @Nullable Instant to) {
        StringBuilder w = new StringBuilder();
        if (market != null) {
            w.append("join moment_market listed on listed.moment_id = m.id and listed.market_code = :market ");
        }
        w.append("where ").append(episodes).append(" and m.state = 'ACTIVE'");
        if (from != null) {
            w.append(" and m.created_at >= :from");
        }
        if (to != null) {
            w.append(" and m.created_at < :to");
        }
        if (market != null) {
            w.append(" and not exists (select 1 from moment_block b where b.moment_id = m.id")
                    .append(" and b.market_code in (:market, '*'))")
                    .append(" and not exists (select 1 from moment_hold h where h.moment_id = m.id")
                    .append(" and h.market_code = :market and (h.not_released = 1 or h.embargoed_until > :now")
                    .append(" or h.spoiler_hidden_until > :now))");
        }
        return w.toString();
    }

    private static jakarta.persistence.Query bind(jakarta.persistence.Query query, Query q, Instant now) {
        query.setParameter("episode", q.episodeId());
        return bind(query, q.market(), q.from(), q.to(), now);
    }

    /** Binds what {@link #where(String, String, Instant, Instant)} filters on. */
    static jakarta.persistence.Query bind(jakarta.persistence.Query query, @Nullable String market,
            @Nullable Instant from, @Nullable Instant to, Instant now) {
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
        if (market != null) {
            query.setParameter("market", market).setParameter("now", now);
        }
        return query;
    }
}
