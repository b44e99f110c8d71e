package com.clipdesk.content;

import com.clipdesk.shared.NotFoundException;
import com.clipdesk.staff.CurrentStaff;
import com.clipdesk.staff.Role;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What review decisions do to content: remove it, approve an item held for review, flag a spoiler.
 * Called by the review module inside its decision's transaction, which has already checked the
 * decider's markets against the case; this class checks the role again. The takedown module keeps
 * each item's per-market blocks here ({@link #hideIn}). Every change to what members see publishes a
 * {@link ContentVisibilityChanged} in the same transaction.
 */
@Service
public class ContentModeration {

    private static final Role[] DECIDERS = {Role.MODERATOR, Role.LEAD_MODERATOR, Role.ADMIN};

    private final MomentRepository moments;
    private final FandomSubmissionRepository submissions;
    private final PrivateRecommendationRepository recommendations;
    private final WatchPartyMessageRepository chatMessages;
    private final CurrentStaff currentStaff;
    private final ApplicationEventPublisher events;
    private final jakarta.persistence.EntityManager em;
    private final NewMomentRows newMoments;

    ContentModeration(MomentRepository moments, FandomSubmissionRepository submissions,
            PrivateRecommendationRepository recommendations, WatchPartyMessageRepository chatMessages,
            CurrentStaff currentStaff, ApplicationEventPublisher events, jakarta.persistence.EntityManager em,
            NewMomentRows newMoments) {
        this.em = em;
        this.newMoments = newMoments;
        this.events = events;
        this.moments = moments;
        this.submissions = submissions;
        this.recommendations = recommendations;
        this.chatMessages = chatMessages;
        this.currentStaff = currentStaff;
    }

    /**
     * The item as review records it when a case opens. No staff scope applies: cases are opened by
     * the system from members' reports, and who may see the case is decided by its markets.
     */
    @Transactional(readOnly = true)
    public ReviewFacts reviewFacts(ContentKind kind, long id) {
        return switch (kind) {
            case MOMENT -> {
                Moment m = moments.findById(id).orElseThrow(() -> new NotFoundException("Moment", id));
                var episode = m.getEpisode();
                yield new ReviewFacts(kind, id,
                        episode.titleAndLabel() + " · " + Timecode.range(m.getStartSecond(), m.getEndSecond()),
                        m.getCaption(), m.getCreator().getId(), m.getCreator().getHandle(), m.getState(),
                        m.getMarkets(), m.getShareCount());
            }
            case FANDOM_SUBMISSION -> {
                FandomSubmission s = submissions.findById(id)
                        .orElseThrow(() -> new NotFoundException("Fandom submission", id));
                yield new ReviewFacts(kind, id, s.getTitle().getName() + " · " + s.getKind().label(), s.getBody(),
                        s.getCreator().getId(), s.getCreator().getHandle(), s.getState(), s.getMarkets(), 0);
            }
            case PRIVATE_RECOMMENDATION -> {
                PrivateRecommendation r = recommendations.findById(id)
                        .orElseThrow(() -> new NotFoundException("Private recommendation", id));
                yield new ReviewFacts(kind, id, r.context(), r.getMessage(), r.getSender().getId(),
                        r.getSender().getHandle(), r.getState(), Set.of(r.getMarketCode()), 0);
            }
            case WATCH_PARTY_MESSAGE -> {
                WatchPartyMessage c = chatMessages.findById(id)
                        .orElseThrow(() -> new NotFoundException("Watch-party message", id));
                WatchParty party = c.getParty();
                yield new ReviewFacts(kind, id, c.context(), c.getBody(), c.getAuthor().getId(),
                        c.getAuthor().getHandle(), c.getState(), Set.of(party.getMarketCode()), 0);
            }
        };
    }

