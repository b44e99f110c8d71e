package com.clipdesk.transparency;

import com.clipdesk.content.ContentModeration;
import com.clipdesk.content.PostedContent;
import com.clipdesk.review.CaseDecided;
import com.clipdesk.review.ReasonCodeView;
import com.clipdesk.review.ReasonCodes;
import com.clipdesk.strike.RestrictionApplied;
import com.clipdesk.takedown.TakedownApplied;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the statement of reasons of every decision that restricts an item, in the decision's own
 * transaction: a plain {@code @EventListener} runs synchronously inside it, so the decision and its
 * statement commit or roll back together. ({@code @ApplicationModuleListener} would run after the
 * commit in a new transaction, asynchronously: a crash in between would leave a removal without
 * its statement.) Keep decisions (and escalations without a spoiler flag) restrict nothing and
 * write none.
 */
@Component
class StatementWriter {

    private static final Logger log = LoggerFactory.getLogger(StatementWriter.class);

    private final StatementRepository statements;
    private final ContentModeration content;
    private final ReasonCodes reasonCodes;
    private final com.clipdesk.member.MemberService members;

    StatementWriter(StatementRepository statements, ContentModeration content, ReasonCodes reasonCodes,
            com.clipdesk.member.MemberService members) {
        this.members = members;
        this.statements = statements;
        this.content = content;
        this.reasonCodes = reasonCodes;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CaseDecided decision) {
        if (!decision.restricts()) {
            return;
        }
        PostedContent posted = content.posted(decision.subjectKind(), decision.subjectId());
        Map<String, Object> statement = StatementBuilder.build(decision, posted);
        Set<String> markets = StatementBuilder.restrictedIn(decision, posted);
        boolean eu = !StatementBuilder.territorialScope(markets).isEmpty();
        List<StatementViolation> problems = StatementValidator.check(statement, eu);
        if (!problems.isEmpty()) {
            // kept all the same: the decision stands and needs its record; the export names the problem
            log.warn("Statement of reasons {} would be refused by the Transparency Database: {}",
                    statement.get(StatementField.PUID.key()), problems);
        }
        statements.save(new StatementOfReasons(StatementBuilder.puid(decision.decisionId()), DecisionKind.REVIEW_DECISION,
                decision.decisionId(),
                decision.caseId(), decision.subjectKind(), decision.subjectId(), decision.decidedAt(),
                markets, eu, decision.reason().statementCategory(),
                String.valueOf(statement.get(StatementField.DECISION_GROUND.key())), StatementJson.write(statement)));
    }

    /**
     * Every takedown restricts the item: its statement is written in the takedown's transaction.
     * Narrowing or lifting it later restricts nothing new and writes none (the statement records the
     * decision as taken; the item's history and the member's notice say what became of it).
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(TakedownApplied takedown) {
        PostedContent posted = content.posted(takedown.kind(), takedown.itemId());
        ReasonCodeView reason = reasonCodes.byCode(takedown.reasonCode()).orElseThrow(() ->
                new IllegalStateException("Takedown " + takedown.takedownId() + " names an unknown reason code "
                        + takedown.reasonCode()));
        Map<String, Object> statement = StatementBuilder.build(takedown, posted, reason);
        boolean eu = !StatementBuilder.territorialScope(takedown.markets()).isEmpty();
        List<StatementViolation> problems = StatementValidator.check(statement, eu);
        if (!problems.isEmpty()) {
            log.warn("Statement of reasons {} would be refused by the Transparency Database: {}",
                    statement.get(StatementField.PUID.key()), problems);
        }
        statements.save(new StatementOfReasons(StatementBuilder.takedownPuid(takedown.takedownId()),
                DecisionKind.TAKEDOWN, takedown.takedownId(), null, takedown.kind(), takedown.itemId(),
                takedown.decidedAt(), takedown.markets(), eu, reason.statementCategory(),
                String.valueOf(statement.get(StatementField.DECISION_GROUND.key())), StatementJson.write(statement)));
    }

    /** A member restriction in force: a partial suspension of the service, with its statement. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(RestrictionApplied restriction) {
        PostedContent posted = content.posted(restriction.lastStrikeItemKind(), restriction.lastStrikeItemId());
        ReasonCodeView reason = reasonCodes.byCode(restriction.lastStrikeReasonCode()).orElseThrow(() ->
                new IllegalStateException("Restriction " + restriction.restrictionId() + " names an unknown reason code "
                        + restriction.lastStrikeReasonCode()));
        Map<String, Object> statement = StatementBuilder.build(restriction, posted, reason);
        List<StatementViolation> problems = StatementValidator.check(statement, true);
        if (!problems.isEmpty()) {
            log.warn("Statement of reasons {} would be refused by the Transparency Database: {}",
                    statement.get(StatementField.PUID.key()), problems);
        }
        // filed under the member's home market, where staff in scope see it; it applies everywhere
        Set<String> markets = members.homeMarketOf(restriction.memberId()).map(Set::of).orElse(Set.of());
        statements.save(new StatementOfReasons(StatementBuilder.restrictionPuid(restriction.restrictionId()),
                DecisionKind.RESTRICTION, restriction.restrictionId(), null, restriction.lastStrikeItemKind(),
                restriction.lastStrikeItemId(), restriction.startsAt(), markets, true, reason.statementCategory(),
                String.valueOf(statement.get(StatementField.DECISION_GROUND.key())), StatementJson.write(statement)));
    }
}
