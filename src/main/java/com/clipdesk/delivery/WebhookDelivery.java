package com.clipdesk.delivery;

import com.clipdesk.feed.DecisionFeed;
import com.clipdesk.feed.FeedEntry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the feed to webhook subscriptions. A pass takes the due subscriptions (not paused, next
 * attempt reached, behind the feed's head, lease free), leases each with one conditional update (so
 * one node at a time delivers a subscription), and posts its entries one by one in seq order. A 2xx
 * advances the cursor in the same transaction as the attempt's log line; anything else stops the
 * subscription at that entry (head-of-line: later entries wait) until the backoff has passed.
 * Entries its filters exclude advance the cursor without a request. Delivery is at least once: a
 * node that dies after the consumer answered and before its commit leaves the entry to be sent again
 * (consumers dedupe on {@code Clipdesk-Delivery}).
 */
@Component
class WebhookDelivery {

    private static final Logger log = LoggerFactory.getLogger(WebhookDelivery.class);
    private static final int PAGE = 100;
    private static final int DUE_PER_PASS = 50;

    private final DecisionFeed feed;
    private final WebhookUrls urls;
    private final WebhookSecrets secrets;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final HttpClient http;
    private final Duration readTimeout;
    private final Duration lease;
    private final Backoff backoff;
    private final int failingAfter;
    private final String node = "node-" + UUID.randomUUID().toString().substring(0, 8);
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final Set<Long> running = ConcurrentHashMap.newKeySet();

