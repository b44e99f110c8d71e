package com.clipdesk.delivery;

import com.clipdesk.feed.DecisionFeed;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Webhook delivery in {@code /actuator/health} ({@code webhooks}) and in the metrics. A webhook whose
 * receiver keeps failing is the receiver's trouble, not this node's: the status is {@code WARNING}
 * (HTTP 200, between UP and DOWN; not in the readiness or liveness groups) naming the failing webhooks,
 * UP otherwise. Details: per webhook its state, lag (entries waiting) and failures in a row.
 * Metrics: {@code clipdesk.webhooks.failing} and {@code clipdesk.webhooks.lag.max} (active webhooks
 * only; a paused one waits on purpose), read at most once a second.
 */
@Component("webhooksHealthIndicator")
class WebhookHealth implements HealthIndicator, MeterBinder {

    static final Status WARNING = new Status("WARNING", "a webhook's receiver keeps failing");
    private static final Duration FRESH = Duration.ofSeconds(1);

    private final JdbcClient jdbc;
    private final DecisionFeed feed;
    private final Clock clock;
    private volatile Snapshot last = new Snapshot(List.of(), Instant.EPOCH);

    record Row(String name, WebhookState state, long lag, int failures) {}

    private record Snapshot(List<Row> rows, Instant at) {
        long failing() {
            return rows.stream().filter(r -> r.state() == WebhookState.FAILING).count();
        }

        long maxActiveLag() {
            return rows.stream().filter(r -> r.state() != WebhookState.PAUSED).mapToLong(Row::lag).max().orElse(0);
        }
    }

    WebhookHealth(JdbcClient jdbc, DecisionFeed feed, Clock clock) {
        this.jdbc = jdbc;
        this.feed = feed;
        this.clock = clock;
    }

    @Override
    public Health health() {
        Snapshot s = snapshot();
        Map<String, Object> webhooks = new LinkedHashMap<>();
        List<String> failing = new ArrayList<>();
        for (Row r : s.rows()) {
            webhooks.put(r.name(), Map.of("state", r.state().name(), "lag", r.lag(), "failures", r.failures()));
            if (r.state() == WebhookState.FAILING) {
                failing.add(r.name());
            }
        }
        Health.Builder health = failing.isEmpty() ? Health.up() : Health.status(WARNING)
                .withDetail("reason", "receivers failing: " + String.join(", ", failing));
        return health.withDetail("webhooks", webhooks).withDetail("maxActiveLag", s.maxActiveLag()).build();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("clipdesk.webhooks.failing", this, h -> h.snapshot().failing())
                .description("Webhooks whose receiver failed several attempts in a row").register(registry);
        Gauge.builder("clipdesk.webhooks.lag.max", this, h -> h.snapshot().maxActiveLag())
                .description("Feed entries the most behind active webhook has still to deliver").register(registry);
    }

    private Snapshot snapshot() {
        Snapshot s = last;
        Instant now = clock.instant();
        Duration age = Duration.between(s.at(), now);
        if (!age.isNegative() && age.compareTo(FRESH) < 0) {
            return s;
        }
        long head = feed.head();
        List<Row> rows = jdbc.sql("select name, state, cursor_seq, failures from webhook_subscription order by name")
                .query((rs, n) -> new Row(rs.getString(1), WebhookState.valueOf(rs.getString(2)),
                        Math.max(0, head - rs.getLong(3)), rs.getInt(4))).list();
        s = new Snapshot(rows, now);
        last = s;
        return s;
    }
}
