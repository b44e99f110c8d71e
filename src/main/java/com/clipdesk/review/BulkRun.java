package com.clipdesk.review;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * One bulk decision running in the background: how far it got, what was decided, what was already
 * as asked, which failed and why, and a way to stop it. Cancelling lets the one in hand finish
 * (each is its own transaction) and leaves the rest untouched.
 *
 * @param <K> what the run works through: case ids, or {@link ItemRef items} from a search
 */
public final class BulkRun<K> {

    private final String id = UUID.randomUUID().toString().substring(0, 8);
    private final int total;
    private final @Nullable Decision decision;
    private final String done;
    private final List<K> decided = new ArrayList<>();
    private final List<K> already = new ArrayList<>();
    private final List<BulkFailure<K>> failures = new ArrayList<>();
    private final CompletableFuture<BulkProgress<K>> completion = new CompletableFuture<>();
    private volatile boolean cancelRequested;
    private boolean finished;

    BulkRun(int total, Decision decision) {
        this.total = total;
        this.decision = decision;
        this.done = ItemAction.of(decision).done();
    }

    /** A run that is no review decision (e.g. takedowns); {@code done} says what became of the items: "taken down". */
    BulkRun(int total, String done) {
        this.total = total;
        this.decision = null;
        this.done = done;
    }

    /** Names the run in the audit trail (its start and end events). */
    public String id() {
        return id;
    }

    /** The review decision the run applies; null for runs of another kind. */
    public @Nullable Decision decision() {
        return decision;
    }

    /** What became of the items the run handled: "removed", "kept", "taken down". */
    public String done() {
        return done;
    }

    /** Asks the run to stop after the one in hand. */
    public void cancel() {
        cancelRequested = true;
    }

    boolean cancelRequested() {
        return cancelRequested;
    }

    synchronized void decided(K key) {
        decided.add(key);
    }

    synchronized void alreadyDone(K key) {
        already.add(key);
    }

    synchronized void failed(K key, String reason) {
        failures.add(new BulkFailure<>(key, reason));
    }

    void finish() {
        BulkProgress<K> last;
        synchronized (this) {
            finished = true;
            last = progress();
        }
        completion.complete(last);
    }

    /** Where the run stands now. */
    public synchronized BulkProgress<K> progress() {
        return new BulkProgress<>(total, List.copyOf(decided), List.copyOf(already), List.copyOf(failures),
                cancelRequested, finished);
    }

    /** Completes with the final progress once the run has stopped, cancelled or not. */
    public CompletableFuture<BulkProgress<K>> completion() {
        return completion;
    }

    /** One the run could not decide; nothing changed on it. */
    public record BulkFailure<K>(K key, String reason) {}

    /**
     * @param already those that were as the decision asks before the run came to them (an item
     *     already removed when removing): nothing was written for them
     * @param cancelled the reviewer asked to stop; with {@code finished}, those not processed
     *     were left as they were
     */
    public record BulkProgress<K>(int total, List<K> decided, List<K> already, List<BulkFailure<K>> failures,
            boolean cancelled, boolean finished) {

        public int processed() {
            return decided.size() + already.size() + failures.size();
        }

        /** True when the run stopped early on the reviewer's request. */
        public boolean stoppedEarly() {
            return finished && cancelled && processed() < total;
        }
    }
}
