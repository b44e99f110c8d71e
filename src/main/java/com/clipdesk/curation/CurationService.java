package com.clipdesk.curation;

import com.clipdesk.audit.AuditLog;
import com.clipdesk.catalog.CatalogService;
import com.clipdesk.catalog.MarketView;
import com.clipdesk.catalog.Title;
import com.clipdesk.content.ContentKind;
import com.clipdesk.content.ContentVisibilityChanged;
import com.clipdesk.content.Moment;
import com.clipdesk.content.Timecode;
import com.clipdesk.curation.BoardView.NoticeView;
import com.clipdesk.curation.BoardView.SlotView;
import com.clipdesk.curation.BoardWithdrawals.Holding;
import com.clipdesk.policy.ClipBlackout;
import com.clipdesk.policy.EffectivePolicy;
import com.clipdesk.policy.PolicyDecisions;
import com.clipdesk.policy.PolicyPublished;
import com.clipdesk.policy.PolicyService;
import com.clipdesk.shared.ConcurrentEditException;
import com.clipdesk.shared.NotFoundException;
import com.clipdesk.shared.OutOfScopeException;
import com.clipdesk.staff.CurrentStaff;
import com.clipdesk.staff.Role;
import com.clipdesk.staff.SignedInStaff;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Featured boards: read, add, remove, move, schedule, publish. Curators work in their markets,
 * admins everywhere; nobody else. Every change checks the board version the curator read (optimistic
 * locking), is audited, and only eligible Moments go on a board. When moderation makes a featured
 * Moment ineligible in a market, it leaves that market's boards in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class CurationService {

    static final Role[] CURATORS = {Role.CURATOR, Role.ADMIN};
    static final String SUBJECT = "FEATURED_BOARD";
    /** What {@link PolicyPublished#market()} says for the default policy: it affects every market. */
    static final String EVERY_MARKET = "*";
    private static final int NOTICES_SHOWN = 20;

    private final FeaturedBoardRepository boards;
    private final BoardWithdrawals withdrawals;
    private final CuratorNoticeRepository notices;
    private final CatalogService catalog;
    private final PolicyDecisions policies;
    private final PolicyService policyVersions;
    private final CurrentStaff currentStaff;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final EntityManager em;
    private final Clock clock;

    CurationService(FeaturedBoardRepository boards, BoardWithdrawals withdrawals, CuratorNoticeRepository notices, CatalogService catalog,
            PolicyDecisions policies, PolicyService policyVersions, CurrentStaff currentStaff, AuditLog audit, ApplicationEventPublisher events,
            EntityManager em, Clock clock) {
        this.boards = boards;
        this.withdrawals = withdrawals;
        this.notices = notices;
        this.catalog = catalog;
        this.policies = policies;
        this.policyVersions = policyVersions;
        this.currentStaff = currentStaff;
        this.audit = audit;
        this.events = events;
        this.em = em;
        this.clock = clock;
    }

    /** The markets the signed-in curator may curate. */
    public List<MarketView> markets() {
        SignedInStaff staff = currentStaff.require(CURATORS);
        return catalog.markets().stream().filter(m -> staff.scope().includes(m.code())).toList();
    }

    /** Whether the signed-in staff member may curate in some market: who gets the curators' bell. */
    public boolean canCurate() {
        try {
            SignedInStaff staff = currentStaff.get();
            return staff.hasAny(CURATORS) && (staff.scope().allMarkets() || !staff.scope().markets().isEmpty());
        } catch (org.springframework.security.access.AccessDeniedException notSignedIn) {
            return false;
        }
    }

    public BoardView board(BoardKey key) {
        SignedInStaff staff = currentStaff.require(CURATORS);
        BoardKey k = key(key, staff);
        @Nullable Title title = title(k);
        String code = k.market();
        Instant now = clock.instant();
        FeaturedBoard board = boards.findByMarketCodeAndSurfaceAndTitleKey(code, k.surface(), k.titleKey()).orElse(null);
        List<NoticeView> open = notices.findByMarketCodeInAndDismissedAtIsNullOrderByCreatedAtDesc(List.of(code),
                PageRequest.of(0, NOTICES_SHOWN)).stream().map(CurationService::notice).toList();
        String titleName = title == null ? null : title.getName();
        if (board == null) {
            return new BoardView(code, k.surface(), k.titleId(), titleName, List.of(), List.of(), false, null, null, null,
                    null, null, open);
        }
        return new BoardView(code, k.surface(), k.titleId(), titleName, slots(board.draft(), board, now),
                slots(board.published(), board, now), board.hasUnpublishedChanges(), board.getPublishedBy(),
                board.getPublishedAt(), board.getLastEditedBy(), board.getLastEditedAt(), board.getVersion(), open);
    }

    /** The market's title-page boards by title name, to jump to. */
    public List<BoardView.TitlePage> titlePages(String market) {
        String code = market(market, currentStaff.require(CURATORS));
        return boards.titlePages(code).stream().map(r -> new BoardView.TitlePage(((Number) r[0]).longValue(),
                (String) r[1], ((Number) r[2]).intValue(), (Instant) r[3])).toList();
    }

    /** Why the Moment may not be featured in the market now; null when it may. */
    public @Nullable String refusal(long momentId, String market) {
        return refusal(momentId, BoardKey.homeRow(market));
    }

    /** Why the Moment may not go on the board now (a title page: only its title's Moments); null when it may. */
    public @Nullable String refusal(long momentId, BoardKey key) {
        BoardKey k = key(key, currentStaff.require(CURATORS));
        @Nullable Title title = title(k);
        Instant now = clock.instant();
        return Eligibility.refusal(MomentFacts.of(moment(momentId)), k.titleId(), title == null ? null : title.getName(),
                k.market(), policies.effectiveIn(k.market(), now).orElse(null), now);
    }

    /** Adds an eligible Moment at the end of the draft; {@code expectedVersion} null for a board never edited. */
    @Transactional
    public BoardView add(BoardKey key, @Nullable Long expectedVersion, long momentId,
            @Nullable Instant startsAt, @Nullable Instant endsAt) {
        SignedInStaff staff = currentStaff.require(CURATORS);
        BoardKey k = key(key, staff);
        @Nullable Title title = title(k);
        String code = k.market();
        Instant now = clock.instant();
        Moment moment = em.find(Moment.class, momentId);
        if (moment == null) {
            throw new InvalidCurationException("momentId", "No Moment has the id " + momentId + ".");
        }
        String refusal = Eligibility.refusal(MomentFacts.of(moment), k.titleId(), title == null ? null : title.getName(),
                code, policies.effectiveIn(code, now).orElse(null), now);
        if (refusal != null) {
            throw new InvalidCurationException("momentId", "Moment " + momentId + " cannot be featured on "
                    + label(code, title) + ": " + refusal + ".");
        }
        FeaturedBoard board = current(k, title, expectedVersion, staff, now);
        change(() -> board.add(momentId, startsAt, endsAt, staff.username(), now));
        audit.record("FEATURED_ADDED", SUBJECT, board.getId(), code, "Added Moment " + momentId + " to "
                + label(board) + schedule(startsAt, endsAt));
        return saved(board, k);
    }

    @Transactional
    public BoardView remove(BoardKey key, long expectedVersion, long momentId) {
        SignedInStaff staff = currentStaff.require(CURATORS);
        BoardKey k = key(key, staff);
        String code = k.market();
        Instant now = clock.instant();
        FeaturedBoard board = current(k, title(k), expectedVersion, staff, now);
        change(() -> board.remove(momentId, staff.username(), now));
        audit.record("FEATURED_REMOVED", SUBJECT, board.getId(), code, "Removed Moment " + momentId + " from "
                + label(board));
        return saved(board, k);
    }

    /** Moves a Moment of the draft to {@code position} (0-based). */
    @Transactional
    public BoardView move(BoardKey key, long expectedVersion, long momentId, int position) {
        SignedInStaff staff = currentStaff.require(CURATORS);
        BoardKey k = key(key, staff);
        String code = k.market();
        Instant now = clock.instant();
        FeaturedBoard board = current(k, title(k), expectedVersion, staff, now);
        change(() -> board.move(momentId, position, staff.username(), now));
        audit.record("FEATURED_MOVED", SUBJECT, board.getId(), code, "Moved Moment " + momentId + " to position "
                + (position + 1) + " on " + label(board));
        return saved(board, k);
    }

    /** Shows the Moment between two instants (UTC; either may be null: open-ended). */
    @Transactional
    public BoardView schedule(BoardKey key, long expectedVersion, long momentId,
            @Nullable Instant startsAt, @Nullable Instant endsAt) {
        SignedInStaff staff = currentStaff.require(CURATORS);
        BoardKey k = key(key, staff);
        String code = k.market();
        Instant now = clock.instant();
        FeaturedBoard board = current(k, title(k), expectedVersion, staff, now);
        change(() -> board.schedule(momentId, startsAt, endsAt, staff.username(), now));
        audit.record("FEATURED_SCHEDULED", SUBJECT, board.getId(), code, "Scheduled Moment " + momentId + " on "
                + label(board) + schedule(startsAt, endsAt));
        return saved(board, k);
    }

    /** Makes the draft what the featured API serves; refused while a draft Moment is not eligible. */
    @Transactional
    public BoardView publish(BoardKey key, long expectedVersion) {
        SignedInStaff staff = currentStaff.require(CURATORS);
        BoardKey k = key(key, staff);
        @Nullable Title title = title(k);
        String code = k.market();
        Instant now = clock.instant();
        FeaturedBoard board = current(k, title, expectedVersion, staff, now);
        var policy = policies.effectiveIn(code, now).orElse(null);
        for (FeaturedSlot slot : board.draft()) {
            String refusal = Eligibility.refusal(MomentFacts.of(moment(slot.getMomentId())), k.titleId(),
                    title == null ? null : title.getName(), code, policy, now);
            if (refusal != null) {
                throw new InvalidCurationException("momentId", "Moment " + slot.getMomentId() + " cannot be featured in "
                        + code + ": " + refusal + ". Remove it, then publish.");
            }
        }
        board.publish(staff.username(), now);
        audit.record("FEATURED_PUBLISHED", SUBJECT, board.getId(), code, "Published " + label(board) + " with "
                + board.draft().size() + " Moments");
        events.publishEvent(new FeaturedBoardPublished(k, board.getPublishedRevision(), board.draft().size(),
                staff.username(), now));
        return saved(board, k);
    }

    @Transactional
    public void dismissNotice(long noticeId) {
        SignedInStaff staff = currentStaff.require(CURATORS);
        CuratorNotice notice = notices.findById(noticeId).orElseThrow(() -> new NotFoundException("Notice", noticeId));
        market(notice.getMarketCode(), staff);
        notice.dismiss(staff.username(), clock.instant());
    }

    /** Open notices in the curator's markets, newest first (the bell). */
    public List<NoticeView> openNotices() {
        SignedInStaff staff = currentStaff.require(CURATORS);
        var page = PageRequest.of(0, NOTICES_SHOWN);
        var found = staff.scope().allMarkets() ? notices.findByDismissedAtIsNullOrderByCreatedAtDesc(page)
                : notices.findByMarketCodeInAndDismissedAtIsNullOrderByCreatedAtDesc(staff.scope().markets(), page);
        return found.stream().map(CurationService::notice).toList();
    }

    /** How many notices are open in the curator's markets (the bell's badge). */
    public long openNoticeCount() {
        SignedInStaff staff = currentStaff.require(CURATORS);
        return staff.scope().allMarkets() ? notices.countByDismissedAtIsNull()
                : notices.countByMarketCodeInAndDismissedAtIsNull(staff.scope().markets());
    }

    // --- reaction to moderation ------------------------------------------------------------------

    /**
     * A review removal, takedown or release-date hold changed where a Moment may be shown: it leaves
     * every board of a market where it is no longer eligible, in the same transaction (a system rule:
     * no staff check; the audit names who caused it).
     */
    @EventListener
    @Transactional
    void on(ContentVisibilityChanged changed) {
        if (changed.kind() == ContentKind.MOMENT) {
            withdrawIfIneligible(changed.id());
        }
    }

    /** Takes the Moment off the boards of the markets where it may no longer be featured. */
    void withdrawIfIneligible(long momentId) {
        List<Holding> holding = withdrawals.holding(momentId);
        if (holding.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        MomentFacts facts = MomentFacts.of(moment(momentId));
        for (Holding on : holding) {
            String market = on.marketCode();
            String reason = Eligibility.refusal(facts, market, policies.effectiveIn(market, now).orElse(null), now);
            if (reason != null) {
                withdraw(on, reason, now);
            }
        }
    }

    // --- reaction to policy changes --------------------------------------------------------------

    /**
     * A policy version was published (in its transaction). In force now: the boards of the markets it
     * affects (every market for the default policy) lose the Moments the policy now refuses, read through
     * the publication's transaction (the compiled policies learn of it only after commit). In force later:
     * nothing changes now; {@link BoardPolicyCheck} re-checks those boards once its time has come.
     */
    @EventListener
    @Transactional
    void on(PolicyPublished published) {
        Instant now = clock.instant();
        if (!published.effectiveAt().isAfter(now)) {
            recheck(Set.of(published.market()), now);
        }
    }

    /**
     * Re-checks the boards of markets whose policy in force changed in (since, now]: a version published or
     * taking effect then, or a blackout of the policy in force starting then. Every board when
     * {@code since} is null (the first check after start). A system rule: no staff check.
     *
     * @return how many Moments left a board
     */
    @Transactional
    public int recheckPolicyChanges(@Nullable Instant since, Instant now) {
        if (since == null) {
            return recheck(Set.of(EVERY_MARKET), now);
        }
        Set<String> markets = new HashSet<>(policyVersions.marketsChangedBetween(since, now));
        if (!markets.contains(EVERY_MARKET)) {
            for (String market : boards.boardMarkets()) {
                Optional<EffectivePolicy> policy = policyVersions.inForce(market, now);
                if (policy.isPresent() && policy.get().blackouts().stream().map(ClipBlackout::from)
                        .anyMatch(from -> from != null && from.isAfter(since) && !from.isAfter(now))) {
                    markets.add(market);
                }
            }
        }
        return markets.isEmpty() ? 0 : recheck(markets, now);
    }

    /** The boards of {@code markets} ({@value #EVERY_MARKET}: all) lose the Moments refused there now. */
    private int recheck(Collection<String> markets, Instant now) {
        List<Holding> onBoards = withdrawals.onBoardsOf(markets.contains(EVERY_MARKET) ? null : markets);
        Map<String, @Nullable EffectivePolicy> policyOf = new HashMap<>();
        Map<Long, MomentFacts> factsOf = new HashMap<>();
        int withdrawn = 0;
        for (Holding on : onBoards) {
            String market = on.marketCode();
            EffectivePolicy policy = policyOf.computeIfAbsent(market, m -> policyVersions.inForce(m, now).orElse(null));
            MomentFacts facts = factsOf.computeIfAbsent(on.momentId(), id -> MomentFacts.of(moment(id)));
            String reason = Eligibility.refusal(facts, market, policy, now);
            if (reason != null && withdraw(on, reason, now)) {
                withdrawn++;
            }
        }
        return withdrawn;
    }

    /**
     * Off the board's draft and published order, with a notice, an audit event and the event; false if
     * not on it (any more). Never fails on a curator's concurrent save of the board: see {@link BoardWithdrawals}.
     */
    private boolean withdraw(Holding on, String reason, Instant now) {
        if (!withdrawals.drop(on.boardId(), on.momentId(), "system", now)) {
            return false;
        }
        String market = on.marketCode();
        long momentId = on.momentId();
        String board = label(market, on.titleName());
        notices.save(new CuratorNotice(market, on.surface(), on.titleId(), momentId, "Moment " + momentId + " left "
                + board + ": " + reason + ".", now));
        audit.record("FEATURED_WITHDRAWN", SUBJECT, on.boardId(), market, "Moment " + momentId + " left " + board
                + ": " + reason);
        events.publishEvent(new FeaturedMomentWithdrawn(market, on.surface(), on.titleId(), momentId, reason));
        return true;
    }

    // --- helpers ---------------------------------------------------------------------------------

    private List<SlotView> slots(List<FeaturedSlot> slots, FeaturedBoard board, Instant now) {
        String market = board.getMarketCode();
        @Nullable Title title = board.getTitle();
        if (slots.isEmpty()) {
            return List.of();
        }
        Map<Long, Moment> byId = em.createQuery("""
                select m from Moment m join fetch m.episode e join fetch e.season s join fetch s.title
                where m.id in :ids""", Moment.class)
                .setParameter("ids", slots.stream().map(FeaturedSlot::getMomentId).toList()).getResultList().stream()
                .collect(Collectors.toMap(Moment::getId, Function.identity()));
        var policy = policies.effectiveIn(market, now).orElse(null);
        return slots.stream().map(s -> {
            Moment m = byId.get(s.getMomentId());
            var episode = m.getEpisode();
            return new SlotView(m.getId(), s.getPosition(), episode.getSeason().getTitle().getName(), episode.label(),
                    episode.getId(),
                    Timecode.range(m.getStartSecond(), m.getEndSecond()), m.getStartSecond(), m.getEndSecond(),
                    m.getCaption(), m.getShareCount(), m.isSpoiler(), s.getStartsAt(), s.getEndsAt(), s.getAddedBy(),
                    s.getAddedAt(), Eligibility.refusal(MomentFacts.of(m), board.getTitleId(),
                            title == null ? null : title.getName(), market, policy, now), s.liveAt(now));
        }).toList();
    }

    private static NoticeView notice(CuratorNotice n) {
        return new NoticeView(n.getId(), n.getMarketCode(), n.getSurface(), n.getTitleId(), n.getMomentId(),
                n.getMessage(), n.getCreatedAt());
    }

    private String market(String market, SignedInStaff staff) {
        String code = market.strip().toUpperCase(Locale.ROOT);
        if (catalog.markets().stream().noneMatch(m -> m.code().equals(code))) {
            throw new NotFoundException("Market", market);
        }
        if (!staff.scope().includes(code)) {
            throw new OutOfScopeException("Market", code);
        }
        return code;
    }

    /**
     * The key in the market's spelling, once the market is in the staff member's scope (checked first, as
     * for every board) and the surface and title fit.
     */
    private BoardKey key(BoardKey key, SignedInStaff staff) {
        String code = market(key.market(), staff);
        String mismatch = key.mismatch();
        if (mismatch != null) {
            throw new InvalidCurationException("title", mismatch);
        }
        return key.inMarket(code);
    }

    /** The title of a title page (null for a home row); an unknown title is not found. */
    private @Nullable Title title(BoardKey key) {
        if (key.titleId() == null) {
            return null;
        }
        Title title = em.find(Title.class, key.titleId());
        if (title == null) {
            throw new NotFoundException("Title", key.titleId());
        }
        return title;
    }

    private Moment moment(long id) {
        Moment m = em.find(Moment.class, id);
        if (m == null) {
            throw new NotFoundException("Moment", id);
        }
        return m;
    }

    /** The board at the version the curator read; a new board when it never existed and none was read. */
    private FeaturedBoard current(BoardKey key, @Nullable Title title, @Nullable Long expectedVersion,
            SignedInStaff staff, Instant now) {
        FeaturedBoard board = boards.findByMarketCodeAndSurfaceAndTitleKey(key.market(), key.surface(), key.titleKey())
                .orElse(null);
        if (board == null) {
            if (expectedVersion != null) {
                throw new NotFoundException("Featured board", label(key.market(), title));
            }
            return boards.save(new FeaturedBoard(key.market(), key.surface(), title, staff.username(), now));
        }
        if (expectedVersion == null || board.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("The " + label(board) + " board", board.getLastEditedBy());
        }
        return board;
    }

    private static void change(Runnable change) {
        try {
            change.run();
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new InvalidCurationException(null, e.getMessage());
        }
    }

    private BoardView saved(FeaturedBoard board, BoardKey key) {
        try {
            em.flush();
        } catch (OptimisticLockingFailureException | jakarta.persistence.OptimisticLockException
                | DataIntegrityViolationException e) {
            throw new ConcurrentEditException("The " + label(board) + " board", "another curator");
        }
        return board(key);
    }

    /** "FR home row", "FR title page of Nightfall": what audit events, notices and errors call a board. */
    private static String label(FeaturedBoard board) {
        return label(board.getMarketCode(), board.getTitle());
    }

    private static String label(String market, @Nullable Title title) {
        return label(market, title == null ? null : title.getName());
    }

    private static String label(String market, @Nullable String titleName) {
        return market + " " + (titleName == null ? Surface.HOME_ROW.label().toLowerCase(Locale.ROOT)
                : Surface.TITLE_PAGE.label().toLowerCase(Locale.ROOT) + " of " + titleName);
    }

    private static String schedule(@Nullable Instant startsAt, @Nullable Instant endsAt) {
        if (startsAt == null && endsAt == null) {
            return "";
        }
        return ", shown " + (startsAt == null ? "from now" : "from " + startsAt) + (endsAt == null ? "" : " until " + endsAt);
    }
}
