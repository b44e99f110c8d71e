package com.clipdesk.content;

import com.clipdesk.catalog.Episode;
import com.clipdesk.catalog.Title;
import com.clipdesk.member.Member;
import com.clipdesk.shared.NotFoundException;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Content the product's own systems push in (the ingest API, issue 11): creates and revises Moments,
 * share links, fandom submissions, watch parties, chat messages and private recommendations. No staff
 * role applies (the API's client is authorised by its token's scope); runs in the caller's
 * transaction, which also records the product's external ids. The entities check their own rules and
 * throw {@link IllegalArgumentException} when a value breaks one; unknown ids throw
 * {@link NotFoundException}.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ContentIntake {

    private final EntityManager em;
    private final NewMomentRows newMoments;
    private final ApplicationEventPublisher events;

    ContentIntake(EntityManager em, NewMomentRows newMoments, ApplicationEventPublisher events) {
        this.em = em;
        this.newMoments = newMoments;
        this.events = events;
    }

    /**
     * Creates the Moments in JDBC batches (a bulk push creates hundreds per transaction; one identity
     * insert each was most of its time) and indexes them at commit. Not loaded into the session: their
     * holds are set with {@link ContentModeration#holdNewIn(java.util.Map)}.
     *
     * @return their ids, in order
     */
    public List<Long> createMoments(List<NewMoment> moments) {
        if (moments.isEmpty()) {
            return List.of();
        }
        return newMoments.insert(moments);
    }

    /** A Moment's episode and creator: neither changes once the Moment exists. */
    public record MomentOrigin(long episodeId, long creatorId) {}

    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public MomentOrigin momentOrigin(long id) {
        Moment moment = find(Moment.class, id);
        return new MomentOrigin(moment.getEpisode().getId(), moment.getCreator().getId());
    }

    /**
     * A newer version of a Moment. Its markets decide where its share links answer, so the share-link
     * status caches of every node drop its links ({@link ContentVisibilityChanged}).
     */
    public void reviseMoment(long id, int startSecond, int endSecond, String caption, String language,
            Set<String> markets) {
        Moment moment = find(Moment.class, id);
        moment.revise(startSecond, endSecond, caption, language, markets);
        events.publishEvent(new ContentVisibilityChanged(ContentKind.MOMENT, id, moment.shareLinkTokens()));
    }

    public long createShareLink(long momentId, String token, ShareDestination destination, Instant createdAt,
            @Nullable Instant revokedAt) {
        ShareLink link = new ShareLink(find(Moment.class, momentId), token, destination, createdAt);
        if (revokedAt != null) {
            link.revoke(revokedAt);
        }
        em.persist(link);
        return link.getId();
    }

    /** A newer version of a link: its destination, and its revocation (a revoked link stays revoked). */
    public void reviseShareLink(long id, ShareDestination destination, @Nullable Instant revokedAt) {
        ShareLink link = find(ShareLink.class, id);
        link.reviseDestination(destination);
        if (revokedAt != null) {
            link.revoke(revokedAt);
            // a revoked link answers "revoked" on every node at once, not after the cache's TTL
            events.publishEvent(new ContentVisibilityChanged(ContentKind.MOMENT, link.getMoment().getId(),
                    Set.of(link.getToken())));
        }
    }

    /** The tokens of these that a share link has already. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Set<String> takenTokens(Collection<String> tokens) {
        if (tokens.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select l.token from ShareLink l where l.token in :tokens", String.class)
                .setParameter("tokens", tokens).getResultList());
    }

    /** @param heldForReview a market's sharing policy pre-moderates it: members see it once kept */
    public long createSubmission(long titleId, SubmissionKind kind, String body, @Nullable String mediaRef,
            String language, long creatorId, Instant createdAt, Set<String> tags, Set<String> markets,
            boolean heldForReview) {
        FandomSubmission submission = new FandomSubmission(title(titleId), kind, body, mediaRef, language,
                member(creatorId), createdAt, tags, markets);
        if (heldForReview) {
            submission.holdForReview();
        }
        em.persist(submission);
        return submission.getId();
    }

    public void reviseSubmission(long id, SubmissionKind kind, String body, @Nullable String mediaRef, String language,
            Set<String> tags, Set<String> markets) {
        find(FandomSubmission.class, id).revise(kind, body, mediaRef, language, tags, markets);
    }

    public long createWatchParty(long episodeId, long hostId, String marketCode, Instant startedAt) {
        WatchParty party = new WatchParty(episode(episodeId), member(hostId), marketCode, startedAt);
        em.persist(party);
        return party.getId();
    }

    /** The party's market: its chat messages are visible there only. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public String marketOfParty(long partyId) {
        return find(WatchParty.class, partyId).getMarketCode();
    }

    public long createMessage(long partyId, long authorId, String body, String language, Instant sentAt) {
        WatchPartyMessage message = new WatchPartyMessage(find(WatchParty.class, partyId), member(authorId), body,
                language, sentAt);
        em.persist(message);
        return message.getId();
    }

    public void reviseMessage(long id, String body, String language) {
        find(WatchPartyMessage.class, id).revise(body, language);
    }

    public long createRecommendation(long senderId, long recipientId, long titleId, String message, String language,
            String marketCode, Instant createdAt) {
        PrivateRecommendation recommendation = new PrivateRecommendation(member(senderId), member(recipientId),
                title(titleId), message, language, marketCode, createdAt);
        em.persist(recommendation);
        return recommendation.getId();
    }

    public void reviseRecommendation(long id, String message, String language) {
        find(PrivateRecommendation.class, id).revise(message, language);
    }

    /** Which of these episode ids exist, with each one's duration in seconds and its title id. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public java.util.Map<Long, long[]> episodes(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        List<Object[]> rows = em.createQuery(
                "select e.id, e.durationSeconds, e.season.title.id from Episode e where e.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList();
        java.util.Map<Long, long[]> found = new java.util.HashMap<>();
        rows.forEach(r -> found.put((Long) r[0], new long[] {((Number) r[1]).longValue(), (Long) r[2]}));
        return found;
    }

    private Episode episode(long id) {
        return find(Episode.class, id);
    }

    private Title title(long id) {
        return em.getReference(Title.class, id);
    }

    private Member member(long id) {
        return em.getReference(Member.class, id);
    }

    private <T> T find(Class<T> type, long id) {
        T found = em.find(type, id);
        if (found == null) {
            throw new NotFoundException(type.getSimpleName(), id);
        }
        return found;
    }
}
