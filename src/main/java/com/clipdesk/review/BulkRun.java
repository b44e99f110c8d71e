package com.clipdesk.review;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * One bulk decision running in the background: how far it got, which cases failed and why, and a
 * way to stop it. Cancelling lets the case in hand finish (each case is its own transaction) and
 * leaves the rest untouched.
 */
public final class BulkRun {

    private final int total;
    private final Decision decision;
    private final List<Long> decided = new ArrayList<>();
    private final List<BulkFailure> failures = new ArrayList<>();
    private final CompletableFuture<BulkProgress> completion = new CompletableFuture<>();
    private volatile boolean cancelRequested;
    private boolean finished;

    BulkRun(int total, Decision decision) {
        this.total = total;
        this.decision = decision;
    }

    public Decision decision() {
        return decision;
    }

    /** Asks the run to stop after the case in hand. */
    public void cancel() {
        cancelRequested = true;
    }

    boolean cancelRequested() {
        return cancelRequested;
    }

    synchronized void decided(long caseId) {
        decided.add(caseId);
    }

    synchronized void failed(long caseId, String reason) {
        failures.add(new BulkFailure(caseId, reason));
    }

    void finish() {
        BulkProgress last;
        synchronized (this) {
            finished = true;
            last = progress();
        }
        completion.complete(last);
    }

    /** Where the run stands now. */
    public synchronized BulkProgress progress() {
        return new BulkProgress(total, List.copyOf(decided), List.copyOf(failures), cancelRequested, finished);
    }

    /** Completes with the final progress once the run has stopped, cancelled or not. */
    public CompletableFuture<BulkProgress> completion() {
        return completion;
    }

    /** A case the run could not decide; nothing changed on it. */
    public record BulkFailure(long caseId, String reason) {}

    /**
     * @param cancelled the reviewer asked to stop; with {@code finished}, the cases not processed
     *     were left as they were
     */
    public record BulkProgress(int total, List<Long> decided, List<BulkFailure> failures, boolean cancelled,
            boolean finished) {

        public int processed() {
            return decided.size() + failures.size();
        }

        /** True when the run stopped early on the reviewer's request. */
        public boolean stoppedEarly() {
            return finished && cancelled && processed() < total;
        }
    }
}
