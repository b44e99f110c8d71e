package com.clipdesk.feed;

import com.clipdesk.curation.FeaturedBoardPublished;
import com.clipdesk.curation.FeaturedMomentWithdrawn;
import com.clipdesk.feed.FeedDraft.ActorKind;
import com.clipdesk.ingest.ExternalIds;
import com.clipdesk.ingest.ExternalKind;
import com.clipdesk.policy.PolicyPublished;
import com.clipdesk.spoiler.SpoilerFlagChanged;
import com.clipdesk.spoiler.SpoilerHoldEnded;
import java.time.Clock;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feed entries of policy publications, featured board changes and spoiler decisions made outside
 * review (a flag on the item's page, a lead taking it back, a scheduled hold ending), each written in
 * its transaction (docs/feed.md).
 */
@Component
class PublicationEntries {

    private final FeedOutbox outbox;
    private final ExternalIds externalIds;
    private final Clock clock;

    PublicationEntries(FeedOutbox outbox, ExternalIds externalIds, Clock clock) {
        this.outbox = outbox;
        this.externalIds = externalIds;
        this.clock = clock;
    }

    /** {@code market} "*" is the default policy, for every market without one of its own. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(PolicyPublished p) {
        boolean fallback = "*".equals(p.market());
        outbox.add(new FeedDraft(FeedType.POLICY_PUBLISHED, "POLICY_VERSION", p.versionId(), null,
                fallback ? Set.of() : Set.of(p.market()), clock.instant(), ActorKind.of(p.publishedBy()), null)
                .with("market", p.market())
                .with("version", p.number())
                .with("effectiveAt", p.effectiveAt().toString()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(FeaturedBoardPublished b) {
        outbox.add(new FeedDraft(FeedType.FEATURED_BOARD_PUBLISHED, "FEATURED_BOARD",
                board(b.board().market(), b.board().surface().name(), b.board().titleId()), null,
                Set.of(b.board().market()), b.at(), ActorKind.of(b.by()), null)
                .with("surface", b.board().surface().name())
                .with("titleId", b.board().titleId() == null ? null : b.board().titleId().toString())
                .with("revision", b.revision())
                .with("moments", b.moments()));
    }

    /** A consequence of another change (a takedown, a policy…), decided by the system in its transaction. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(FeaturedMomentWithdrawn w) {
        outbox.add(new FeedDraft(FeedType.FEATURED_MOMENT_WITHDRAWN, "MOMENT", w.momentId(),
                externalIds.externalId(ExternalKind.MOMENT, w.momentId()).orElse(null), Set.of(w.market()),
                clock.instant(), ActorKind.SYSTEM, null)
                .with("board", board(w.market(), w.surface().name(), w.titleId()))
                .with("surface", w.surface().name())
                .with("titleId", w.titleId() == null ? null : w.titleId().toString())
                .with("explanation", w.reason()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(SpoilerFlagChanged f) {
        outbox.add(new FeedDraft(f.flagged() ? FeedType.SPOILER_FLAGGED : FeedType.SPOILER_UNFLAGGED, f.kind().name(),
                f.itemId(), externalIds.externalId(ExternalKind.of(f.kind()), f.itemId()).orElse(null), f.markets(),
                f.at(), ActorKind.of(f.by()), null)
                .with("target", f.target().name())
                .with("targetId", Long.toString(f.targetId()))
                .with("targetLabel", f.targetLabel())
                .with("explanation", f.reason()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(SpoilerHoldEnded h) {
        outbox.add(new FeedDraft(FeedType.SPOILER_HOLD_ENDED, h.kind().name(), h.itemId(),
                externalIds.externalId(ExternalKind.of(h.kind()), h.itemId()).orElse(null), Set.of(h.market()),
                h.appliedAt(), ActorKind.SYSTEM, null)
                .with("hold", h.embargo() ? "EMBARGO" : "SPOILER_WINDOW")
                .with("dueAt", h.dueAt().toString()));
    }

    /** "FR/HOME_ROW", "FR/TITLE_PAGE/42". */
    static String board(String market, String surface, @Nullable Long titleId) {
        return market + "/" + surface + (titleId == null ? "" : "/" + titleId);
    }
}
