package com.clipdesk.audit;

import com.clipdesk.shell.Formats;
import com.clipdesk.staff.CurrentStaff;
import com.clipdesk.staff.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Verification of the audit chain: on demand by an admin (in the background, one at a time, with
 * progress and cancel) and on a schedule ({@link AuditChainSchedule}). Every run's end is itself
 * audited (result and first break); recording that event does not start a run, so nothing loops. The
 * last result survives restarts: it is read back from those events.
 */
@Service
public class AuditChainChecks {

    static final String SUBJECT = "AUDIT_CHAIN";
    static final String VERIFIED = "AUDIT_CHAIN_VERIFIED";
    static final String BROKEN = "AUDIT_CHAIN_BROKEN";
    static final String CANCELLED = "AUDIT_CHAIN_VERIFY_CANCELLED";
    private static final Logger log = LoggerFactory.getLogger(AuditChainChecks.class);

    private final AuditChainVerifier verifier;
    private final AuditEventRepository events;
    private final AuditLog audit;
    private final CurrentStaff currentStaff;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private @Nullable Run run;

    AuditChainChecks(AuditChainVerifier verifier, AuditEventRepository events, AuditLog audit,
            CurrentStaff currentStaff, PlatformTransactionManager transactionManager, Clock clock) {
        this.verifier = verifier;
        this.events = events;
        this.audit = audit;
        this.currentStaff = currentStaff;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** A running or finished verification: events verified of the head's seq when it started. */
    public static final class Run {
        private final String startedBy;
        private final Instant startedAt;
        private final long total;
        private final AtomicLong done = new AtomicLong();
        private final AtomicBoolean cancel = new AtomicBoolean();
        private volatile AuditChainVerifier.@Nullable Result result;
        private volatile @Nullable String failure;

        Run(String startedBy, Instant startedAt, long total) {
            this.startedBy = startedBy;
            this.startedAt = startedAt;
            this.total = total;
        }

        public long done() {
            return done.get();
        }

        public long total() {
            return total;
        }

        public boolean finished() {
            return result != null || failure != null;
        }

        public boolean stopping() {
            return cancel.get() && !finished();
        }

        public String startedBy() {
            return startedBy;
        }

        public Instant startedAt() {
            return startedAt;
        }

        public AuditChainVerifier.@Nullable Result result() {
            return result;
        }

        /** "Verifying: 120,000 of 1,000,000 events" or the finished run's summary. */
        public String describe() {
            AuditChainVerifier.Result r = result;
            if (failure != null) {
                return "Verification failed: " + failure;
            }
            return r == null ? "Verifying: " + Formats.count(done()) + " of " + Formats.count(total) + " events"
                    : summary(r);
        }
    }

    /** The last finished verification as audited: when, by whom, what it found. */
    public record LastVerification(Instant at, String by, boolean intact, String summary) {}

    /** Whether the signed-in staff member may start a verification (admins). */
    public boolean mayVerify() {
        return currentStaff.get().has(Role.ADMIN);
    }

    /** Starts a verification in the background; the running one when one already runs. */
    public synchronized Run start() {
        String admin = currentStaff.require(Role.ADMIN).username();
        if (run != null && !run.finished()) {
            return run;
        }
        Run started = new Run(admin, clock.instant(), verifier.head().seq());
        run = started;
        Thread.ofPlatform().name("audit-chain-verify").daemon()
                .start(new DelegatingSecurityContextRunnable(() -> execute(started)));
        return started;
    }

    /** Asks the running verification to stop; false when none runs. */
    public synchronized boolean cancel() {
        currentStaff.require(Role.ADMIN);
        if (run == null || run.finished()) {
            return false;
        }
        run.cancel.set(true);
        return true;
    }

    public synchronized Optional<Run> current() {
        currentStaff.require(Role.ADMIN);
        return Optional.ofNullable(run);
    }

    public Optional<LastVerification> last() {
        currentStaff.require(Role.ADMIN, Role.AUDITOR);
        return events.findFirstByActionInOrderByIdDesc(List.of(VERIFIED, BROKEN, CANCELLED))
                .map(e -> new LastVerification(e.getOccurredAt(), e.getActor(), VERIFIED.equals(e.getAction()),
                        e.getSummary()));
    }

    /** Verifies in the calling thread, as whoever is signed in ("system" for the schedule). */
    public AuditChainVerifier.Result verifyNow() {
        Run now = new Run("system", clock.instant(), verifier.head().seq());
        execute(now);
        AuditChainVerifier.Result result = now.result;
        if (result == null) {
            throw new IllegalStateException(now.failure);
        }
        return result;
    }

    private void execute(Run r) {
        try {
            AuditChainVerifier.Result result = verifier.verify(r.done::set, r.cancel::get);
            String action = result.cancelled() ? CANCELLED : result.firstBreak() == null ? VERIFIED : BROKEN;
            try {
                transaction.executeWithoutResult(s -> audit.record(action, SUBJECT,
                        result.firstBreak() == null ? null : result.firstBreak().seq(), null, summary(result)));
            } catch (RuntimeException e) {
                // a forged row can block the chain's next seq: the result still shows
                log.error("Could not audit the verification result: {}", summary(result), e);
            }
            if (result.firstBreak() != null) {
                log.error("Audit chain broken at {}", result.firstBreak());
            } else {
                log.info("Audit chain {}: {} events, head seq {} hash {}", result.cancelled() ? "check cancelled"
                        : "intact", result.verified(), result.headSeq(), result.headHash());
            }
            r.result = result;
        } catch (RuntimeException e) {
            log.error("Audit chain verification failed", e);
            r.failure = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    /** "Intact: 1,000,000 events up to seq 1,000,000 in 4.2 s" or "Broken at seq 42 (event #57): …". */
    public static String summary(AuditChainVerifier.Result r) {
        String time = String.format(Locale.US, "%.1f s", r.elapsed().toMillis() / 1000.0);
        if (r.cancelled()) {
            return "Cancelled after " + Formats.count(r.verified()) + " events in " + time;
        }
        if (r.firstBreak() != null) {
            return "Broken at " + r.firstBreak() + "; " + Formats.count(r.verified()) + " events before it verified";
        }
        return "Intact: " + Formats.count(r.verified()) + " events up to seq " + r.headSeq() + " in " + time
                + ", head " + r.headHash().substring(0, 12) + "…";
    }
}
