package com.clipdesk.review;

import com.clipdesk.audit.AuditLog;
import com.clipdesk.shared.ConcurrentEditException;
import com.clipdesk.shared.NotFoundException;
import com.clipdesk.shared.OutOfScopeException;
import com.clipdesk.staff.CurrentStaff;
import com.clipdesk.staff.RecentSignIn;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decides many cases, or many items, with one disposition and reason, in the background. Each is
 * decided in its own transaction through the same checks as a single decision (markets, holder,
 * version), so it is either fully decided with its audit event or untouched; a failure on one does
 * not stop the others. The run works as the reviewer who started it.
 */
@Service
public class BulkDecisions {

    /** More than a grid page or two is not a review any more. */
    public static final int MAX_CASES = 500;

    /**
     * Items one action may cover: as many as the search page lets a person page through. A leak
     * answered item by item is a few thousand; beyond this the query is too broad to have been looked
     * at, and the run (tens of milliseconds an item) would outlast the attention of whoever started it.
     */
    public static final int MAX_ITEMS = 10_000;

    private static final Logger log = LoggerFactory.getLogger(BulkDecisions.class);

    private final ReviewService reviews;
    private final StaffCases staffCases;
    private final ReasonCodes reasonCodes;
    private final AuditLog audit;
    private final CurrentStaff currentStaff;
    private final TransactionTemplate transaction;
    private final Executor executor;
    private final RecentSignIn recentSignIn;

    @Autowired
    BulkDecisions(ReviewService reviews, StaffCases staffCases, ReasonCodes reasonCodes, AuditLog audit,
            CurrentStaff currentStaff, PlatformTransactionManager transactionManager, RecentSignIn recentSignIn) {
        this(reviews, staffCases, reasonCodes, audit, currentStaff, transactionManager, recentSignIn, virtualThreads());
    }

    BulkDecisions(ReviewService reviews, StaffCases staffCases, ReasonCodes reasonCodes, AuditLog audit,
            CurrentStaff currentStaff, PlatformTransactionManager transactionManager, RecentSignIn recentSignIn,
            Executor executor) {
        this.recentSignIn = recentSignIn;
        this.reviews = reviews;
        this.staffCases = staffCases;
        this.reasonCodes = reasonCodes;
        this.audit = audit;
        this.currentStaff = currentStaff;
        this.transaction = new TransactionTemplate(transactionManager);
        this.executor = executor;
    }

