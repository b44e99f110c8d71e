package com.clipdesk.catalog;

import com.clipdesk.audit.AuditLog;
import com.clipdesk.shared.ConcurrentEditException;
import com.clipdesk.shared.NotFoundException;
import com.clipdesk.staff.CurrentStaff;
import com.clipdesk.staff.Role;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
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
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CatalogService(MarketRepository markets, AuditLog audit, CurrentStaff currentStaff, Validator validator,
            jakarta.persistence.EntityManager em, ApplicationEventPublisher events, Clock clock) {
        this.em = em;
        this.events = events;
        this.clock = clock;
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

    /**
     * When the episode is released in each market that has a date (no staff check: a system rule; spoiler
     * windows and embargoes are computed from it).
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

    /** Every episode's title and season ({@code [titleId, seasonId]}), for compiled policy decisions. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, long[]> episodeTitlesAndSeasons() {
        return em.createQuery("select e.id, e.season.title.id, e.season.id from Episode e", Object[].class)
                .getResultStream().collect(java.util.stream.Collectors.toUnmodifiableMap(r -> (Long) r[0],
                        r -> new long[] {(Long) r[1], (Long) r[2]}));
    }

    /** One title's kind and rating, if it exists (no staff check: a system read). */
    @Transactional(readOnly = true)
    public java.util.Optional<TitleFacts> titleFacts(long titleId) {
        return em.createQuery("select t.id, t.kind, t.maturityRating from Title t where t.id = :id", Object[].class)
                .setParameter("id", titleId).getResultStream().findFirst()
                .map(r -> new TitleFacts((Long) r[0], (TitleKind) r[1], (String) r[2]));
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
        market.rename(change.name(), change.locale(), change.timeZone());
        markets.flush();
        String after = market.getName() + ", " + market.getLocale() + ", " + market.getTimeZone();
        audit.record("MARKET_UPDATED", "MARKET", code, code, "Changed market " + code + ": " + before + " → " + after);
        return MarketView.of(market);
    }

    // --- Release dates per market (issue 7) ------------------------------------------------------

    /** Earliest release date admins may enter: older dates are typos, not catalog history we keep. */
    public static final Instant EARLIEST_RELEASE = Instant.parse("2000-01-01T00:00:00Z");
    /** How far ahead a release may be planned. */
    public static final int MAX_YEARS_AHEAD = 5;
    public static final int REASON_MAX = 500;

    /** Titles whose name contains {@code filter} (case-insensitive), by name; every staff member reads the catalog. */
    @Transactional(readOnly = true)
    public List<TitleSummary> titles(String filter, int offset, int limit) {
        currentStaff.get();
        return em.createQuery("select t from Title t where lower(t.name) like :f order by t.name, t.id", Title.class)
                .setParameter("f", like(filter)).setFirstResult(offset).setMaxResults(limit).getResultStream()
                .map(TitleSummary::of).toList();
    }

    /** One title as pickers show it (a deep link names it by id); empty when there is none. */
    @Transactional(readOnly = true)
    public java.util.Optional<TitleSummary> title(long id) {
        currentStaff.get();
        return java.util.Optional.ofNullable(em.find(Title.class, id)).map(TitleSummary::of);
    }

    @Transactional(readOnly = true)
    public int countTitles(String filter) {
        currentStaff.get();
        return Math.toIntExact(em.createQuery("select count(t) from Title t where lower(t.name) like :f", Long.class)
                .setParameter("f", like(filter)).getSingleResult());
    }

    /** A title's episodes × every market with the release dates (a title has tens of episodes, markets are few). */
    @Transactional(readOnly = true)
    public TitleReleases releasesOfTitle(long titleId) {
        currentStaff.get();
        Title title = em.find(Title.class, titleId);
        if (title == null) {
            throw new NotFoundException("Title", titleId);
        }
        Map<String, ZoneId> zones = zones();
        Map<Long, Map<String, ReleaseDate>> dates = new HashMap<>();
        em.createQuery("select r from TitleRelease r join fetch r.episode e where e.season.title.id = :t",
                        TitleRelease.class).setParameter("t", titleId).getResultStream()
                .forEach(r -> dates.computeIfAbsent(r.getEpisode().getId(), k -> new HashMap<>())
                        .put(r.getMarketCode(), ReleaseDate.of(r, zones.get(r.getMarketCode()))));
        List<EpisodeReleases> episodes = em.createQuery("select e from Episode e join fetch e.season s "
                        + "where s.title.id = :t order by s.number, e.number", Episode.class)
                .setParameter("t", titleId).getResultStream()
                .map(e -> new EpisodeReleases(e.getId(), e.getSeason().getNumber(), e.getNumber(), e.label(),
                        Map.copyOf(dates.getOrDefault(e.getId(), Map.of()))))
                .toList();
        return new TitleReleases(TitleSummary.of(title), markets(), episodes);
    }

    /**
     * Sets or moves an episode's release in a market to {@code local}, the wall-clock time there. {@code version}
     * is the version of the date the admin saw, null when the market had none. Fails without saving anything
     * when the input is invalid ({@link InvalidReleaseDateException}) or someone changed the date meanwhile
     * ({@link ConcurrentEditException}). Audited and published as {@link ReleaseDateChanged}.
     */
    @Transactional
    public ReleaseDate setReleaseDate(long episodeId, String marketCode, @Nullable LocalDateTime local,
            @Nullable Long version) {
        currentStaff.require(Role.ADMIN);
        Market market = markets.findById(marketCode)
                .orElseThrow(() -> new InvalidReleaseDateException("market", "There is no market " + marketCode));
        Episode episode = episode(episodeId);
        Instant at = releaseInstant(local, market.zone());
        TitleRelease release = existing(episodeId, marketCode);
        checkVersion(release, version, episode, marketCode);
        checkEpisodeOrder(episode, marketCode, market.zone(), at);
        Instant before = release == null ? null : release.getReleasedAt();
        if (at.equals(before)) {
            return ReleaseDate.of(release, market.zone());
        }
        if (release == null) {
            release = new TitleRelease(episode, marketCode, at);
            em.persist(release);
        } else {
            release.moveTo(at);
        }
        em.flush();
        String what = episode.titleAndLabel() + " in " + marketCode;
        audit.record(before == null ? "RELEASE_DATE_SET" : "RELEASE_DATE_MOVED", "RELEASE", releaseSubject(episodeId,
                marketCode), marketCode, before == null
                        ? "Set release of " + what + ": " + describe(at, market.zone())
                        : "Moved release of " + what + ": " + describe(before, market.zone()) + " → "
                                + describe(at, market.zone()));
        publish(episode, marketCode, before, at);
        return ReleaseDate.of(release, market.zone());
    }

    /**
     * Removes an episode's release date in a market (its items are embargoed there until a date is set again),
     * giving a reason for the audit trail.
     */
    @Transactional
    public void removeReleaseDate(long episodeId, String marketCode, long version, String reason) {
        currentStaff.require(Role.ADMIN);
        if (reason.isBlank() || reason.length() > REASON_MAX) {
            throw new InvalidReleaseDateException("reason",
                    "Say why the date is removed (up to " + REASON_MAX + " characters)");
        }
        Market market = markets.findById(marketCode)
                .orElseThrow(() -> new InvalidReleaseDateException("market", "There is no market " + marketCode));
        Episode episode = episode(episodeId);
        TitleRelease release = existing(episodeId, marketCode);
        checkVersion(release, version, episode, marketCode);
        Instant before = release.getReleasedAt();
        em.remove(release);
        em.flush();
        audit.record("RELEASE_DATE_REMOVED", "RELEASE", releaseSubject(episodeId, marketCode), marketCode,
                "Removed release of " + episode.titleAndLabel() + " in " + marketCode + ": "
                        + describe(before, market.zone()) + " → none. Reason: " + reason.strip());
        publish(episode, marketCode, before, null);
    }

    /**
     * Releases in any of the slices (market, title kind, time range), optionally of one title, by release time:
     * a page of them. Calendars ask per market and kind because each has its own spoiler window.
     */
    @Transactional(readOnly = true)
    public List<ScheduledRelease> releaseSchedule(Collection<ReleaseSlice> slices, @Nullable Long titleId,
            int offset, int limit) {
        currentStaff.get();
        if (slices.isEmpty()) {
            return List.of();
        }
        Map<String, ZoneId> zones = zones();
        var query = em.createQuery("select e.id, t.id, t.name, t.kind, s.number, e.number, e.name, r.marketCode, "
                + "r.releasedAt " + scheduleFrom(slices, titleId)
                + " order by r.releasedAt, r.marketCode, t.name, s.number, e.number", Object[].class);
        bind(query, slices, titleId);
        return query.setFirstResult(offset).setMaxResults(limit).getResultStream()
                .map(row -> new ScheduledRelease((Long) row[0], (Long) row[1], (String) row[2], (TitleKind) row[3],
                        (Integer) row[4], (Integer) row[5], (String) row[6], (String) row[7],
                        zones.get((String) row[7]), (Instant) row[8]))
                .toList();
    }

    @Transactional(readOnly = true)
    public int countReleaseSchedule(Collection<ReleaseSlice> slices, @Nullable Long titleId) {
        currentStaff.get();
        if (slices.isEmpty()) {
            return 0;
        }
        var query = em.createQuery("select count(r) " + scheduleFrom(slices, titleId), Long.class);
        bind(query, slices, titleId);
        return Math.toIntExact(query.getSingleResult());
    }

    private static String scheduleFrom(Collection<ReleaseSlice> slices, @Nullable Long titleId) {
        var where = new ArrayList<String>();
        for (int i = 0; i < slices.size(); i++) {
            where.add("(r.marketCode = :m" + i + " and t.kind = :k" + i + " and r.releasedAt >= :f" + i
                    + " and r.releasedAt < :t" + i + ")");
        }
        return "from TitleRelease r join r.episode e join e.season s join s.title t where (" + String.join(" or ", where)
                + ")" + (titleId == null ? "" : " and t.id = :title");
    }

    private static void bind(jakarta.persistence.TypedQuery<?> query, Collection<ReleaseSlice> slices,
            @Nullable Long titleId) {
        int i = 0;
        for (ReleaseSlice slice : slices) {
            query.setParameter("m" + i, slice.market()).setParameter("k" + i, slice.kind())
                    .setParameter("f" + i, slice.from()).setParameter("t" + i, slice.to());
            i++;
        }
        if (titleId != null) {
            query.setParameter("title", titleId);
        }
    }

    private Instant releaseInstant(@Nullable LocalDateTime local, ZoneId zone) {
        if (local == null) {
            throw new InvalidReleaseDateException("date", "Enter the date and the time of the release");
        }
        if (zone.getRules().getValidOffsets(local).isEmpty()) {
            // a spring-forward gap: the wall clock skips this time, so it would silently become another hour
            throw new InvalidReleaseDateException("time", String.format(Locale.ENGLISH,
                    "%tR does not exist on %<te %<tb %<tY in %s: the clocks go forward then. Choose another time.",
                    local, zone.getId()));
        }
        Instant at = ZonedDateTime.of(local, zone).toInstant();
        if (at.isBefore(EARLIEST_RELEASE)) {
            throw new InvalidReleaseDateException("date", "Choose a date from 1 Jan 2000 on");
        }
        Instant latest = ZonedDateTime.now(clock).plusYears(MAX_YEARS_AHEAD).toInstant();
        if (at.isAfter(latest)) {
            throw new InvalidReleaseDateException("date",
                    "Choose a date within " + MAX_YEARS_AHEAD + " years, before " + MarketTime.date(latest, zone));
        }
        return at;
    }

    /** Episodes of a season come out in order in each market (the same moment is fine: a whole season at once). */
    private void checkEpisodeOrder(Episode episode, String marketCode, ZoneId zone, Instant at) {
        var others = em.createQuery("select r from TitleRelease r join fetch r.episode e where e.season = :season "
                        + "and r.marketCode = :market and e.id <> :episode", TitleRelease.class)
                .setParameter("season", episode.getSeason()).setParameter("market", marketCode)
                .setParameter("episode", episode.getId()).getResultList();
        for (TitleRelease other : others) {
            int number = other.getEpisode().getNumber();
            if (number < episode.getNumber() && other.getReleasedAt().isAfter(at)) {
                throw new InvalidReleaseDateException("date", "E" + number + " comes out in " + marketCode + " on "
                        + MarketTime.dateTime(other.getReleasedAt(), zone) + "; E" + episode.getNumber()
                        + " cannot come out before it");
            }
            if (number > episode.getNumber() && other.getReleasedAt().isBefore(at)) {
                throw new InvalidReleaseDateException("date", "E" + number + " comes out in " + marketCode + " on "
                        + MarketTime.dateTime(other.getReleasedAt(), zone) + "; E" + episode.getNumber()
                        + " cannot come out after it (move the later episodes first)");
            }
        }
    }

    private void checkVersion(@Nullable TitleRelease release, @Nullable Long version, Episode episode,
            String marketCode) {
        boolean unchanged = release == null ? version == null : version != null && release.getVersion() == version;
        if (!unchanged) {
            String by = audit.lastEventAbout("RELEASE", releaseSubject(episode.getId(), marketCode))
                    .map(e -> e.getActor()).orElse("another staff member");
            throw new ConcurrentEditException("The release of " + episode.titleAndLabel() + " in " + marketCode, by);
        }
    }

    private Episode episode(long episodeId) {
        Episode episode = em.find(Episode.class, episodeId);
        if (episode == null) {
            throw new NotFoundException("Episode", episodeId);
        }
        return episode;
    }

    private @Nullable TitleRelease existing(long episodeId, String marketCode) {
        return em.createQuery("select r from TitleRelease r where r.episode.id = :e and r.marketCode = :m",
                        TitleRelease.class)
                .setParameter("e", episodeId).setParameter("m", marketCode).getResultStream().findFirst().orElse(null);
    }

    private void publish(Episode episode, String marketCode, @Nullable Instant before, @Nullable Instant after) {
        events.publishEvent(new ReleaseDateChanged(episode.getId(), episode.getSeason().getTitle().getId(), marketCode,
                before, after, currentStaff.get().username(), clock.instant()));
    }

    private Map<String, ZoneId> zones() {
        Map<String, ZoneId> zones = new HashMap<>();
        markets.findAllByOrderByCode().forEach(m -> zones.put(m.getCode(), m.zone()));
        return zones;
    }

    private static String releaseSubject(long episodeId, String marketCode) {
        return episodeId + "/" + marketCode;
    }

    private static String describe(Instant at, ZoneId zone) {
        return MarketTime.dateTime(at, zone) + " (" + MarketTime.utc(at) + ")";
    }

    private static String like(String filter) {
        return "%" + filter.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
    }
}
