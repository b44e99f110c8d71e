package com.clipdesk.feed;

import com.clipdesk.appeal.AppealDecided;
import com.clipdesk.content.ContentKind;
import com.clipdesk.feed.FeedDraft.ActorKind;
import com.clipdesk.ingest.ExternalIds;
import com.clipdesk.ingest.ExternalKind;
import com.clipdesk.notice.MemberNoticeIssued;
import com.clipdesk.notice.NoticeRow;
import com.clipdesk.review.CaseDecided;
import com.clipdesk.strike.RestrictionApplied;
import com.clipdesk.takedown.TakedownAction;
import com.clipdesk.takedown.TakedownApplied;
import com.clipdesk.takedown.TakedownChanged;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feed entries of moderation decisions on items and members (review, takedown, appeal, restriction)
 * and the member notices they issue, each written in the deciding transaction (docs/feed.md).
 */
@Component
class ModerationEntries {

    private final FeedOutbox outbox;
    private final ExternalIds externalIds;

    ModerationEntries(FeedOutbox outbox, ExternalIds externalIds) {
        this.outbox = outbox;
        this.externalIds = externalIds;
    }

    /** Closing decisions and spoiler marks; escalations and second opinions stay inside Clipdesk. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CaseDecided d) {
        if (!d.disposition().closes() && !d.markSpoiler()) {
            return;
        }
        CaseDecided.Reason reason = d.reason();
        outbox.add(item(FeedType.REVIEW_DECIDED, d.subjectKind(), d.subjectId(), d.markets(), d.decidedAt(),
                signedIn(), "decision #" + d.decisionId())
                .with("decisionId", d.decisionId())
                .with("caseId", d.caseId())
                .with("outcome", d.disposition().closes() ? d.disposition().name() : null)
                .with("spoiler", d.markSpoiler())
                .with("origin", d.origin().name())
                .with("bulk", d.bulk())
                .with("reports", d.reportCount())
                .with("reasonCode", reason.code())
                .with("statementCategory", reason.statementCategory())
                .with("ground", reason.ground().name())
                .with("legalGround", reason.legalGround())
                .with("policyRef", reason.policyRef()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(TakedownApplied t) {
        outbox.add(item(FeedType.TAKEDOWN_APPLIED, t.kind(), t.itemId(), t.markets(), t.decidedAt(),
                ActorKind.of(t.decidedBy()), "takedown #" + t.takedownId())
                .with("takedownId", t.takedownId())
                .with("everywhere", t.everywhere())
                .with("ground", t.ground().name())
                .with("groundReference", t.groundReference())
                .with("reasonCode", t.reasonCode())
                .with("explanation", t.explanation())
                .with("legalOrderId", t.legalOrderId()));
    }

    /** Narrowed or lifted; when an appeal's outcome did it, the appeal's entry says so instead. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(TakedownChanged t) {
        if (t.appealId() != null) {
            return;
        }
        boolean lifted = t.change() == TakedownAction.LIFTED;
        outbox.add(item(lifted ? FeedType.TAKEDOWN_LIFTED : FeedType.TAKEDOWN_NARROWED, t.kind(), t.itemId(),
                t.marketsBefore(), t.at(), ActorKind.of(t.decidedBy()), "takedown #" + t.takedownId())
                .with("takedownId", t.takedownId())
                .with("everywhereBefore", t.everywhereBefore())
                .with("marketsAfter", new TreeSet<>(t.marketsAfter()))
                .with("ground", t.ground().name())
                .with("reasonCode", t.reasonCode())
                .with("explanation", t.reason()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AppealDecided a) {
        Set<String> markets = a.everywhereBefore() || a.marketsBefore().isEmpty() ? a.itemMarkets() : a.marketsBefore();
        outbox.add(item(FeedType.APPEAL_DECIDED, a.itemKind(), a.itemId(), markets, a.decidedAt(),
                ActorKind.of(a.decidedBy()), "appeal #" + a.appealId())
                .with("appealId", a.appealId())
                .with("appealExternalId", externalIds.externalId(ExternalKind.APPEAL, a.appealId()).orElse(null))
                .with("appealed", a.decision().name())
                .with("appealedId", a.decisionId())
                .with("outcome", a.outcome().name())
                .with("appellant", a.appellantId() == null ? null : member(a.appellantId()))
                .with("everywhereBefore", a.everywhereBefore())
                .with("marketsBefore", new TreeSet<>(a.marketsBefore()))
                .with("marketsAfter", new TreeSet<>(a.marketsAfter()))
                .with("reasonCode", a.reasonCode())
                .with("explanation", a.note()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(RestrictionApplied r) {
        Map<String, @Nullable Object> lastStrike = new LinkedHashMap<>();
        lastStrike.put("kind", r.lastStrikeItemKind().name());
        lastStrike.put("id", Long.toString(r.lastStrikeItemId()));
        lastStrike.put("externalId", external(r.lastStrikeItemKind(), r.lastStrikeItemId()));
        lastStrike.put("reasonCode", r.lastStrikeReasonCode());
        lastStrike.put("clause", r.lastStrikeClause());
        outbox.add(new FeedDraft(FeedType.RESTRICTION_APPLIED, "MEMBER", r.memberId(),
                externalIds.externalId(ExternalKind.MEMBER, r.memberId()).orElse(null), Set.of(), r.startsAt(),
                r.automatic() ? ActorKind.SYSTEM : ActorKind.of(r.appliedBy()), "restriction #" + r.restrictionId())
                .with("restrictionId", r.restrictionId())
                .with("code", r.code())
                .with("label", r.label())
                .with("startsAt", r.startsAt().toString())
                .with("until", r.endsAt().toString())
                .with("strikes", r.strikeCount())
                .with("lastStrike", lastStrike));
    }

    /** Joins the entry of the decision it quotes (whichever listener ran first: matched at commit). */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(MemberNoticeIssued issued) {
        NoticeRow n = issued.notice();
        Map<String, @Nullable Object> notice = new LinkedHashMap<>();
        notice.put("noticeId", n.id());
        notice.put("member", member(n.memberId()));
        notice.put("kind", n.kind().name());
        notice.put("language", n.language());
        notice.put("subject", n.subject());
        notice.put("body", n.body());
        notice.put("item", Map.of("kind", n.itemKind().name(), "id", Long.toString(n.itemId())));
        notice.put("reference", n.decisionReference());
        notice.put("issuedAt", n.createdAt().toString());
        outbox.attach(n.decisionReference(), notice);
    }

    private FeedDraft item(FeedType type, ContentKind kind, long id, Set<String> markets, java.time.Instant at,
            ActorKind actor, String reference) {
        return new FeedDraft(type, kind.name(), id, external(kind, id), markets, at, actor, reference);
    }

    private @Nullable String external(ContentKind kind, long id) {
        return externalIds.externalId(ExternalKind.of(kind), id).orElse(null);
    }

    private Map<String, @Nullable Object> member(long memberId) {
        Map<String, @Nullable Object> m = new LinkedHashMap<>();
        m.put("id", Long.toString(memberId));
        m.put("externalId", externalIds.externalId(ExternalKind.MEMBER, memberId).orElse(null));
        return m;
    }

    /** Review events name no decider: a signed-in staff member decided, or the system did. */
    static ActorKind signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getPrincipal())
                ? ActorKind.SYSTEM : ActorKind.STAFF;
    }
}
