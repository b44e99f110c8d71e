package com.clipdesk.content;

import com.clipdesk.shared.CreatedAt;
import com.clipdesk.shared.NotFoundException;
import com.clipdesk.shared.OutOfScopeException;
import com.clipdesk.staff.CurrentStaff;
import com.clipdesk.staff.MarketScope;
import com.clipdesk.staff.Role;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of shared content, always limited to the signed-in staff member's markets: an item outside
 * them is neither listed nor shown, whatever id is asked for.
 */
@Service
@Transactional(readOnly = true)
public class ContentService {

    /** Roles that read reports, and so the private items that only reports reveal. */
    private static final Role[] REPORT_READERS = {Role.MODERATOR, Role.LEAD_MODERATOR, Role.AUDITOR, Role.ADMIN};

    private final MomentRepository moments;
    private final FandomSubmissionRepository submissions;
    private final PrivateRecommendationRepository recommendations;
    private final WatchPartyMessageRepository chatMessages;
    private final CurrentStaff currentStaff;
    private final EntityManager em;
    private final java.time.Clock clock;

    ContentService(MomentRepository moments, FandomSubmissionRepository submissions, PrivateRecommendationRepository recommendations,
            WatchPartyMessageRepository chatMessages, CurrentStaff currentStaff, EntityManager em, java.time.Clock clock) {
        this.clock = clock;
        this.em = em;
        this.moments = moments;
        this.submissions = submissions;
        this.recommendations = recommendations;
        this.chatMessages = chatMessages;
        this.currentStaff = currentStaff;
    }

    public Slice<MomentRow> moments(ContentFilter filter, Pageable page) {
        var spec = VisibleIn.scopeAndFilter(Moment.class, scope(), filter);
        return PageOfIds.find(em, Moment.class, spec, CreatedAt.newestFirst(page), moments::findWithDetailsByIdIn,
                Moment::getId).map(MomentRow::of);
    }

    public long countMoments(ContentFilter filter) {
        return moments.count(VisibleIn.scopeAndFilter(Moment.class, scope(), filter));
    }

    /**
     * Active Moments listed in the market, of titles of this kind, longer than {@code maxSeconds}: what a
     * shorter clip limit would leave outside the policy. No staff check: an aggregate for policy pages,
     * whose service checks the role.
     */
    public long countMomentsLongerThan(String market, com.clipdesk.catalog.TitleKind kind, int maxSeconds) {
        return countMomentsIn(market, new MomentSelection.LongerThan(kind, maxSeconds));
    }

    /** Active Moments listed in the market of the title (or one season of it): what a blackout would cover. */
    public long countMomentsOf(String market, long titleId, @org.jspecify.annotations.Nullable Long seasonId) {
        return countMomentsIn(market, new MomentSelection.OfTitle(titleId, seasonId));
    }

    /** Share links not revoked, of active Moments listed in the market, to one of these destinations. */
    public long countShareLinksTo(String market, java.util.Set<ShareDestination> destinations) {
        if (destinations.isEmpty()) {
            return 0;
        }
        return em.createQuery("""
                select count(l) from ShareLink l join l.moment m join m.markets mk
                where mk = :market and m.state = :active and l.revokedAt is null and l.destination in :destinations""",
                Long.class)
                .setParameter("market", market).setParameter("active", ContentState.ACTIVE)
                .setParameter("destinations", destinations).getSingleResult();
    }

    /**
     * How many active Moments listed in the market the selection holds. No staff check: an aggregate for
     * policy pages, whose service checks the role and the market.
     */
    public long countMomentsIn(String market, MomentSelection selection) {
        var query = em.createQuery("select count(m) from Moment m join m.markets mk where " + where(selection), Long.class);
        bind(query, market, selection);
        return query.getSingleResult();
    }