    /**
     * Counts a report a member filed on the item, in the transaction that stores the report. A private
     * recommendation enters the search index with its first report (ReportedOnlyRoutingBinder).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void reportReceived(ContentKind kind, long id) {
        switch (kind) {
            case MOMENT -> moment(id).reportReceived();
            case FANDOM_SUBMISSION -> submission(id).reportReceived();
            case PRIVATE_RECOMMENDATION -> recommendation(id).reportReceived();
            case WATCH_PARTY_MESSAGE -> chatMessage(id).reportReceived();
        }
    }

    /** When, in what language and in what media the item was posted (for statements of reasons). */
    @Transactional(readOnly = true)
    public PostedContent posted(ContentKind kind, long id) {
        return switch (kind) {
            case MOMENT -> {
                Moment m = moment(id);
                yield new PostedContent(kind, id, m.getCreatedAt(), m.getLanguage(),
                        Set.of(ContentMedium.VIDEO, ContentMedium.TEXT), m.getMarkets());
            }
            case FANDOM_SUBMISSION -> {
                FandomSubmission s = submission(id);
                yield new PostedContent(kind, id, s.getCreatedAt(), s.getLanguage(), switch (s.getKind()) {
                    case FAN_ART -> Set.of(ContentMedium.IMAGE, ContentMedium.TEXT);
                    case EDIT -> Set.of(ContentMedium.VIDEO, ContentMedium.TEXT);
                    case THEORY, QUOTE -> Set.of(ContentMedium.TEXT);
                }, s.getMarkets());
            }
            case PRIVATE_RECOMMENDATION -> {
                PrivateRecommendation r = recommendation(id);
                yield new PostedContent(kind, id, r.getCreatedAt(), r.getLanguage(), Set.of(ContentMedium.TEXT),
                        Set.of(r.getMarketCode()));
            }
            case WATCH_PARTY_MESSAGE -> {
                WatchPartyMessage c = chatMessage(id);
                yield new PostedContent(kind, id, c.getSentAt(), c.getLanguage(), Set.of(ContentMedium.TEXT),
                        Set.of(c.getParty().getMarketCode()));
            }
        };
    }

    /** Removes the item for members everywhere (the takedown issue adds per-market scope). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void remove(ContentKind kind, long id) {
        currentStaff.require(DECIDERS);
        switch (kind) {
            case MOMENT -> moment(id).remove();
            case FANDOM_SUBMISSION -> submission(id).remove();
            case PRIVATE_RECOMMENDATION -> recommendation(id).remove();
            case WATCH_PARTY_MESSAGE -> chatMessage(id).remove();
        }
        changed(kind, id);
    }

    /** Publishes an item held for review; an item already visible stays as it is. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void approve(ContentKind kind, long id) {
        currentStaff.require(DECIDERS);
        switch (kind) {
            case MOMENT -> moment(id).approve();
            case FANDOM_SUBMISSION -> submission(id).approve();
            case PRIVATE_RECOMMENDATION -> recommendation(id).approve();
            case WATCH_PARTY_MESSAGE -> chatMessage(id).approve();
        }
        changed(kind, id);
    }

    /**
     * An appeal overturned a review decision that removed the item: members see it again. Takedowns
     * still in force keep hiding it where they apply; a spoiler flag the decision gave is cleared
     * with {@link #clearSpoiler}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void restore(ContentKind kind, long id) {
        currentStaff.require(DECIDERS);
        switch (kind) {
            case MOMENT -> moment(id).restore();
            case FANDOM_SUBMISSION -> submission(id).restore();
            case PRIVATE_RECOMMENDATION -> recommendation(id).restore();
            case WATCH_PARTY_MESSAGE -> chatMessage(id).restore();
        }
        changed(kind, id);
    }

    /** True for the kinds that can carry a spoiler flag (a private recommendation cannot). */
    public static boolean canBeSpoiler(ContentKind kind) {
        return kind != ContentKind.PRIVATE_RECOMMENDATION;
    }

