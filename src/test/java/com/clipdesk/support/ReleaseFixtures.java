package com.clipdesk.support;

import com.clipdesk.catalog.Episode;
import com.clipdesk.catalog.Market;
import com.clipdesk.catalog.Season;
import com.clipdesk.catalog.Title;
import com.clipdesk.catalog.TitleKind;
import com.clipdesk.catalog.TitleRelease;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Markets in real time zones and seasons of several episodes, for release-date and calendar tests. */
@Component
public class ReleaseFixtures {

    private final EntityManager em;

    public ReleaseFixtures(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public void market(String code, String timeZone) {
        if (em.find(Market.class, code) == null) {
            em.persist(new Market(code, "Market " + code, "en-GB", timeZone));
        }
    }

    /** A title with one season of {@code episodes} episodes; returns the episodes' ids in order. */
    @Transactional
    public List<Long> season(String titleName, TitleKind kind, int episodes) {
        Title title = new Title(titleName, kind, "13+", "en", 2026);
        em.persist(title);
        Season season = new Season(title, 1, "Season 1");
        em.persist(season);
        List<Long> ids = new ArrayList<>();
        for (int n = 1; n <= episodes; n++) {
            Episode episode = new Episode(season, n, "Episode " + n, Duration.ofMinutes(45));
            em.persist(episode);
            ids.add(episode.getId());
        }
        return ids;
    }

    @Transactional
    public void release(long episodeId, String market, Instant at) {
        em.persist(new TitleRelease(em.find(Episode.class, episodeId), market, at));
    }

    @Transactional
    public long titleOf(long episodeId) {
        return em.find(Episode.class, episodeId).getSeason().getTitle().getId();
    }
}