    /**
     * A page of the active Moments listed in the market that the selection holds, by id; each says whether
     * a takedown already hides it there. No staff check (see {@link #countMomentsIn}).
     */
    public List<MarketMomentRow> momentsIn(String market, MomentSelection selection, int offset, int limit) {
        var ids = em.createQuery("select m.id from Moment m join m.markets mk where " + where(selection)
                + " order by m.id", Long.class);
        bind(ids, market, selection);
        List<Long> page = ids.setFirstResult(offset).setMaxResults(limit).getResultList();
        if (page.isEmpty()) {
            return List.of();
        }
        var byId = new java.util.HashMap<Long, Moment>();
        moments.findWithDetailsByIdIn(page).forEach(m -> byId.put(m.getId(), m));
        return page.stream().map(byId::get).filter(java.util.Objects::nonNull).map(m -> new MarketMomentRow(m.getId(),
                m.getEpisode().getSeason().getTitle().getName(), m.getEpisode().label(),
                m.getEpisode().getSeason().getTitle().getKind(), m.getEndSecond() - m.getStartSecond(), m.getState(),
                MarketBlocks.blocks(m.getBlockedMarkets(), market))).toList();
    }

    /** The ids of at most {@code limit} of them, in the same order, for a bulk action on all listed. */
    public List<Long> momentIdsIn(String market, MomentSelection selection, int limit) {
        var ids = em.createQuery("select m.id from Moment m join m.markets mk where " + where(selection)
                + " order by m.id", Long.class);
        bind(ids, market, selection);
        return ids.setMaxResults(limit).getResultList();
    }

    private static String where(MomentSelection selection) {
        String base = "mk = :market and m.state = :active";
        return switch (selection) {
            case MomentSelection.LongerThan l ->
                base + " and m.episode.season.title.kind = :kind and m.endSecond - m.startSecond > :max";
            case MomentSelection.OfTitle t -> base + " and m.episode.season.title.id = :title"
                    + (t.seasonId() == null ? "" : " and m.episode.season.id = :season");
            case MomentSelection.SharedTo d -> d.destinations().isEmpty() ? base + " and 1 = 0" : base + " and exists (select 1 from ShareLink l where l.moment = m"
                    + " and l.revokedAt is null and l.destination in :destinations)";
        };
    }

    private static void bind(jakarta.persistence.TypedQuery<?> query, String market, MomentSelection selection) {
        query.setParameter("market", market).setParameter("active", ContentState.ACTIVE);
        switch (selection) {
            case MomentSelection.LongerThan l -> query.setParameter("kind", l.kind()).setParameter("max", l.maxSeconds());
            case MomentSelection.OfTitle t -> {
                query.setParameter("title", t.titleId());
                if (t.seasonId() != null) {
                    query.setParameter("season", t.seasonId());
                }
            }
            case MomentSelection.SharedTo d -> {
                if (!d.destinations().isEmpty()) {
                    query.setParameter("destinations", d.destinations());
                }
            }
        }
    }

    public MomentDetails moment(long id) {
        Moment moment = moments.findWithDetailsById(id).orElseThrow(() -> new NotFoundException("Moment", id));
        requireInScope("Moment", id, moment.getMarkets());
        return MomentDetails.of(moment, clock.instant());
    }

    public Slice<SubmissionRow> submissions(ContentFilter filter, Pageable page) {
        var spec = VisibleIn.scopeAndFilter(FandomSubmission.class, scope(), filter);
        return PageOfIds.find(em, FandomSubmission.class, spec, CreatedAt.newestFirst(page),
                submissions::findWithDetailsByIdIn, FandomSubmission::getId).map(SubmissionRow::of);
    }

    public long countSubmissions(ContentFilter filter) {
        return submissions.count(VisibleIn.scopeAndFilter(FandomSubmission.class, scope(), filter));
    }

    public SubmissionDetails submission(long id) {
        FandomSubmission submission = submissions.findWithDetailsById(id)
                .orElseThrow(() -> new NotFoundException("Fandom submission", id));
        requireInScope("Fandom submission", id, submission.getMarkets());
        return SubmissionDetails.of(submission);
    }

