package com.clipdesk.policy;

import com.clipdesk.catalog.CatalogService;
import com.clipdesk.catalog.CatalogService.TitleFacts;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The decision API's answers, from memory: every market's effective policy for each period between
 * two effective times of published versions (a version scheduled for later is compiled in already,
 * and takes over on its own at its time), plus every title's kind and rating. Recompiled after each
 * publication on this node, and on every node by a light check of the published versions every
 * {@code clipdesk.policy.refresh} (several app instances share the database, not memory).
 */
@Service
public class PolicyDecisions {

    private static final Logger log = LoggerFactory.getLogger(PolicyDecisions.class);

    private final CatalogService catalog;
    private final EntityManager em;
    private final java.time.Clock clock;
    private final TransactionTemplate readOnly;
    private volatile @Nullable Compiled compiled;
    private volatile @Nullable SpoilerCache spoilerCache;

    PolicyDecisions(CatalogService catalog, EntityManager em,
            org.springframework.transaction.PlatformTransactionManager transactions, java.time.Clock clock) {
        this.catalog = catalog;
        this.em = em;
        this.clock = clock;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Everything a decision needs, immutable; replaced as a whole. */
    private record Compiled(String stamp, Map<String, List<Period>> markets, Map<Long, TitleFacts> titles,
            Map<Long, long[]> episodes) {}

    /** The effective policy from {@code from} on (until the next period's start). */
    private record Period(Instant from, PolicyService.Compiled policy) {}

    /** Where the title is, for the API: unknown titles and markets are the caller's mistake. */
    public @Nullable TitleFacts title(long titleId) {
        Compiled c = current();
        TitleFacts facts = c.titles().get(titleId);
        if (facts == null) {
            // a title added since the last compile: read it once and compile it in at the next refresh
            facts = readOnly.execute(tx -> catalog.titleFacts(titleId).orElse(null));
        }
        return facts;
    }

    /** An episode's title and season ({@code [titleId, seasonId]}), from memory, or read once when newer. */
    public java.util.Optional<long[]> titleAndSeasonOf(long episodeId) {
        long[] known = current().episodes().get(episodeId);
        if (known != null) {
            return java.util.Optional.of(known);
        }
        return java.util.Objects.requireNonNull(readOnly.execute(tx -> catalog.titleAndSeasonOf(episodeId)));
    }

    /** Whether decisions can be made for the market; a market added since the last compile is compiled in. */
    public boolean knowsMarket(String market) {
        if (current().markets().containsKey(market)) {
            return true;
        }
        boolean inCatalog = Boolean.TRUE.equals(readOnly.execute(tx -> catalog.markets().stream()
                .anyMatch(m -> m.code().equals(market))));
        if (inCatalog) {
            refresh();
        }
        return current().markets().containsKey(market);
    }

    /** The decision at {@code q.at()}, from memory. */
    public PolicyDecision decide(ShareQuestion q) {
        List<Period> periods = periodsOf(q.market());
        if (periods == null) {
            throw new IllegalArgumentException("Unknown market " + q.market());
        }
        PolicyService.Compiled policy = at(periods, q.at()).policy();
        return PolicyEvaluator.decide(policy.policy(), policy.marketVersion(), policy.defaultVersion(), q);
    }

    /**
     * Whether the market's policy in force holds new fandom submissions about titles of {@code rating}
     * for review before members see them (pre-moderation), from memory. False in a market without a policy.
     */
    public boolean holdsForReview(String market, String rating) {
        List<Period> periods = current().markets().get(market);
        return periods != null && at(periods, clock.instant()).policy().policy().preModeration().holds(rating);
    }

    /** Whether any market's policy in force holds any fandom submissions for review. */
    public boolean holdsAnyForReview() {
        java.time.Instant now = clock.instant();
        return current().markets().values().stream()
                .anyMatch(p -> at(p, now).policy().policy().preModeration().mode() != PreModeration.Mode.NONE);
    }

    private static Period at(List<Period> periods, Instant at) {
        return inForce(periods, Period::from, at);
    }

    /**
     * Of periods in time order, the one in force at {@code at}: the last to start no later than it (the
     * first also stands for the time before it).
     */
    static <P> P inForce(List<P> periods, java.util.function.Function<P, Instant> from, Instant at) {
        P in = periods.getFirst();
        for (P p : periods) {
            if (from.apply(p).isAfter(at)) {
                break;
            }
            in = p;
        }
        return in;
    }

    /** The market's periods from memory, compiling a market added since; null for a market with no policy. */
    private @Nullable List<Period> periodsOf(String market) {
        List<Period> periods = current().markets().get(market);
        if (periods == null && knowsMarket(market)) {
            periods = current().markets().get(market);
        }
        return periods;
    }

    /**
     * The policy in force in {@code market} at {@code at}, from memory; empty for a market with no
     * policy to decide by. For modules that check content against the rules (curation's eligibility).
     */
    public java.util.Optional<EffectivePolicy> effectiveIn(String market, Instant at) {
        List<Period> periods = periodsOf(market);
        if (periods == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(at(periods, at).policy().policy());
    }

    /** The stamp of what the memory holds, for tests and the refresh check. */
    String stamp() {
        return current().stamp();
    }

    @EventListener(ApplicationReadyEvent.class)
    void compileAtStart() {
        refresh();
    }

    @TransactionalEventListener
    void on(PolicyPublished published) {
        refresh();
    }

    /** Every node checks whether another published a version since it compiled. */
    @Scheduled(fixedDelayString = "${clipdesk.policy.refresh:PT5S}", initialDelayString = "${clipdesk.policy.refresh:PT5S}")
    void refreshIfChanged() {
        Compiled c = compiled;
        if (c == null || !c.stamp().equals(readOnly.execute(tx -> stampNow()))) {
            refresh();
        }
    }

    synchronized void refresh() {
        long started = System.nanoTime();
        Compiled fresh = readOnly.execute(tx -> compile());
        compiled = fresh;
        log.info("Sharing policies compiled for {} markets, {} titles and {} episodes in {} ms (stamp {})",
                fresh.markets().size(), fresh.titles().size(), fresh.episodes().size(), (System.nanoTime() - started) / 1_000_000, fresh.stamp());
    }

    private Compiled current() {
        Compiled c = compiled;
        if (c == null) {
            refresh();
            c = compiled;
        }
        return java.util.Objects.requireNonNull(c);
    }

    private String stampNow() {
        Object[] row = em.createQuery("select count(v), coalesce(max(v.id), 0), max(v.publishedAt) from PolicyVersion v"
                + " where v.status = :published", Object[].class)
                .setParameter("published", PolicyStatus.PUBLISHED).getSingleResult();
        return row[0] + ":" + row[1] + ":" + row[2];
    }

    private Compiled compile() {
        String stamp = stampNow();
        Map<String, List<Period>> markets = periods(published(), catalog.markets().stream().map(m -> m.code()).toList());
        return new Compiled(stamp, markets, catalog.titleFacts(), catalog.episodeTitlesAndSeasons());
    }

    private List<PolicyVersion> published() {
        return em.createQuery("select v from PolicyVersion v where v.status = :published", PolicyVersion.class)
                .setParameter("published", PolicyStatus.PUBLISHED).getResultList();
    }

    /** Each market's effective policy per period between two effective times of published versions. */
    private static Map<String, List<Period>> periods(List<PolicyVersion> published, List<String> marketCodes) {
        Map<String, List<PolicyVersion>> byMarket = published.stream()
                .collect(java.util.stream.Collectors.groupingBy(PolicyVersion::getMarketCode));
        List<PolicyVersion> defaults = byMarket.getOrDefault(PolicyVersion.DEFAULT, List.of());
        Map<String, List<Period>> markets = new HashMap<>();
        for (String market : marketCodes) {
            List<PolicyVersion> own = byMarket.getOrDefault(market, List.of());
            // the instants where the market's effective policy may change: its own and the default's versions
            TreeSet<Instant> changes = new TreeSet<>();
            for (PolicyVersion v : defaults) {
                changes.add(java.util.Objects.requireNonNull(v.getEffectiveAt()));
            }
            for (PolicyVersion v : own) {
                changes.add(java.util.Objects.requireNonNull(v.getEffectiveAt()));
            }
            List<Period> periods = new ArrayList<>();
            for (Instant from : changes) {
                try {
                    periods.add(new Period(from, PolicyService.compile(market, defaults, own, from)));
                } catch (IllegalStateException noDefaultYet) {
                    // a market version effective before any default: nothing to decide by until the default
                }
            }
            if (!periods.isEmpty()) {
                markets.put(market, List.copyOf(periods));
            }
        }
        return Map.copyOf(markets);
    }

    /**
     * Every market's spoiler windows over time, as the caller's transaction sees the published versions
     * (a publication in it included): what the spoiler module applies. Read again only when a version was
     * published since the last call (one light query otherwise).
     */
    public SpoilerWindowSchedule spoilerWindows() {
        return java.util.Objects.requireNonNull(readOnly.execute(tx -> {
            List<String> marketCodes = catalog.markets().stream().map(m -> m.code()).toList();
            String stamp = stampNow() + ":" + marketCodes;
            SpoilerCache cached = spoilerCache;
            if (cached != null && cached.stamp().equals(stamp)) {
                return cached.schedule();
            }
            // kept by stamp even when read in a transaction that rolls back: its stamp is never seen again
            var schedule = spoilerSchedule(periods(published(), marketCodes));
            spoilerCache = new SpoilerCache(stamp, schedule);
            return schedule;
        }));
    }

    /**
     * The spoiler windows as they were without the version {@code versionId} (just published in the
     * caller's transaction): to tell whether its publication changes any window.
     */
    public SpoilerWindowSchedule spoilerWindowsWithout(long versionId) {
        return java.util.Objects.requireNonNull(readOnly.execute(tx -> spoilerSchedule(periods(
                published().stream().filter(v -> v.getId() != versionId).toList(),
                catalog.markets().stream().map(m -> m.code()).toList()))));
    }

    private record SpoilerCache(String stamp, SpoilerWindowSchedule schedule) {}

    private static SpoilerWindowSchedule spoilerSchedule(Map<String, List<Period>> markets) {
        Map<String, List<SpoilerWindowSchedule.Period>> windows = new HashMap<>();
        markets.forEach((market, periods) -> windows.put(market, periods.stream()
                .map(p -> new SpoilerWindowSchedule.Period(p.from(),
                        java.util.Objects.requireNonNull(p.policy().defaults().spoiler()),
                        p.policy().own().spoiler(), p.policy().marketVersion(), p.policy().defaultVersion()))
                .toList()));
        return new SpoilerWindowSchedule(windows);
    }
}
