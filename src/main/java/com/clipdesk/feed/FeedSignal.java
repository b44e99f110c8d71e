package com.clipdesk.feed;

import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Wakes long-polling readers of this instance when a transaction with feed entries commits. Readers
 * on other instances are not woken: they see the entries when their wait ends (docs/feed.md).
 */
@Component
class FeedSignal {

    private final Object monitor = new Object();
    private long commits;

    void committed() {
        synchronized (monitor) {
            commits++;
            monitor.notifyAll();
        }
    }

    /** The number of commits seen so far: pass it to {@link #awaitAfter}. */
    long commits() {
        synchronized (monitor) {
            return commits;
        }
    }

    /** Waits until a commit after {@code seen}, at most {@code max}; true when one came. */
    boolean awaitAfter(long seen, Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        synchronized (monitor) {
            while (commits == seen) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(monitor, left);
            }
            return true;
        }
    }
}