    WebhookDelivery(DecisionFeed feed, WebhookUrls urls, JdbcClient jdbc, PlatformTransactionManager transactions,
            Clock clock, WebhookSecrets secrets,
            @Value("${clipdesk.feed.webhooks.connect-timeout:PT2S}") Duration connectTimeout,
            @Value("${clipdesk.feed.webhooks.read-timeout:PT5S}") Duration readTimeout,
            @Value("${clipdesk.feed.webhooks.lease:PT1M}") Duration lease,
            @Value("${clipdesk.feed.webhooks.backoff-base:PT1S}") Duration backoffBase,
            @Value("${clipdesk.feed.webhooks.backoff-max:PT10M}") Duration backoffMax,
            @Value("${clipdesk.feed.webhooks.failing-after:5}") int failingAfter) {
        this.feed = feed;
        this.secrets = secrets;
        this.urls = urls;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.readTimeout = readTimeout;
        this.lease = lease;
        this.backoff = new Backoff(backoffBase, backoffMax);
        this.failingAfter = failingAfter;
        // No redirects: a 3xx is a failure the consumer fixes, and cannot lead to an address not checked
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** One pass over the due subscriptions, in parallel (one virtual thread each), waiting for all; returns how many entries were delivered. */
    int deliverDue() {
        int delivered = 0;
        List<Future<Integer>> runs = startDue();
        for (Future<Integer> run : runs) {
            try {
                delivered += run.get();
            } catch (ExecutionException e) {
                log.warn("Webhook delivery failed", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return delivered;
            }
        }
        return delivered;
    }

    /**
     * Starts delivering each due subscription that this node is not delivering already, without
     * waiting: a slow receiver (up to half a lease per pass) does not hold up the others' next pass.
     */
    List<Future<Integer>> startDue() {
        Instant now = clock.instant();
        long head = feed.head();
        List<Long> due = jdbc.sql("select id from webhook_subscription where state <> 'PAUSED' and cursor_seq < ?"
                        + " and next_attempt_at <= ? and (lease_until is null or lease_until < ?)"
                        + " order by next_attempt_at limit " + DUE_PER_PASS)
                .params(head, utc(now), utc(now)).query(Long.class).list();
        List<Future<Integer>> runs = new ArrayList<>();
        for (long id : due) {
            if (running.add(id)) {
                runs.add(threads.submit(() -> {
                    try {
                        return deliver(id);
                    } finally {
                        running.remove(id);
                    }
                }));
            }
        }
        return runs;
    }

    @PreDestroy
    void stop() {
        threads.shutdownNow();
    }

    /** Leases one subscription and delivers what is due; 0 when another node (or thread) holds it. */
    int deliver(long id) {
        String token = node + ":" + UUID.randomUUID().toString().substring(0, 12);
        Instant now = clock.instant();
        int claimed = jdbc.sql("update webhook_subscription set lease_owner = ?, lease_until = ?"
                        + " where id = ? and state <> 'PAUSED' and next_attempt_at <= ?"
                        + " and (lease_until is null or lease_until < ?)")
                .params(token, utc(now.plus(lease)), id, utc(now), utc(now)).update();
        if (claimed == 0) {
            return 0;
        }
        try {
            return deliverLeased(id, token, now.plus(lease.dividedBy(2)));
        } finally {
            jdbc.sql("update webhook_subscription set lease_owner = null, lease_until = null"
                    + " where id = ? and lease_owner = ?").params(id, token).update();
        }
    }

    private int deliverLeased(long id, String token, Instant stopBy) {
        Optional<Target> found = jdbc.sql("select url, secret, entry_types, market_codes, cursor_seq, failures"
                        + " from webhook_subscription where id = ?").param(id)
                .query((rs, n) -> new Target(rs.getString(1), secrets.open(rs.getString(2)),
                        WebhookSubscription.split(rs.getString(3)), WebhookSubscription.split(rs.getString(4)),
                        rs.getLong(5), rs.getInt(6)))
                .optional();
        if (found.isEmpty()) {
            return 0;
        }
        Target target = found.get();
        long cursor = target.cursor();
        long skippedTo = cursor; // every entry up to here is delivered or excluded
        long committed = cursor;
        int delivered = 0;
        List<FeedEntry> entries = feed.after(cursor, PAGE);
        for (FeedEntry entry : entries) {
            if (!target.wants(entry)) {
                skippedTo = entry.seq();
                continue;
            }
            if (clock.instant().isAfter(stopBy)) {
                break; // leave the rest to the next pass, well inside the lease
            }
            Outcome outcome = post(target, entry);
            if (outcome.succeeded()) {
                if (!recordSuccess(id, token, entry.seq(), outcome)) {
                    return delivered; // lease lost, paused or deleted meanwhile
                }
                delivered++;
                skippedTo = entry.seq();
                committed = entry.seq();
            } else {
                recordFailure(id, token, skippedTo, target.failures() + 1, entry.seq(), outcome);
                return delivered;
            }
        }
        if (skippedTo > committed) {
            advancePastSkipped(id, token, skippedTo);
        }
        return delivered;
    }

    private Outcome post(Target target, FeedEntry entry) {
        long started = System.nanoTime();
        Instant at = clock.instant();
        try {
            URI uri = URI.create(target.url());
            urls.checkAddress(uri.getHost());
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .timeout(readTimeout)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Clipdesk-Webhooks/1")
                    .header("Clipdesk-Delivery", Long.toString(entry.seq()))
                    .header("Clipdesk-Event", entry.type())
                    .header(WebhookSignature.HEADER, WebhookSignature.header(target.secret(), at.getEpochSecond(),
                            entry.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(entry.payload(), StandardCharsets.UTF_8))
                    .build();
            CompletableFuture<HttpResponse<Void>> response =
                    http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
            try {
                int status = response.get(readTimeout.toMillis() + 500, TimeUnit.MILLISECONDS).statusCode();
                boolean ok = status >= 200 && status < 300;
                return new Outcome(at, status, millisSince(started), ok ? null : "HTTP " + status);
            } catch (TimeoutException e) {
                response.cancel(true);
                return new Outcome(at, null, millisSince(started), "No answer within " + readTimeout.toSeconds() + " s");
            }
        } catch (InvalidWebhookException e) {
            return new Outcome(at, null, millisSince(started), e.getMessage());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String what = cause instanceof java.net.http.HttpTimeoutException
                    ? "No answer within " + readTimeout.toSeconds() + " s"
                    : cause instanceof java.net.ConnectException ? "Connection refused or timed out"
                    : cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
            return new Outcome(at, null, millisSince(started), what);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(at, null, millisSince(started), "Interrupted (node shutting down)");
        } catch (RuntimeException e) {
            return new Outcome(at, null, millisSince(started), e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Cursor and log line in one transaction, only while this claim still holds the lease. */
    private boolean recordSuccess(long id, String token, long seq, Outcome outcome) {
        Boolean done = transaction.execute(tx -> {
            int updated = jdbc.sql("update webhook_subscription set cursor_seq = ?, failures = 0,"
                            + " state = case when state = 'PAUSED' then 'PAUSED' else 'ACTIVE' end,"
                            + " next_attempt_at = ?, last_attempt_at = ?, last_delivered_at = ?, last_status = ?,"
                            + " last_error = null, version = version + 1"
                            + " where id = ? and lease_owner = ?")
                    .params(seq, utc(outcome.at()), utc(outcome.at()), utc(outcome.at()), outcome.status(), id, token)
                    .update();
            if (updated == 0) {
                return false;
            }
            logAttempt(id, seq, outcome);
            return !"PAUSED".equals(jdbc.sql("select state from webhook_subscription where id = ?").param(id)
                    .query(String.class).single());
        });
        return Boolean.TRUE.equals(done);
    }

    private void recordFailure(long id, String token, long cursor, int failures, long seq, Outcome outcome) {
        Instant next = outcome.at().plus(backoff.after(failures));
        String state = failures >= failingAfter ? "FAILING" : "ACTIVE";
        transaction.executeWithoutResult(tx -> {
            int updated = jdbc.sql("update webhook_subscription set cursor_seq = ?, failures = ?,"
                            + " state = case when state = 'PAUSED' then 'PAUSED' else ? end,"
                            + " next_attempt_at = ?, last_attempt_at = ?, last_status = ?, last_error = ?,"
                            + " version = version + 1 where id = ? and lease_owner = ?")
                    .params(cursor, failures, state, utc(next), utc(outcome.at()), outcome.status(),
                            Webhooks.clip(outcome.error(), 500), id, token)
                    .update();
            if (updated > 0) {
                logAttempt(id, seq, outcome);
            }
        });
    }

    private void advancePastSkipped(long id, String token, long seq) {
        jdbc.sql("update webhook_subscription set cursor_seq = ?, version = version + 1"
                        + " where id = ? and lease_owner = ? and cursor_seq < ?")
                .params(seq, id, token, seq).update();
    }

    /** Appends to the delivery log and keeps its newest {@link Webhooks#LOG_SIZE} lines. */
    private void logAttempt(long id, long seq, Outcome outcome) {
        jdbc.sql("insert into webhook_attempt (subscription_id, seq, attempted_at, status_code, latency_ms, error)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(id, seq, utc(outcome.at()), outcome.status(), outcome.latencyMillis(),
                        Webhooks.clip(outcome.error(), 500))
                .update();
        jdbc.sql("select id from webhook_attempt where subscription_id = ? order by id desc limit 1 offset "
                        + Webhooks.LOG_SIZE)
                .param(id).query(Long.class).optional()
                .ifPresent(oldest -> jdbc.sql("delete from webhook_attempt where subscription_id = ? and id <= ?")
                        .params(id, oldest).update());
    }

    private static int millisSince(long startedNanos) {
        return (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - startedNanos) / 1_000_000);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** What the worker needs of a subscription, read once per pass. */
    private record Target(String url, String secret, Set<String> types, Set<String> markets, long cursor,
            int failures) {

        /** Empty filters take all; an entry without a market (or for all, "*") passes a market filter. */
        boolean wants(FeedEntry e) {
            if (!types.isEmpty() && !types.contains(e.type())) {
                return false;
            }
            String market = e.marketCode();
            return markets.isEmpty() || market == null || market.equals("*") || markets.contains(market);
        }
    }

    private record Outcome(Instant at, @Nullable Integer status, int latencyMillis, @Nullable String error) {

        boolean succeeded() {
            return status != null && status >= 200 && status < 300;
        }
    }
}