    /** True when the item carries a spoiler flag already. */
    @Transactional(readOnly = true)
    public boolean isSpoiler(ContentKind kind, long id) {
        return switch (kind) {
            case MOMENT -> moment(id).isSpoiler();
            case FANDOM_SUBMISSION -> submission(id).isSpoiler();
            case WATCH_PARTY_MESSAGE -> chatMessage(id).isSpoiler();
            case PRIVATE_RECOMMENDATION -> false;
        };
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void markSpoiler(ContentKind kind, long id) {
        currentStaff.require(DECIDERS);
        spoiler(kind, id);
    }

    /**
     * As {@link #markSpoiler}, for a rule on ingest: no staff member is signed in; the admin who enabled
     * the rule is the authority (docs/rules.md).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void markSpoilerByRule(ContentKind kind, long id) {
        spoiler(kind, id);
    }

    private void spoiler(ContentKind kind, long id) {
        switch (kind) {
            case MOMENT -> moment(id).markSpoiler();
            case FANDOM_SUBMISSION -> submission(id).markSpoiler();
            case WATCH_PARTY_MESSAGE -> chatMessage(id).markSpoiler();
            case PRIVATE_RECOMMENDATION ->
                throw new IllegalArgumentException("A private recommendation cannot be flagged as a spoiler");
        }
        changed(kind, id);
    }

    /**
     * Clears the item's spoiler flag (a lead or admin unflagged it, the spoiler module recorded why).
     * Its holds are the spoiler module's to recompute in the same transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void clearSpoiler(ContentKind kind, long id) {
        currentStaff.require(Role.LEAD_MODERATOR, Role.ADMIN);
        switch (kind) {
            case MOMENT -> moment(id).clearSpoiler();
            case FANDOM_SUBMISSION -> submission(id).clearSpoiler();
            case WATCH_PARTY_MESSAGE -> chatMessage(id).clearSpoiler();
            case PRIVATE_RECOMMENDATION ->
                throw new IllegalArgumentException("A private recommendation cannot be flagged as a spoiler");
        }
        changed(kind, id);
    }

    /** Where the item is listed and what episode, season and title it shows (system read, no staff check). */
    @Transactional(readOnly = true)
    public SpoilerSubject spoilerSubject(ContentKind kind, long id) {
        return switch (kind) {
            case MOMENT -> {
                Moment m = moment(id);
                var episode = m.getEpisode();
                var title = episode.getSeason().getTitle();
                yield new SpoilerSubject(kind, id, m.getMarkets(), episode.getId(), episode.getSeason().getId(),
                        title.getId(), title.getKind(), episode.titleAndLabel());
            }
            case FANDOM_SUBMISSION -> {
                FandomSubmission s = submission(id);
                yield new SpoilerSubject(kind, id, s.getMarkets(), null, null, s.getTitle().getId(),
                        s.getTitle().getKind(), s.getTitle().getName());
            }
            case WATCH_PARTY_MESSAGE -> {
                WatchPartyMessage c = chatMessage(id);
                var episode = c.getParty().getEpisode();
                var title = episode.getSeason().getTitle();
                yield new SpoilerSubject(kind, id, Set.of(c.getParty().getMarketCode()), episode.getId(),
                        episode.getSeason().getId(), title.getId(), title.getKind(), episode.titleAndLabel());
            }
            case PRIVATE_RECOMMENDATION ->
                throw new IllegalArgumentException("A private recommendation cannot be flagged as a spoiler");
        };
    }

    /**
     * As {@link #spoilerSubject} for items created in this transaction (the ingest API), in order: the
     * Moments as {@link ContentIntake#createMoments} wrote them (else read with two queries per batch,
     * not loaded as entities: they were written with JDBC); other kinds one by one.
     */
    @Transactional(readOnly = true)
    public java.util.List<SpoilerSubject> spoilerSubjectsOfNew(java.util.List<ContentRef> items) {
        java.util.Map<Long, SpoilerSubject> known = new java.util.HashMap<>();
        for (ContentRef item : items) {
            SpoilerSubject subject = item.kind() == ContentKind.MOMENT ? newMoments.createdNow(item.id()) : null;
            if (subject != null) {
                known.put(item.id(), subject);
            }
        }
        java.util.List<Long> momentIds = items.stream()
                .filter(i -> i.kind() == ContentKind.MOMENT && !known.containsKey(i.id())).map(ContentRef::id).toList();
        java.util.Map<Long, Long> episodeOf = new java.util.HashMap<>();
        java.util.Map<Long, Set<String>> marketsOf = new java.util.HashMap<>();
        for (int from = 0; from < momentIds.size(); from += NewMomentRows.BATCH) {
            var part = momentIds.subList(from, Math.min(momentIds.size(), from + NewMomentRows.BATCH));
            em.createQuery("select m.id, m.episode.id from Moment m where m.id in :ids", Object[].class)
                    .setParameter("ids", part).getResultList().forEach(r -> episodeOf.put((Long) r[0], (Long) r[1]));
            em.createQuery("select m.id, k from Moment m join m.markets k where m.id in :ids", Object[].class)
                    .setParameter("ids", part).getResultList().forEach(r -> marketsOf
                            .computeIfAbsent((Long) r[0], id -> new java.util.HashSet<>()).add((String) r[1]));
        }
        java.util.Map<Long, com.clipdesk.catalog.Episode> episodes = new java.util.HashMap<>();
        java.util.List<SpoilerSubject> subjects = new java.util.ArrayList<>(items.size());
        for (ContentRef item : items) {
            if (item.kind() != ContentKind.MOMENT) {
                subjects.add(spoilerSubject(item.kind(), item.id()));
                continue;
            }
            if (known.containsKey(item.id())) {
                subjects.add(known.get(item.id()));
                continue;
            }
            Long episodeId = episodeOf.get(item.id());
            if (episodeId == null) {
                throw new NotFoundException("Moment", item.id());
            }
            var episode = episodes.computeIfAbsent(episodeId, id -> em.find(com.clipdesk.catalog.Episode.class, id));
            var title = episode.getSeason().getTitle();
            subjects.add(new SpoilerSubject(item.kind(), item.id(), marketsOf.getOrDefault(item.id(), Set.of()),
                    episode.getId(), episode.getSeason().getId(), title.getId(), title.getKind(),
                    episode.titleAndLabel()));
        }
        return subjects;
    }

    /** The Moments and chat messages of an episode, whose embargo follows its release dates. */
    @Transactional(readOnly = true)
    public java.util.List<ContentRef> itemsOfEpisode(long episodeId) {
        var items = new java.util.ArrayList<ContentRef>();
        em.createQuery("select m.id from Moment m where m.episode.id = :e", Long.class).setParameter("e", episodeId)
                .getResultStream().forEach(id -> items.add(new ContentRef(ContentKind.MOMENT, id)));
        em.createQuery("select c.id from WatchPartyMessage c where c.party.episode.id = :e", Long.class)
                .setParameter("e", episodeId).getResultStream()
                .forEach(id -> items.add(new ContentRef(ContentKind.WATCH_PARTY_MESSAGE, id)));
        return items;
    }

    /**
     * Replaces what release dates hold the item back in each market (the spoiler module computes it:
     * embargo before the release there, spoiler window after). A system rule, applied on time by the
     * spoiler scheduler as well as on staff actions, so no staff check here. Search follows at once,
     * share links after the commit ({@link ContentVisibilityChanged}).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean holdIn(ContentKind kind, long id, java.util.Map<String, MarketHold> holds) {
        boolean changed = setHolds(kind, id, holds);
        if (changed) {
            changed(kind, id);
        }
        return changed;
    }

    /**
     * The holds of items created in this transaction (the ingest API): as {@link #holdIn}, without
     * announcing a visibility change, since nothing outside the transaction has seen them yet (no board
     * features them, no share-link status of them is cached). A Moment's holds go in one JDBC batch (it
     * was written the same way, {@link ContentIntake#createMoments}, and is indexed at commit, after
     * this); other kinds through their entity.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void holdNewIn(java.util.Map<ContentRef, java.util.Map<String, MarketHold>> holds) {
        java.util.Map<Long, java.util.Map<String, MarketHold>> ofMoments = new java.util.LinkedHashMap<>();
        holds.forEach((item, hold) -> {
            if (item.kind() == ContentKind.MOMENT) {
                ofMoments.put(item.id(), hold);
            } else {
                setHolds(item.kind(), item.id(), hold);
            }
        });
        newMoments.insertHolds(ofMoments);
    }

    private boolean setHolds(ContentKind kind, long id, java.util.Map<String, MarketHold> holds) {
        boolean changed = switch (kind) {
            case MOMENT -> moment(id).holdIn(holds);
            case FANDOM_SUBMISSION -> submission(id).holdIn(holds);
            case WATCH_PARTY_MESSAGE -> chatMessage(id).holdIn(holds);
            case PRIVATE_RECOMMENDATION ->
                throw new IllegalArgumentException("A private recommendation has no release-date holds");
        };
        return changed;
    }

    /** The item's release-date holds per market. */
    @Transactional(readOnly = true)
    public java.util.Map<String, MarketHold> holdsOf(ContentKind kind, long id) {
        return switch (kind) {
            case MOMENT -> moment(id).getHolds();
            case FANDOM_SUBMISSION -> submission(id).getHolds();
            case WATCH_PARTY_MESSAGE -> chatMessage(id).getHolds();
            case PRIVATE_RECOMMENDATION -> java.util.Map.of();
        };
    }

    /** True for the kinds a takedown applies to (a private recommendation is only ever removed). */
    public static boolean canBeTakenDown(ContentKind kind) {
        return kind != ContentKind.PRIVATE_RECOMMENDATION;
    }

    /**
     * Hides the item from members in these markets ({@link MarketBlocks#EVERYWHERE} for all) and shows
     * it again everywhere else: the union of its active takedowns, which the takedown module computes
     * in its own transaction. Share links stop resolving in those markets (they are not revoked, so a
     * lift restores them), the search index follows at once.
     *
     * @throws org.springframework.orm.ObjectOptimisticLockingFailureException at flush when the item
     *     changed meanwhile (its version counts these blocks too)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void hideIn(ContentKind kind, long id, Set<String> markets) {
        currentStaff.require(DECIDERS);
        boolean changed = switch (kind) {
            case MOMENT -> moment(id).hideIn(markets);
            case FANDOM_SUBMISSION -> submission(id).hideIn(markets);
            case WATCH_PARTY_MESSAGE -> chatMessage(id).hideIn(markets);
            case PRIVATE_RECOMMENDATION ->
                throw new IllegalArgumentException("A private recommendation cannot be taken down, only removed");
        };
        if (changed) {
            changed(kind, id);
        }
    }

    /** The markets where takedowns hide the item now. */
    @Transactional(readOnly = true)
    public Set<String> hiddenIn(ContentKind kind, long id) {
        return switch (kind) {
            case MOMENT -> moment(id).getBlockedMarkets();
            case FANDOM_SUBMISSION -> submission(id).getBlockedMarkets();
            case WATCH_PARTY_MESSAGE -> chatMessage(id).getBlockedMarkets();
            case PRIVATE_RECOMMENDATION -> Set.of();
        };
    }

    private void changed(ContentKind kind, long id) {
        Set<String> tokens = kind == ContentKind.MOMENT ? moment(id).shareLinkTokens() : Set.of();
        events.publishEvent(new ContentVisibilityChanged(kind, id, tokens));
    }

    private Moment moment(long id) {
        return moments.findById(id).orElseThrow(() -> new NotFoundException("Moment", id));
    }

    private FandomSubmission submission(long id) {
        return submissions.findById(id).orElseThrow(() -> new NotFoundException("Fandom submission", id));
    }

    private PrivateRecommendation recommendation(long id) {
        return recommendations.findById(id).orElseThrow(() -> new NotFoundException("Private recommendation", id));
    }

    private WatchPartyMessage chatMessage(long id) {
        return chatMessages.findById(id).orElseThrow(() -> new NotFoundException("Watch-party message", id));
    }
}
