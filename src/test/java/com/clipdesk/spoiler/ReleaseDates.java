package com.clipdesk.spoiler;

import com.clipdesk.catalog.Episode;
import com.clipdesk.catalog.ReleaseDateChanged;
import com.clipdesk.catalog.TitleRelease;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets an episode's release date in a market as the release-date administration does: in one
 * transaction with its {@link ReleaseDateChanged} event.
 */
@Component
public class ReleaseDates {

    private final EntityManager em;
    private final ApplicationEventPublisher events;

    ReleaseDates(EntityManager em, ApplicationEventPublisher events) {
        this.em = em;
        this.events = events;
    }

    @Transactional
    public void set(Episode episode, String market, Instant at) {
        Episode e = em.find(Episode.class, episode.getId());
        Instant before = em.createQuery("select r.releasedAt from TitleRelease r where r.episode.id = :e"
                        + " and r.marketCode = :m", Instant.class)
                .setParameter("e", e.getId()).setParameter("m", market).getResultStream().findFirst().orElse(null);
        if (before == null) {
            em.persist(new TitleRelease(e, market, at));
        } else {
            em.createQuery("update TitleRelease r set r.releasedAt = :at where r.episode.id = :e and r.marketCode = :m")
                    .setParameter("at", at).setParameter("e", e.getId()).setParameter("m", market).executeUpdate();
        }
        events.publishEvent(new ReleaseDateChanged(e.getId(), e.getSeason().getTitle().getId(), market, before, at,
                "test", at));
    }
}
