package com.clipdesk.takedown;

import com.clipdesk.audit.AuditLog;
import com.clipdesk.content.ContentKind;
import com.clipdesk.review.BulkDecisions;
import com.clipdesk.review.BulkRun;
import com.clipdesk.shared.ConcurrentEditException;
import com.clipdesk.shared.OutOfScopeException;
import com.clipdesk.staff.CurrentStaff;
import com.clipdesk.staff.SignedInStaff;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes many Moments down in one market with one ground, reason and explanation, in the background
 * (e.g. what a stricter sharing policy leaves outside it). Leads and admins only, as for narrowing and
 * lifting: one decision over many items nobody looked at one by one. Every Moment goes through
 * {@link TakedownService#takeDown} in its own transaction (its checks, audit and events); a Moment
 * already taken down there counts as already done. The start and the end are audited
 * ({@code BULK_ACTION_STARTED}, {@code BULK_ACTION_ENDED}) like other bulk actions.
 */
@Service
public class BulkTakedowns {

    private final TakedownService takedowns;
    private final TakedownRepository repository;
    private final BulkDecisions bulk;
    private final CurrentStaff currentStaff;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    BulkTakedowns(TakedownService takedowns, TakedownRepository repository, BulkDecisions bulk,
            CurrentStaff currentStaff, AuditLog audit, PlatformTransactionManager transactionManager) {
        this.takedowns = takedowns;
        this.repository = repository;
        this.bulk = bulk;
        this.currentStaff = currentStaff;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Whether the signed-in staff member may take Moments down in bulk in {@code market}. */
    public boolean mayRun(String market) {
        try {
            SignedInStaff staff = currentStaff.get();
            return staff.hasAny(TakedownService.LIFTERS) && staff.scope().includes(market);
        } catch (AccessDeniedException notSignedIn) {
            return false;
        }
    }

    /** The reason codes a takedown may carry. */
    public List<com.clipdesk.review.ReasonCodeView> reasonCodes() {
        currentStaff.require(TakedownService.LIFTERS);
        return takedowns.reasonCodes();
    }

    /**
     * Starts taking the Moments down in {@code market}. Everything the staff member can fix is checked
     * before anything starts ({@link InvalidTakedownException} naming the field); {@code source} says in
     * the audit trail where the list came from.
     */
    public BulkRun<Long> takeDownMoments(List<Long> momentIds, String market, @Nullable String reasonCode,
            @Nullable Ground ground, @Nullable String groundReference, @Nullable String explanation, String source) {
        SignedInStaff staff = currentStaff.require(TakedownService.LIFTERS);
        if (!staff.scope().includes(market)) {
            throw new AccessDeniedException(market + " is not one of your markets (" + staff.scope() + ").");
        }
        if (momentIds.isEmpty()) {
            throw new InvalidTakedownException(null, "Select the Moments to take down, or take down all listed.");
        }
        if (reasonCode == null || takedowns.reasonCodes().stream().noneMatch(r -> r.code().equals(reasonCode.strip()))) {
            throw new InvalidTakedownException("reasonCode", "Choose a reason code.");
        }
        if (ground == null) {
            throw new InvalidTakedownException("ground", "Choose the ground: illegal content or our terms.");
        }
        if (groundReference == null || groundReference.isBlank()) {
            throw new InvalidTakedownException("groundReference", "Name the clause of our terms or the law.");
        }
        if (groundReference.strip().length() > Takedown.REFERENCE_MAX) {
            throw new InvalidTakedownException("groundReference", "At most " + Takedown.REFERENCE_MAX + " characters.");
        }
        if (explanation == null || explanation.isBlank()) {
            throw new InvalidTakedownException("explanation", "Explain the decision: members and authorities read it.");
        }
        if (explanation.strip().length() > Takedown.TEXT_MAX) {
            throw new InvalidTakedownException("explanation", "At most " + Takedown.TEXT_MAX + " characters.");
        }
        int count = (int) momentIds.stream().distinct().count();
        var runId = new java.util.concurrent.atomic.AtomicReference<String>("?");
        return bulk.startOther(momentIds, "taken down", "Moment", run -> {
            runId.set(run.id());
            transaction.executeWithoutResult(s -> audit.record("BULK_ACTION_STARTED", "BULK_RUN", run.id(), market,
                    "Take down in " + market + " on " + count + " Moment(s) from " + source + ": " + reasonCode.strip()
                            + " (" + ground.label().toLowerCase(java.util.Locale.ROOT) + ": " + groundReference.strip()
                            + ") — " + explanation.strip()));
        }, id -> {
            if (Boolean.TRUE.equals(transaction.execute(s -> coveredIn(id, market)))) {
                return false;
            }
            takedowns.takeDown(new TakedownRequest(ContentKind.MOMENT, id, false, Set.of(market), reasonCode, ground,
                    groundReference, explanation, null));
            return true;
        }, BulkTakedowns::reasonOf, last -> transaction.executeWithoutResult(s -> audit.record("BULK_ACTION_ENDED",
                "BULK_RUN", runId.get(), market, "Take down in " + market + " from " + source
                        + (last.cancelled() && last.processed() < last.total() ? " cancelled after " + last.processed()
                                + " of " + last.total() : " ended") + ": " + last.decided().size() + " taken down, "
                        + last.already().size() + " already so, " + last.failures().size() + " failed, "
                        + (last.total() - last.processed()) + " not reached")));
    }

    /** An active takedown already hides the Moment in the market (or everywhere). */
    private boolean coveredIn(long momentId, String market) {
        return repository.findByItemKindAndItemIdAndStatus(ContentKind.MOMENT, momentId, TakedownStatus.ACTIVE).stream()
                .anyMatch(t -> t.isEverywhere() || t.getMarkets().contains(market));
    }

    private static @Nullable String reasonOf(RuntimeException e) {
        return switch (e) {
            case InvalidTakedownException invalid -> invalid.getMessage();
            case OutOfScopeException outside -> "outside your markets";
            case ConcurrentEditException changed -> "changed by " + changed.changedBy() + " meanwhile";
            default -> null;
        };
    }
}
