package com.clipdesk.review;

import com.clipdesk.shared.ConcurrentEditException;
import com.clipdesk.shared.NotFoundException;
import com.clipdesk.shared.OutOfScopeException;
import com.clipdesk.staff.CurrentStaff;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decides many cases with one disposition and reason, in the background. Each case is decided in
 * its own transaction through the same checks as a single decision (markets, holder, version), so
 * a case is either fully decided with its audit event or untouched; a failure on one case does
 * not stop the others. The run works as the reviewer who started it.
 */
@Service
public class BulkDecisions {

    /** More than a grid page or two is not a review any more. */
    public static final int MAX_CASES = 500;

    private static final Logger log = LoggerFactory.getLogger(BulkDecisions.class);

    private final ReviewService reviews;
    private final ReasonCodes reasonCodes;
    private final CurrentStaff currentStaff;
    private final TransactionTemplate transaction;
    private final Executor executor;

    @Autowired
    BulkDecisions(ReviewService reviews, ReasonCodes reasonCodes, CurrentStaff currentStaff,
            PlatformTransactionManager transactionManager) {
        this(reviews, reasonCodes, currentStaff, transactionManager, virtualThreads());
    }

    BulkDecisions(ReviewService reviews, ReasonCodes reasonCodes, CurrentStaff currentStaff,
            PlatformTransactionManager transactionManager, Executor executor) {
        this.reviews = reviews;
        this.reasonCodes = reasonCodes;
        this.currentStaff = currentStaff;
        this.transaction = new TransactionTemplate(transactionManager);
        this.executor = executor;
    }

    private static ExecutorService virtualThreads() {
        return Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("bulk-decisions-", 0).factory());
    }

    /**
     * Starts deciding the cases as the reviewer saw them (id and version). The decision must close
     * the cases (keep or remove) and carry a reason code valid for it; that is checked before
     * anything starts.
     */
    public BulkRun start(Collection<CaseRow> cases, Decision decision) {
        currentStaff.require(ReviewService.REVIEWERS);
        if (cases.isEmpty()) {
            throw new InvalidDecisionException("Select at least one case.");
        }
        if (cases.size() > MAX_CASES) {
            throw new InvalidDecisionException("At most " + MAX_CASES + " cases at once; you selected "
                    + cases.size() + ".");
        }
        if (!decision.disposition().closes()) {
            throw new InvalidDecisionException("Bulk decisions keep or remove; "
                    + decision.disposition().label().toLowerCase() + " each case on its own page.");
        }
        reasonCodes.require(decision.reasonCode(), decision.disposition());
        Map<Long, Long> versions = new LinkedHashMap<>();
        cases.forEach(c -> versions.putIfAbsent(c.id(), c.version()));
        BulkRun run = new BulkRun(versions.size(), decision);
        // the worker acts as the reviewer: their roles and markets are checked on every case
        executor.execute(new DelegatingSecurityContextRunnable(() -> work(run, versions)));
        return run;
    }

    private void work(BulkRun run, Map<Long, Long> versions) {
        try {
            for (var entry : versions.entrySet()) {
                if (run.cancelRequested()) {
                    break;
                }
                long caseId = entry.getKey();
                try {
                    transaction.executeWithoutResult(
                            status -> reviews.decide(caseId, entry.getValue(), run.decision(), true));
                    run.decided(caseId);
                } catch (RuntimeException e) {
                    run.failed(caseId, reasonOf(caseId, e));
                }
            }
        } finally {
            run.finish();
        }
    }

    private static String reasonOf(long caseId, RuntimeException e) {
        return switch (e) {
            case ClaimedByOtherException claimed -> "claimed by " + claimed.holder();
            case ConcurrentEditException changed -> "changed by " + changed.changedBy();
            case InvalidDecisionException invalid -> "invalid: " + invalid.getMessage();
            case OutOfScopeException outside -> "outside your markets";
            case NotFoundException missing -> "no such case";
            case AccessDeniedException denied -> "not allowed: " + denied.getMessage();
            default -> {
                String id = UUID.randomUUID().toString().substring(0, 8);
                log.error("Bulk decision on case {} failed, error id {}", caseId, id, e);
                yield "unexpected error (quote error id " + id + ")";
            }
        };
    }
}
