package com.clipdesk.notice;

import com.clipdesk.catalog.Market;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Markets with the locales notices are written in (TestData's markets are all en-US). */
@Component
public class NoticeFixtures {

    private final EntityManager em;

    NoticeFixtures(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public void market(String code, String locale) {
        Market market = em.find(Market.class, code);
        if (market == null) {
            em.persist(new Market(code, "Market " + code, locale, "UTC"));
        } else {
            market.rename(market.getName(), locale, market.getTimeZone());
        }
    }
}
