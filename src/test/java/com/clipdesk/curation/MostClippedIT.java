package com.clipdesk.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.catalog.Season;
import com.clipdesk.catalog.Title;
import com.clipdesk.member.Member;
import com.clipdesk.shared.OutOfScopeException;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The most clipped moments across a title's episodes: peaks of three episodes ranked together, narrowed
 * by season, market and creation period, each with its most shared Moments.
 */
@SpringBootTest
@ActiveProfiles("test")
class MostClippedIT {

    @Autowired
    TestData data;

    @Autowired
    HeatmapService heatmaps;

    @Autowired
    EntityManager em;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    String fr;
    String other;
    long titleId;
    long e1;
    long e2;
    long e3;
    long[] e2Moments;

    @BeforeEach
    void threeEpisodesOverTwoSeasons() {
        String suffix = Long.toString(System.nanoTime() % 46656, 36).toUpperCase(java.util.Locale.ROOT);
        fr = "M" + suffix;
        other = "O" + suffix;
        data.markets(fr, other);
        Episode first = data.episode("Most clipped " + System.nanoTime(), 600);
        titleId = first.getSeason().getTitle().getId();
        e1 = first.getId();
        long[] later = tx.execute(status -> {
            Season one = em.find(Season.class, first.getSeason().getId());
            Episode second = new Episode(one, 2, "The Bridge", Duration.ofSeconds(600));
            em.persist(second);
            Season two = new Season(em.find(Title.class, titleId), 2, "Season 2");
            em.persist(two);
            Episode third = new Episode(two, 1, "Homecoming", Duration.ofSeconds(600));
            em.persist(third);
            return new long[] {second.getId(), third.getId()};
        });
        e2 = later[0];
        e3 = later[1];
        Member creator = data.member(fr);
        // E1: 3 Moments on [100, 130) in FR
        for (int i = 0; i < 3; i++) {
            data.moment(em.find(Episode.class, e1), creator, "e1 " + i, Set.of(fr), 100, 130);
        }
        // E2: 4 Moments on [200, 220) in FR (shares 5, 50, 20, 10) and one more only in the other market
        int[] shares = {5, 50, 20, 10};
        e2Moments = new long[shares.length];
        Episode second = em.find(Episode.class, e2);
        for (int i = 0; i < shares.length; i++) {
            e2Moments[i] = data.moment(second, creator, "e2 " + i, Set.of(fr), 200, 220).getId();
            jdbc.sql("update moment set share_count = ? where id = ?").param(shares[i]).param(e2Moments[i]).update();
        }
        data.moment(second, creator, "e2 elsewhere", Set.of(other), 200, 220);
        // E3 (season 2): 2 Moments on [50, 80) in FR, created in October
        for (int i = 0; i < 2; i++) {
            long id = data.moment(em.find(Episode.class, e3), creator, "e3 " + i, Set.of(fr), 50, 80).getId();
            jdbc.sql("update moment set created_at = ? where id = ?").param(Instant.parse("2026-10-01T00:00:00Z"))
                    .param(id).update();
        }
    }

    @Test
    void peaksOfAllEpisodesRankTogetherWithTheirBestMoments() {
        TitleHeatmap map = curator(() -> heatmaps.mostClipped(new HeatmapService.TitleQuery(titleId, null, fr, null,
                null)));
        assertThat(map.episodeCount()).isEqualTo(3);
        assertThat(map.momentCount()).isEqualTo(9);
        assertThat(map.peaks()).extracting(TitleHeatmap.EpisodePeak::episodeId).containsExactly(e2, e1, e3);
        assertThat(map.peaks()).extracting(TitleHeatmap.EpisodePeak::count).containsExactly(4, 3, 2);
        TitleHeatmap.EpisodePeak top = map.peaks().getFirst();
        assertThat(top.from()).isEqualTo(200);
        assertThat(top.to()).isEqualTo(220);
        assertThat(top.episodeLabel()).isEqualTo("S1 E2 · The Bridge");
        assertThat(top.best()).extracting(Heatmap.Candidate::momentId)
                .containsExactly(e2Moments[1], e2Moments[2], e2Moments[3]);
        assertThat(map.peaks().get(2).best()).hasSize(2);
    }

    @Test
    void theMarketSeasonAndPeriodNarrowIt() {
        TitleHeatmap elsewhere = admin(() -> heatmaps.mostClipped(new HeatmapService.TitleQuery(titleId, null, other,
                null, null)));
        assertThat(elsewhere.peaks()).singleElement().satisfies(p -> {
            assertThat(p.episodeId()).isEqualTo(e2);
            assertThat(p.count()).isEqualTo(1);
        });
        TitleHeatmap seasonTwo = curator(() -> heatmaps.mostClipped(new HeatmapService.TitleQuery(titleId, 2, fr, null,
                null)));
        assertThat(seasonTwo.episodeCount()).isEqualTo(1);
        assertThat(seasonTwo.peaks()).extracting(TitleHeatmap.EpisodePeak::episodeId).containsExactly(e3);
        TitleHeatmap november = curator(() -> heatmaps.mostClipped(new HeatmapService.TitleQuery(titleId, null, fr,
                Instant.parse("2026-10-15T00:00:00Z"), null)));
        assertThat(november.peaks()).extracting(TitleHeatmap.EpisodePeak::episodeId).containsExactly(e2, e1);
        assertThat(november.momentCount()).isEqualTo(7);
        assertThatThrownBy(() -> curator(() -> heatmaps.mostClipped(new HeatmapService.TitleQuery(titleId, null, other,
                null, null)))).isInstanceOf(OutOfScopeException.class);
    }

    private <T> T curator(Supplier<T> action) {
        return as(Role.CURATOR, fr, action);
    }

    private static <T> T admin(Supplier<T> action) {
        return as(Role.ADMIN, "*", action);
    }

    private static <T> T as(Role role, String market, Supplier<T> action) {
        AtomicReference<T> result = new AtomicReference<>();
        AsStaff.run("chloe", Set.of(role), Set.of(market), () -> result.set(action.get()));
        return result.get();
    }
}