    private static ExecutorService virtualThreads() {
        return Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("bulk-decisions-", 0).factory());
    }

    /** True when the signed-in staff member may run bulk decisions (moderators, leads, admins). */
    public boolean canRun() {
        try {
            return currentStaff.get().hasAny(ReviewService.REVIEWERS);
        } catch (AccessDeniedException notSignedIn) {
            return false;
        }
    }

    /**
     * Starts deciding the cases as the reviewer saw them (id and version). The decision must close
     * the cases (keep or remove) and carry a reason code valid for it; that is checked before
     * anything starts.
     */
    public BulkRun<Long> start(Collection<CaseRow> cases, Decision decision) {
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
        recentSignIn.requireForBulk("A bulk decision", versions.size());
        BulkRun<Long> run = new BulkRun<>(versions.size(), decision);
        launch(run, List.copyOf(versions.keySet()), "case", caseId -> {
            transaction.executeWithoutResult(status -> reviews.decide(caseId, versions.get(caseId), decision, true));
            return true;
        }, null);
        return run;
    }

    /**
     * Starts acting on items (a search's results): each item's undecided case is decided, or a staff
     * case is opened and decided for it; items already as asked are counted apart. The note is
     * required: it explains the whole run and goes into every decision. The start and the end of the
     * run are audited ({@code BULK_ACTION_STARTED}, {@code BULK_ACTION_ENDED}) with {@code source},
     * e.g. the query, and the counts.
     */
    public BulkRun<ItemRef> startOnItems(Collection<ItemRef> items, ItemAction action, @Nullable String reasonCode,
            @Nullable String note, String source) {
        currentStaff.require(ReviewService.REVIEWERS);
        Decision decision = action.decision(reasonCode, note);
        List<ItemRef> distinct = List.copyOf(new LinkedHashSet<>(items));
        if (distinct.isEmpty()) {
            throw new InvalidDecisionException("There is nothing to act on.");
        }
        if (distinct.size() > MAX_ITEMS) {
            throw new InvalidDecisionException("At most " + String.format(Locale.ENGLISH, "%,d", MAX_ITEMS) + " items at once; this is "
                    + String.format(Locale.ENGLISH, "%,d", distinct.size()) + ". Narrow the search.");
        }
        ReasonCode reason = reasonCodes.require(decision.reasonCode(), decision.disposition());
        if (decision.note() == null) {
            throw new InvalidDecisionException("Write a note: it explains the whole run in the audit trail.");
        }
        if (decision.note().length() > ReviewCase.NOTE_MAX) {
            throw new InvalidDecisionException("The note is " + decision.note().length() + " characters; at most "
                    + ReviewCase.NOTE_MAX + " fit.");
        }
        recentSignIn.requireForBulk("A bulk action", distinct.size());
        BulkRun<ItemRef> run = new BulkRun<>(distinct.size(), decision);
        transaction.executeWithoutResult(status -> audit.record("BULK_ACTION_STARTED", "BULK_RUN", run.id(), null,
                action.label() + " on " + distinct.size() + " item(s) from " + source + ": " + reason.getCode()
                        + " [" + reason.getPolicyRef() + "] — " + decision.note()));
        launch(run, distinct, "item", item -> transaction.execute(status -> staffCases.decide(item, decision)),
                last -> transaction.executeWithoutResult(status -> audit.record("BULK_ACTION_ENDED", "BULK_RUN",
                        run.id(), null, ended(action, source, last))));
        return run;
    }

    /**
     * Runs another module's action on many items the same way (background, as the signed-in staff member,
     * each item through {@code handleOne} in its own transaction, which the action opens; cancel; a
     * summary), after {@code atStart} (audit the start with the run's id): {@code handleOne} says false when the item was already as asked, and throws to fail it
     * with its reason ({@code explain} words the exceptions the action's module knows, else the ones a
     * review decision knows). The caller checks who may; {@code atEnd} audits the end.
     *
     * @param done what becomes of the items, for the summary: "taken down"
     */
    public <K> BulkRun<K> startOther(List<K> keys, String done, String what, Consumer<BulkRun<K>> atStart,
            Predicate<K> handleOne, java.util.function.Function<RuntimeException, @Nullable String> explain,
            Consumer<BulkRun.BulkProgress<K>> atEnd) {
        List<K> distinct = List.copyOf(new LinkedHashSet<>(keys));
        if (distinct.isEmpty()) {
            throw new InvalidDecisionException("There is nothing to act on.");
        }
        if (distinct.size() > MAX_ITEMS) {
            throw new InvalidDecisionException("At most " + String.format(Locale.ENGLISH, "%,d", MAX_ITEMS)
                    + " items at once; this is " + String.format(Locale.ENGLISH, "%,d", distinct.size()) + ".");
        }
        recentSignIn.requireForBulk("A bulk action", distinct.size());
        BulkRun<K> run = new BulkRun<>(distinct.size(), done);
        atStart.accept(run);
        launch(run, distinct, what, key -> {
            try {
                return handleOne.test(key);
            } catch (RuntimeException e) {
                String reason = explain.apply(e);
                if (reason != null) {
                    throw new Explained(reason);
                }
                throw e;
            }
        }, atEnd);
        return run;
    }

    private static String ended(ItemAction action, String source, BulkRun.BulkProgress<ItemRef> p) {
        return action.label() + " on " + source + (p.cancelled() && p.processed() < p.total()
                ? " cancelled after " + p.processed() + " of " + p.total()
                : " ended") + ": " + p.decided().size() + " " + action.done() + ", " + p.already().size()
                + " already so, " + p.failures().size() + " failed, " + (p.total() - p.processed()) + " not reached";
    }

    /**
     * Works through the keys in the background as the signed-in reviewer (their roles and markets
     * are checked on every one); {@code decideOne} says false when the key was already as asked.
     */
    private <K> void launch(BulkRun<K> run, List<K> keys, String what, Predicate<K> decideOne,
            @Nullable Consumer<BulkRun.BulkProgress<K>> atEnd) {
        executor.execute(new DelegatingSecurityContextRunnable(() -> {
            try {
                for (K key : keys) {
                    if (run.cancelRequested()) {
                        break;
                    }
                    try {
                        if (decideOne.test(key)) {
                            run.decided(key);
                        } else {
                            run.alreadyDone(key);
                        }
                    } catch (RuntimeException e) {
                        run.failed(key, reasonOf(what, key, e));
                    }
                }
            } finally {
                try {
                    if (atEnd != null) {
                        atEnd.accept(run.progress());
                    }
                } catch (RuntimeException e) {
                    log.error("Bulk run {} ended but its end was not recorded", run.id(), e);
                } finally {
                    run.finish();
                }
            }
        }));
    }

    private static String reasonOf(String what, Object key, RuntimeException e) {
        return switch (e) {
            case ClaimedByOtherException claimed -> "claimed by " + claimed.holder();
            case ConcurrentEditException changed -> "changed by " + changed.changedBy();
            case Explained explained -> explained.getMessage();
            case InvalidDecisionException invalid -> "invalid: " + invalid.getMessage();
            case OutOfScopeException outside -> "outside your markets";
            case NotFoundException missing -> "no such " + what;
            case AccessDeniedException denied -> "not allowed: " + denied.getMessage();
            default -> {
                String id = UUID.randomUUID().toString().substring(0, 8);
                log.error("Bulk decision on {} {} failed, error id {}", what, key, id, e);
                yield "unexpected error (quote error id " + id + ")";
            }
        };
    }

    /** A failure the action's own module put in words. */
    private static final class Explained extends RuntimeException {
        Explained(String reason) {
            super(reason, null, false, false);
        }
    }
}
