package com.clipdesk.curation;

import com.clipdesk.catalog.Episode;
import com.clipdesk.catalog.Title;
import com.clipdesk.content.Moment;
import com.clipdesk.curation.Heatmap.Candidate;
import com.clipdesk.curation.HeatmapService.TitleQuery;
import com.clipdesk.curation.TitleHeatmap.EpisodePeak;
import com.clipdesk.shared.NotFoundException;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The title-wide candidate finder, in three queries whatever the number of episodes: the episodes (id,
 * duration), the spans of their filtered Moments grouped by (episode, start, end) through the covering
 * index, and the best Moments of the top peaks. {@link ClipDensity} per episode in between; peaks of all
 * episodes are ranked together. No staff check ({@link HeatmapService} does it).
 */
final class MostClipped {

    /** How many peaks the title-wide list shows. */
    static final int PEAKS = 10;

    private final EntityManager em;
    private final Clock clock;

    MostClipped(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    TitleHeatmap of(TitleQuery q) {
        Title title = em.find(Title.class, q.titleId());
        if (title == null) {
            throw new NotFoundException("Title", q.titleId());
        }
        Instant now = clock.instant();
        List<Episode> episodes = em.createQuery("""
                select e from Episode e join fetch e.season s where s.title.id = :title
                and (:season is null or s.number = :season) order by s.number, e.number""", Episode.class)
                .setParameter("title", q.titleId()).setParameter("season", q.season()).getResultList();
        if (episodes.isEmpty()) {
            return new TitleHeatmap(title.getId(), title.getName(), q.season(), 0, 0, List.of());
        }
        Map<Long, Spans> spans = spans(episodes, q, now);
        List<EpisodePeak> found = new ArrayList<>();
        int total = 0;
        for (Episode e : episodes) {
            Spans s = spans.get(e.getId());
            if (s == null) {
                continue;
            }
            total += s.total();
            int[] density = ClipDensity.of(e.getDurationSeconds(), s.starts(), s.ends(), s.weights());
            // an episode's own peaks, as its heatmap lists them: the title's top ones are among them
            for (ClipDensity.Peak p : ClipDensity.peaks(density, PEAKS, HeatmapService.PEAK_GAP_SECONDS)) {
                found.add(new EpisodePeak(e.getId(), e.label(), p.second(), p.count(), p.from(), p.to(), List.of()));
            }
        }
        Map<Long, Integer> order = new HashMap<>();
        for (int i = 0; i < episodes.size(); i++) {
            order.put(episodes.get(i).getId(), i);
        }
        List<EpisodePeak> top = found.stream().sorted(Comparator.comparingInt(EpisodePeak::count).reversed()
                .thenComparingInt(p -> order.get(p.episodeId())).thenComparingInt(EpisodePeak::second))
                .limit(PEAKS).toList();
        List<List<Candidate>> best = best(top, q, now);
        List<EpisodePeak> peaks = new ArrayList<>();
        for (int i = 0; i < top.size(); i++) {
            EpisodePeak p = top.get(i);
            peaks.add(new EpisodePeak(p.episodeId(), p.episodeLabel(), p.second(), p.count(), p.from(), p.to(),
                    best.get(i)));
        }
        return new TitleHeatmap(title.getId(), title.getName(), q.season(), episodes.size(), total, peaks);
    }

    private record Spans(int[] starts, int[] ends, int[] weights, int total) {}

    /** One grouped query for all the episodes: (episode, start, end, count) rows, split per episode. */
    @SuppressWarnings("unchecked")
    private Map<Long, Spans> spans(List<Episode> episodes, TitleQuery q, Instant now) {
        var query = em.createNativeQuery("select m.episode_id, m.start_s, m.end_s, count(*) from moment m "
                + HeatmapService.SPAN_INDEX + HeatmapService.where("m.episode_id in (:episodes)", q.market(), q.from(),
                        q.to()) + " group by m.episode_id, m.start_s, m.end_s");
        query.setParameter("episodes", episodes.stream().map(Episode::getId).toList());
        HeatmapService.bind(query, q.market(), q.from(), q.to(), now);
        Map<Long, List<int[]>> rows = new LinkedHashMap<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            rows.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>()).add(new int[] {
                    ((Number) row[1]).intValue(), ((Number) row[2]).intValue(), ((Number) row[3]).intValue()});
        }
        Map<Long, Spans> spans = new HashMap<>();
        rows.forEach((episode, list) -> {
            int[] starts = new int[list.size()];
            int[] ends = new int[list.size()];
            int[] weights = new int[list.size()];
            int total = 0;
            for (int i = 0; i < list.size(); i++) {
                starts[i] = list.get(i)[0];
                ends[i] = list.get(i)[1];
                weights[i] = list.get(i)[2];
                total += weights[i];
            }
            spans.put(episode, new Spans(starts, ends, weights, total));
        });
        return spans;
    }

    /**
     * The {@value HeatmapService#BEST_PER_PEAK} most shared Moments covering each peak (ties: lower id
     * first), in one query over the filtered Moments of the peaks' episodes; the top ones per peak are kept
     * while reading, as {@link HeatmapService} does for one episode.
     */
    @SuppressWarnings("unchecked")
    private List<List<Candidate>> best(List<EpisodePeak> peaks, TitleQuery q, Instant now) {
        List<List<Candidate>> best = new ArrayList<>();
        if (peaks.isEmpty()) {
            return best;
        }
        StringBuilder covers = new StringBuilder();
        for (int i = 0; i < peaks.size(); i++) {
            covers.append(i == 0 ? "" : " or ").append("(m.episode_id = :e").append(i).append(" and m.start_s <= :p")
                    .append(i).append(" and m.end_s > :p").append(i).append(')');
        }
        var query = em.createNativeQuery("select m.id, m.episode_id, m.start_s, m.end_s, m.share_count from moment m "
                + HeatmapService.SPAN_INDEX + HeatmapService.where("m.episode_id in (:episodes)", q.market(), q.from(),
                        q.to()) + " and (" + covers + ")");
        query.setParameter("episodes", peaks.stream().map(EpisodePeak::episodeId).distinct().toList());
        HeatmapService.bind(query, q.market(), q.from(), q.to(), now);
        for (int i = 0; i < peaks.size(); i++) {
            query.setParameter("e" + i, peaks.get(i).episodeId()).setParameter("p" + i, peaks.get(i).second());
        }
        // the worst of the kept ones at the head: fewer shares, then the higher id
        Comparator<long[]> worstFirst = Comparator.<long[]>comparingLong(r -> r[4])
                .thenComparing(Comparator.<long[]>comparingLong(r -> r[0]).reversed());
        List<PriorityQueue<long[]>> tops = new ArrayList<>();
        for (int i = 0; i < peaks.size(); i++) {
            tops.add(new PriorityQueue<>(HeatmapService.BEST_PER_PEAK + 1, worstFirst));
        }
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            long[] r = new long[5];
            for (int c = 0; c < 5; c++) {
                r[c] = ((Number) row[c]).longValue();
            }
            for (int i = 0; i < peaks.size(); i++) {
                EpisodePeak p = peaks.get(i);
                if (r[1] == p.episodeId() && r[2] <= p.second() && r[3] > p.second()) {
                    PriorityQueue<long[]> top = tops.get(i);
                    top.add(r);
                    if (top.size() > HeatmapService.BEST_PER_PEAK) {
                        top.poll();
                    }
                }
            }
        }
        List<Long> ids = tops.stream().flatMap(Collection::stream).map(r -> r[0]).distinct().toList();
        Map<Long, Moment> byId = ids.isEmpty() ? Map.of()
                : em.createQuery("select m from Moment m where m.id in :ids", Moment.class).setParameter("ids", ids)
                        .getResultList().stream().collect(Collectors.toMap(Moment::getId, Function.identity()));
        for (PriorityQueue<long[]> top : tops) {
            List<long[]> ordered = new ArrayList<>(top);
            ordered.sort(worstFirst.reversed());
            best.add(ordered.stream().map(r -> byId.get(r[0])).map(m -> new Candidate(m.getId(), m.getStartSecond(),
                    m.getEndSecond(), m.getCaption(), m.getShareCount())).toList());
        }
        return best;
    }
}
