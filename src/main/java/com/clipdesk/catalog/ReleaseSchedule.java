package com.clipdesk.catalog;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Release dates of seasons and titles per market, as spoiler windows need them: a season or title
 * is out in a market when its latest episode released or scheduled there is. System reads, no staff
 * check (like {@link CatalogService#releasesOf}).
 */
@Service
@Transactional(readOnly = true)
public class ReleaseSchedule {

    private final EntityManager em;

    ReleaseSchedule(EntityManager em) {
        this.em = em;
    }

    /** Per market, the release of the season's latest episode there. */
    public Map<String, Instant> latestReleasesOfSeason(long seasonId) {
        return latest("r.episode.season.id = :id", seasonId);
    }

    /** Per market, the release of the title's latest episode there. */
    public Map<String, Instant> latestReleasesOfTitle(long titleId) {
        return latest("r.episode.season.title.id = :id", titleId);
    }

    /** Episodes with a release date after {@code instant} in some market (their items are embargoed there). */
    public java.util.List<Long> episodesReleasedAfter(Instant instant) {
        return em.createQuery("select distinct r.episode.id from TitleRelease r where r.releasedAt > :at", Long.class)
                .setParameter("at", instant).getResultList();
    }

    /** The season an episode belongs to. */
    public long seasonOf(long episodeId) {
        return em.createQuery("select e.season.id from Episode e where e.id = :id", Long.class)
                .setParameter("id", episodeId).getSingleResult();
    }

    /** "Title · S2 E8" for an episode, "Title · Season 2" for a season, the name for a title. */
    public String episodeLabel(long episodeId) {
        Episode e = em.find(Episode.class, episodeId);
        return e.getSeason().getTitle().getName() + " · S" + e.getSeason().getNumber() + " E" + e.getNumber();
    }

    public String seasonLabel(long seasonId) {
        Season s = em.find(Season.class, seasonId);
        return s.getTitle().getName() + " · Season " + s.getNumber();
    }

    public String titleName(long titleId) {
        return em.find(Title.class, titleId).getName();
    }

    private Map<String, Instant> latest(String where, long id) {
        return em.createQuery("select r.marketCode, max(r.releasedAt) from TitleRelease r where " + where
                        + " group by r.marketCode", Object[].class)
                .setParameter("id", id).getResultStream()
                .collect(Collectors.toUnmodifiableMap(r -> (String) r[0], r -> (Instant) r[1]));
    }
}
