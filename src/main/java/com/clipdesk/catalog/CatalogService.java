package com.clipdesk.catalog;

import com.clipdesk.audit.AuditLog;
import com.clipdesk.shared.ConcurrentEditException;
import com.clipdesk.shared.NotFoundException;
import com.clipdesk.staff.CurrentStaff;
import com.clipdesk.staff.Role;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Markets and the titles of the catalog. */
@Service
public class CatalogService {

    private final MarketRepository markets;
    private final AuditLog audit;
    private final CurrentStaff currentStaff;
    private final Validator validator;
    private final jakarta.persistence.EntityManager em;

    CatalogService(MarketRepository markets, AuditLog audit, CurrentStaff currentStaff, Validator validator,
            jakarta.persistence.EntityManager em) {
        this.em = em;
        this.markets = markets;
        this.audit = audit;
        this.currentStaff = currentStaff;
        this.validator = validator;
    }

    /** Every market, by code. Market names are not sensitive: any signed-in staff member may read them. */
    @Transactional(readOnly = true)
    public List<MarketView> markets() {
        return markets.findAllByOrderByCode().stream().map(MarketView::of).toList();
    }

    /** Codes of the markets that hold new fandom submissions for review (no staff check: system rule). */
    @Transactional(readOnly = true)
    public java.util.Set<String> preModerationMarkets() {
        return markets.findAllByOrderByCode().stream().filter(Market::isPreModeration).map(Market::getCode)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * When the episode is released in each market that has a date (no staff check: a system rule, like
     * {@link #preModerationMarkets()}; spoiler windows and embargoes are computed from it).
     */
    @Transactional(readOnly = true)
    public java.util.Map<String, java.time.Instant> releasesOf(long episodeId) {
        return em.createQuery("select r.marketCode, r.releasedAt from TitleRelease r where r.episode.id = :episode",
                        Object[].class)
                .setParameter("episode", episodeId).getResultStream()
                .collect(java.util.stream.Collectors.toUnmodifiableMap(r -> (String) r[0],
                        r -> (java.time.Instant) r[1]));
    }

    /** What sharing rules need of a title: its kind and maturity rating. */
    public record TitleFacts(long id, TitleKind kind, String maturityRating) {}

    /** Every title's kind and rating, for compiled policy decisions (no staff check: a system read). */
    @Transactional(readOnly = true)
    public java.util.Map<Long, TitleFacts> titleFacts() {
        return em.createQuery("select t.id, t.kind, t.maturityRating from Title t", Object[].class).getResultStream()
                .collect(java.util.stream.Collectors.toUnmodifiableMap(r -> (Long) r[0],
                        r -> new TitleFacts((Long) r[0], (TitleKind) r[1], (String) r[2])));
    }

    /** The title and season of an episode, if it exists (no staff check: a system read). */
    @Transactional(readOnly = true)
    public java.util.Optional<long[]> titleAndSeasonOf(long episodeId) {
        return em.createQuery("select e.season.title.id, e.season.id from Episode e where e.id = :id", Object[].class)
                .setParameter("id", episodeId).getResultStream().findFirst()
                .map(r -> new long[] {(Long) r[0], (Long) r[1]});
    }

    /** The markets the signed-in staff member works in, for filters. */
    @Transactional(readOnly = true)
    public List<MarketView> marketsInScope() {
        var scope = currentStaff.get().scope();
        return markets().stream().filter(m -> scope.includes(m.code())).toList();
    }

    /**
     * Changes a market's name, locale, time zone and pre-moderation switch. Fails without saving anything when the input
     * is invalid or someone else changed the market since {@code change.version()}.
     */
    @Transactional
    public MarketView updateMarket(String code, MarketChange change) {
        currentStaff.require(Role.ADMIN);
        Set<ConstraintViolation<MarketChange>> violations = validator.validate(change);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        if (!ZoneId.getAvailableZoneIds().contains(change.timeZone())) {
            throw new IllegalArgumentException("Unknown time zone: " + change.timeZone());
        }
        Market market = markets.findById(code).orElseThrow(() -> new NotFoundException("Market", code));
        if (market.getVersion() != change.version()) {
            String by = audit.lastEventAbout("MARKET", code).map(e -> e.getActor()).orElse("another staff member");
            throw new ConcurrentEditException("Market " + code, by);
        }
        String before = market.getName() + ", " + market.getLocale() + ", " + market.getTimeZone();
        boolean wasPreModeration = market.isPreModeration();
        market.rename(change.name(), change.locale(), change.timeZone());
        market.requirePreModeration(change.preModeration());
        markets.flush();
        String after = market.getName() + ", " + market.getLocale() + ", " + market.getTimeZone();
        if (!after.equals(before) || wasPreModeration == change.preModeration()) {
            audit.record("MARKET_UPDATED", "MARKET", code, code,
                    "Changed market " + code + ": " + before + " → " + after);
        }
        if (wasPreModeration != change.preModeration()) {
            // its own action, so auditors can find when a market started or stopped holding submissions
            audit.record(change.preModeration() ? "MARKET_PRE_MODERATION_ON" : "MARKET_PRE_MODERATION_OFF", "MARKET",
                    code, code, change.preModeration()
                            ? "Market " + code + " now holds new fandom submissions for review (pre-moderation)"
                            : "Market " + code + " no longer holds new fandom submissions for review");
        }
        return MarketView.of(market);
    }
}
