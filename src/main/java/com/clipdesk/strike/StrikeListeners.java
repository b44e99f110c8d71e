package com.clipdesk.strike;

import com.clipdesk.appeal.AppealDecided;
import com.clipdesk.appeal.AppealOutcome;
import com.clipdesk.appeal.AppealedDecision;
import com.clipdesk.content.ContentModeration;
import com.clipdesk.takedown.Ground;
import com.clipdesk.takedown.TakedownAction;
import com.clipdesk.takedown.TakedownApplied;
import com.clipdesk.takedown.TakedownChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Strikes follow decisions in the deciding transaction (plain {@code @EventListener}, as
 * transparency's StatementWriter): a takedown and its strike, an overturn and its void, commit or
 * roll back together.
 */
@Component
class StrikeListeners {

    private final StrikeService strikes;
    private final ContentModeration content;

    StrikeListeners(StrikeService strikes, ContentModeration content) {
        this.strikes = strikes;
        this.content = content;
    }

    /**
     * Terms takedowns only: a strike measures a member's conduct under our rules. Illegal content is
     * taken down on a law or an authority's order, which the law handles (and where a terms breach
     * is also meant, the moderator takes it down on terms).
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(TakedownApplied takedown) {
        if (takedown.ground() != Ground.TERMS) {
            return;
        }
        Long creator = content.reviewFacts(takedown.kind(), takedown.itemId()).creatorId();
        if (creator == null) {
            return;
        }
        strikes.issue(creator, takedown.takedownId(), takedown.kind(), takedown.itemId(), takedown.reasonCode(),
                takedown.groundReference(), takedown.decidedBy(), takedown.decidedAt());
    }

    /** A lift is not voided automatically: content can come back for reasons that are not the member's. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(TakedownChanged change) {
        if (change.change() == TakedownAction.LIFTED) {
            strikes.takedownLifted(change.takedownId(), change.at());
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AppealDecided appeal) {
        if (appeal.outcome() == AppealOutcome.OVERTURNED && appeal.decision() == AppealedDecision.TAKEDOWN) {
            strikes.voidForAppeal(appeal.decisionId(), appeal.appealId(), appeal.decidedBy(), appeal.decidedAt());
        }
    }
}
