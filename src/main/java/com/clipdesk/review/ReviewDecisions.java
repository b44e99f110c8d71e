package com.clipdesk.review;

import com.clipdesk.content.ContentKind;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review decisions for the modules that act on them afterwards (appeals). No staff check: the member
 * app files appeals with no staff signed in; the calling module decides who may see what.
 */
@Service
@Transactional(readOnly = true)
public class ReviewDecisions {

    private final CaseDecisionRepository decisions;

    ReviewDecisions(CaseDecisionRepository decisions) {
        this.decisions = decisions;
    }

    public Optional<DecisionFacts> find(long decisionId) {
        return decisions.findById(decisionId).map(ReviewDecisions::facts);
    }

    /** The item's decisions that removed it or flagged it as a spoiler, newest first. */
    public List<DecisionFacts> restrictingOn(ContentKind kind, long itemId) {
        return decisions.findBySubjectKindAndSubjectIdOrderByIdDesc(kind, itemId).stream()
                .map(ReviewDecisions::facts).filter(DecisionFacts::restricts).toList();
    }

    private static DecisionFacts facts(CaseDecision d) {
        return new DecisionFacts(d.getId(), d.getCaseId(), d.getSubjectKind(), d.getSubjectId(), d.getCreatorId(),
                d.getDisposition(), d.isMarkSpoiler(), d.getReasonCode(), d.getDecidedBy(), d.getDecidedAt());
    }
}
