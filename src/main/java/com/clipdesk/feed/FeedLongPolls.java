package com.clipdesk.feed;

import com.clipdesk.feed.DecisionFeed.Page;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Long polls of the feed that hold no request thread while they wait ({@code GET /api/feed?wait=…}).
 * A poll that finds nothing new is parked here; one thread, {@code feed-long-polls}, wakes when a
 * transaction of this node commits feed entries, when a poll is parked, and at least every
 * {@link #RECHECK} (entries committed by other nodes wake nobody here). It reads the head once, then the
 * page of each parked poll the head has passed, and answers those, and the polls whose wait is over
 * (an empty page). Waiting consumers cost a parked future each, not one of the web server's threads.
 */
@Component
public class FeedLongPolls {

    private static final Logger log = LoggerFactory.getLogger(FeedLongPolls.class);
    /** Also look at the database this often: entries committed by other nodes wake nobody here. */
    static final Duration RECHECK = Duration.ofSeconds(1);

    private final DecisionFeed feed;
    private final Queue<Poll> parked = new ConcurrentLinkedQueue<>();
    private final Semaphore wake = new Semaphore(0);
    private final Thread thread;
    private volatile boolean running = true;

    private record Poll(long after, int limit, long deadline, CompletableFuture<Page> answer) {}

    FeedLongPolls(DecisionFeed feed, FeedSignal signal) {
        this.feed = feed;
        signal.onCommit(wake::release);
        this.thread = Thread.ofPlatform().name("feed-long-polls").daemon().unstarted(this::run);
        this.thread.start();
    }

    /**
     * The page after {@code after}, at once when it has entries or {@code wait} is zero; otherwise once
     * entries commit or {@code wait} (at most {@link DecisionFeed#MAX_WAIT}) is over, then possibly empty.
     */
    public CompletableFuture<Page> page(long after, int limit, Duration wait) {
        Page now = feed.page(after, limit);
        if (!now.entries().isEmpty() || wait.isZero() || wait.isNegative()) {
            return CompletableFuture.completedFuture(now);
        }
        Duration max = wait.compareTo(DecisionFeed.MAX_WAIT) > 0 ? DecisionFeed.MAX_WAIT : wait;
        CompletableFuture<Page> answer = new CompletableFuture<>();
        parked.add(new Poll(after, limit, System.nanoTime() + max.toNanos(), answer));
        wake.release(); // entries may have committed between the read and the parking
        return answer;
    }

    /** How many polls wait now. */
    public int waiting() {
        return parked.size();
    }

    private void run() {
        while (running) {
            try {
                long nextDeadline = answerDue();
                long sleep = Math.min(RECHECK.toNanos(), Math.max(1_000_000L, nextDeadline - System.nanoTime()));
                if (wake.tryAcquire(sleep, TimeUnit.NANOSECONDS)) {
                    wake.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // the database is away: polls wait on (answered at their deadline at the latest once it is back)
                log.warn("Feed long polls: could not read the feed, trying again: {}", e.toString());
                sleepQuietly();
            }
        }
    }

    /** Answers the polls with new entries or an elapsed wait; returns the earliest deadline left. */
    private long answerDue() {
        long earliest = System.nanoTime() + RECHECK.toNanos();
        if (parked.isEmpty()) {
            return earliest;
        }
        long head = feed.head();
        long now = System.nanoTime();
        for (Poll poll : List.copyOf(parked)) {
            boolean news = poll.after() < head;
            if (news || now - poll.deadline() >= 0 || poll.answer().isDone()) {
                parked.remove(poll);
                if (!poll.answer().isDone()) {
                    try {
                        poll.answer().complete(news ? feed.page(poll.after(), poll.limit())
                                : new Page(List.of(), poll.after(), head));
                    } catch (RuntimeException e) {
                        poll.answer().completeExceptionally(e);
                    }
                }
            } else if (poll.deadline() - earliest < 0) {
                earliest = poll.deadline();
            }
        }
        return earliest;
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(RECHECK.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        thread.interrupt();
        parked.forEach(p -> p.answer().cancel(false));
    }
}