    /** A watch-party message with the messages around it; for roles that read reports, in their markets. */
    public MessageDetails message(long id) {
        currentStaff.require(REPORT_READERS);
        WatchPartyMessage m = chatMessages.findById(id)
                .orElseThrow(() -> new NotFoundException("Watch-party message", id));
        requireInScope("Watch-party message", id, Set.of(m.getParty().getMarketCode()));
        List<WatchPartyMessage> before = new java.util.ArrayList<>(
                chatMessages.findTop3ByPartyAndSentAtBeforeOrderBySentAtDesc(m.getParty(), m.getSentAt()));
        java.util.Collections.reverse(before);
        return MessageDetails.of(m, before,
                chatMessages.findTop3ByPartyAndSentAtAfterOrderBySentAtAsc(m.getParty(), m.getSentAt()));
    }

    /**
     * A private recommendation; for roles that read reports, in their markets, and only once reported:
     * an unreported one is private to its two members, so it is "not found" for staff.
     */
    public RecommendationDetails recommendation(long id) {
        currentStaff.require(REPORT_READERS);
        PrivateRecommendation r = recommendations.findById(id)
                .filter(PrivateRecommendation::isReported)
                .orElseThrow(() -> new NotFoundException("Private recommendation", id));
        requireInScope("Private recommendation", id, Set.of(r.getMarketCode()));
        return RecommendationDetails.of(r);
    }

    /** Languages that Moments are written in, for filters. */
    public List<String> languages() {
        return moments.languages();
    }

    /**
     * Any item as a report shows it. Private recommendations and chat messages are only reachable
     * this way, and only for roles that read reports.
     */
    public ContentSubject subject(ContentKind kind, long id) {
        return switch (kind) {
            case MOMENT -> {
                MomentDetails m = moment(id);
                yield new ContentSubject(kind, id, m.titleAndEpisode() + " · " + m.timecode(),
                        m.caption(), m.language(), m.creatorHandle(), m.markets(), m.state(), m.createdAt(), null);
            }
            case FANDOM_SUBMISSION -> {
                SubmissionDetails s = submission(id);
                yield new ContentSubject(kind, id, s.titleName() + " · " + s.kind().label(), s.body(), s.language(),
                        s.creatorHandle(), s.markets(), s.state(), s.createdAt(), null);
            }
            case PRIVATE_RECOMMENDATION -> {
                currentStaff.require(REPORT_READERS);
                PrivateRecommendation r = recommendations.findById(id)
                        .orElseThrow(() -> new NotFoundException("Private recommendation", id));
                requireInScope("Private recommendation", id, Set.of(r.getMarketCode()));
                yield new ContentSubject(kind, id, "Recommends " + r.getTitle().getName(), r.getMessage(),
                        r.getLanguage(), r.getSender().getHandle(), Set.of(r.getMarketCode()), r.getState(),
                        r.getCreatedAt(), r.getRecipient().getHandle());
            }
            case WATCH_PARTY_MESSAGE -> {
                currentStaff.require(REPORT_READERS);
                WatchPartyMessage c = chatMessages.findById(id)
                        .orElseThrow(() -> new NotFoundException("Watch-party message", id));
                WatchParty party = c.getParty();
                requireInScope("Watch-party message", id, Set.of(party.getMarketCode()));
                yield new ContentSubject(kind, id, c.context(), c.getBody(), c.getLanguage(), c.getAuthor().getHandle(), Set.of(party.getMarketCode()),
                        c.getState(), c.getSentAt(), null);
            }
        };
    }

    private MarketScope scope() {
        return currentStaff.get().scope();
    }

    private void requireInScope(String what, long id, Set<String> itemMarkets) {
        if (!scope().includesAny(itemMarkets)) {
            throw new OutOfScopeException(what, id);
        }
    }
}
