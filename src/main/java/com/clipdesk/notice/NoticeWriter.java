package com.clipdesk.notice;

import com.clipdesk.appeal.AppealDecided;
import com.clipdesk.appeal.AppealedDecision;
import com.clipdesk.catalog.CatalogService;
import com.clipdesk.catalog.MarketView;
import com.clipdesk.content.ContentKind;
import com.clipdesk.content.ContentModeration;
import com.clipdesk.content.ReviewFacts;
import com.clipdesk.review.CaseDecided;
import com.clipdesk.review.Disposition;
import com.clipdesk.review.StatementGround;
import com.clipdesk.takedown.Ground;
import com.clipdesk.takedown.TakedownAction;
import com.clipdesk.takedown.TakedownApplied;
import com.clipdesk.takedown.TakedownChanged;
import com.clipdesk.member.MemberService;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the member's notice of every decision that affects them, in the decision's own transaction
 * (as {@code StatementWriter} does for statements of reasons): a decision never commits without its
 * notice. The notice goes to the item's creator (for an appeal: to the appellant), in the language of
 * their home market's locale, from the template of that language, or the English one when there is
 * none. Templates are validated when saved; should one still fail to render, the decision stands and
 * the failure is logged with an id (the decision feed issue can re-send).
 */
@Component
class NoticeWriter {

    private static final Logger log = LoggerFactory.getLogger(NoticeWriter.class);

    private final MemberNoticeRepository notices;
    private final NoticeTemplateRepository templates;
    private final ContentModeration content;
    private final MemberService members;
    private final CatalogService catalog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NoticeWriter(MemberNoticeRepository notices, NoticeTemplateRepository templates, ContentModeration content,
            MemberService members, CatalogService catalog, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.notices = notices;
        this.templates = templates;
        this.content = content;
        this.members = members;
        this.catalog = catalog;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CaseDecided decision) {
        if (!decision.restricts()) {
            return;
        }
        ReviewFacts item = content.reviewFacts(decision.subjectKind(), decision.subjectId());
        CaseDecided.Reason reason = decision.reason();
        Function<NoticeWords, String> ground = reason.ground() == StatementGround.ILLEGAL
                && reason.legalGround() != null && !reason.legalGround().isBlank()
                        ? w -> w.illegal(reason.legalGround()) : w -> w.terms(reason.policyRef());
        String explanation = reason.description().isBlank() ? reason.label()
                : reason.label() + ": " + reason.description();
        NoticeKind kind = decision.disposition() == Disposition.REMOVE ? NoticeKind.CONTENT_REMOVED
                : NoticeKind.SPOILER_FLAGGED;
        // a removal or a spoiler flag applies wherever the item is shown
        write(item, item.creatorId(), new NoticeFacts(kind, item.kind(), item.id(), item.text(), item.context(), ground,
                explanation, null, decision.decidedAt(), "decision #" + decision.decisionId(), null,
                NoticeFacts.nextFor(kind)));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(TakedownApplied takedown) {
        ReviewFacts item = content.reviewFacts(takedown.kind(), takedown.itemId());
        write(item, item.creatorId(), new NoticeFacts(NoticeKind.TAKEN_DOWN, item.kind(), item.id(), item.text(),
                item.context(), ground(takedown.ground(), takedown.groundReference()), takedown.explanation(),
                takedown.everywhere() ? null : takedown.markets(), takedown.decidedAt(),
                "takedown #" + takedown.takedownId(), null, NoticeWords.Next.APPEAL));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(TakedownChanged change) {
        if (change.appealId() != null) {
            // the appeal's outcome notice says it, once
            return;
        }
        ReviewFacts item = content.reviewFacts(change.kind(), change.itemId());
        String reference = "takedown #" + change.takedownId();
        boolean lifted = change.change() == TakedownAction.LIFTED;
        NoticeKind kind = lifted ? NoticeKind.TAKEDOWN_LIFTED : NoticeKind.TAKEDOWN_NARROWED;
        // narrowed: where it stays down; lifted: where it shows again
        Set<String> markets = lifted ? (change.everywhereBefore() ? null : change.marketsBefore())
                : change.marketsAfter();
        write(item, item.creatorId(), new NoticeFacts(kind, item.kind(), item.id(), item.text(), item.context(),
                earlierGround(reference, change.reasonCode()), change.reason(), markets, change.at(), reference, null,
                NoticeFacts.nextFor(kind)));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AppealDecided appeal) {
        ReviewFacts item = content.reviewFacts(appeal.itemKind(), appeal.itemId());
        Long to = appeal.appellantId() != null ? appeal.appellantId() : item.creatorId();
        String appealed = (appeal.decision() == AppealedDecision.TAKEDOWN ? "takedown #" : "decision #")
                + appeal.decisionId();
        NoticeKind kind = switch (appeal.outcome()) {
            case UPHELD -> NoticeKind.APPEAL_UPHELD;
            case OVERTURNED -> NoticeKind.APPEAL_OVERTURNED;
            case MODIFIED -> NoticeKind.APPEAL_MODIFIED;
        };
        Set<String> before = appeal.everywhereBefore() ? null : appeal.marketsBefore();
        Set<String> markets = kind == NoticeKind.APPEAL_MODIFIED ? appeal.marketsAfter() : before;
        write(item, to, new NoticeFacts(kind, item.kind(), item.id(), item.text(), item.context(),
                earlierGround(appealed, appeal.reasonCode()), appeal.note(), markets, appeal.decidedAt(),
                "appeal #" + appeal.appealId(), appealed, NoticeFacts.nextFor(kind)));
    }

    private static Function<NoticeWords, String> ground(Ground ground, String reference) {
        return ground == Ground.ILLEGAL ? w -> w.illegal(reference) : w -> w.terms(reference);
    }

    /** The ground the decision's first notice gave (later events carry only the reason code). */
    private Function<NoticeWords, String> earlierGround(String reference, String reasonCode) {
        Optional<String> earlier = notices.findFirstByDecisionReferenceOrderByIdDesc(reference)
                .map(MemberNotice::getGround);
        return w -> earlier.orElse(reasonCode);
    }

    private void write(ReviewFacts item, @Nullable Long memberId, NoticeFacts facts) {
        if (memberId == null) {
            return; // nobody to tell (e.g. an item imported without its creator)
        }
        Optional<String> homeMarket = members.homeMarketOf(memberId);
        if (homeMarket.isEmpty()) {
            return;
        }
        Optional<MarketView> market = catalog.markets().stream().filter(m -> m.code().equals(homeMarket.get()))
                .findFirst();
        String language = market.map(m -> Locale.forLanguageTag(m.locale()).getLanguage()).orElse("en");
        ZoneId zone = market.map(m -> ZoneId.of(m.timeZone())).orElse(ZoneOffset.UTC);
        Optional<NoticeTemplate> template = templates.findByKindAndLanguage(facts.kind(), language)
                .or(() -> templates.findByKindAndLanguage(facts.kind(), "en"));
        if (template.isEmpty()) {
            String id = UUID.randomUUID().toString().substring(0, 8);
            log.error("[{}] No {} notice template in {} nor en: member {} gets no notice of {}", id, facts.kind(),
                    language, memberId, facts.reference());
            return;
        }
        NoticeTemplate t = template.get();
        NoticeWords words = NoticeWords.of(t.getLanguage());
        java.util.Map<String, String> values;
        String subject;
        String body;
        try {
            values = facts.values(words, zone);
            subject = NoticeText.render(t.getSubject(), values);
            body = NoticeText.render(t.getBody(), values);
        } catch (RuntimeException e) {
            String id = UUID.randomUUID().toString().substring(0, 8);
            log.error("[{}] Notice template {} ({}) v{} failed to render for {}; the decision stands without its "
                    + "notice", id, facts.kind(), t.getLanguage(), t.getVersion(), facts.reference(), e);
            return;
        }
        MemberNotice saved = notices.save(new MemberNotice(memberId, facts.kind(), t.getLanguage(), subject, body,
                values.get("ground"), item.kind(), item.id(), facts.reference(), clock.instant(), t.getVersion()));
        // the decision feed carries it in the decision's entry
        events.publishEvent(new MemberNoticeIssued(saved.row()));
    }
}
