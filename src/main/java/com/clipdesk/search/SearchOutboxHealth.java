package com.clipdesk.search;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Calendar;
import java.util.TimeZone;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The index outbox of several nodes (clipdesk.search.coordination=outbox-polling) in
 * {@code /actuator/health} ({@code searchOutbox}) and in the metrics: how many committed changes wait
 * for an agent, how long the oldest has waited, how many Hibernate Search gave up on after its
 * retries (the index misses those until the item changes again or an admin reindexes), and how many
 * nodes' agents are alive. {@code WARNING} (HTTP 200, not part of readiness: every node shares the
 * same outbox, so taking one out of the balancer would fix nothing) when the oldest change has waited
 * longer than {@value #STALE_SECONDS} s, when events were aborted, or when no agent is alive. With
 * one node's embedded Lucene, or coordination off, it says so and stays UP.
 * Metrics: {@code clipdesk.search.outbox.pending}, {@code clipdesk.search.outbox.oldest.seconds},
 * {@code clipdesk.search.outbox.aborted}.
 */
@Component("searchOutboxHealthIndicator")
class SearchOutboxHealth implements HealthIndicator, MeterBinder {

    static final long STALE_SECONDS = 60;
    private static final Status WARNING = new Status("WARNING");
    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

    private final JdbcClient jdbc;
    private final SearchEngine engine;
    private final Clock clock;

    SearchOutboxHealth(JdbcClient jdbc, SearchEngine engine, Clock clock) {
        this.jdbc = jdbc;
        this.engine = engine;
        this.clock = clock;
    }

    record Snapshot(long pending, @Nullable Instant oldest, long aborted, long agents, Instant now) {
        long oldestSeconds() {
            return oldest == null ? 0 : Math.max(0, Duration.between(oldest, now).toSeconds());
        }
    }

    Snapshot snapshot() {
        Instant now = clock.instant();
        Snapshot counts = jdbc.sql("""
                select sum(case when status = 'PENDING' then 1 else 0 end),
                       min(case when status = 'PENDING' then process_after end),
                       sum(case when status = 'ABORTED' then 1 else 0 end)
                from hsearch_outbox_event""").query((rs, n) -> {
            Timestamp oldest = rs.getTimestamp(2, (Calendar) UTC.clone());
            return new Snapshot(rs.getLong(1), oldest == null ? null : oldest.toInstant(), rs.getLong(3), 0, now);
        }).single();
        long agents = jdbc.sql("select expiration from hsearch_agent where type like 'EVENT_PROCESSING%'")
                .query((rs, n) -> rs.getTimestamp(1, (Calendar) UTC.clone()).toInstant()).list().stream()
                .filter(expiration -> expiration.isAfter(now)).count();
        return new Snapshot(counts.pending(), counts.oldest(), counts.aborted(), agents, now);
    }

    @Override
    public Health health() {
        if (!engine.indexesThroughOutbox()) {
            return Health.up().withDetail("coordination", "none: each node indexes its own commits").build();
        }
        Snapshot s = snapshot();
        Health.Builder health = Health.up();
        if (s.agents() == 0) {
            health.status(WARNING).withDetail("reason", "no node's agent is indexing the outbox");
        } else if (s.aborted() > 0) {
            health.status(WARNING).withDetail("reason", s.aborted() + " change(s) could not be indexed after "
                    + "retries: reindex from the index administration page");
        } else if (s.oldestSeconds() > STALE_SECONDS) {
            health.status(WARNING).withDetail("reason", "the oldest change has waited " + s.oldestSeconds()
                    + " s for the index");
        }
        return health.withDetail("coordination", "outbox-polling").withDetail("pending", s.pending())
                .withDetail("oldestPendingSeconds", s.oldestSeconds()).withDetail("aborted", s.aborted())
                .withDetail("agents", s.agents()).build();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        if (!engine.indexesThroughOutbox()) {
            return;
        }
        Gauge.builder("clipdesk.search.outbox.pending", this, h -> h.snapshot().pending())
                .description("Committed changes waiting in the index outbox").register(registry);
        Gauge.builder("clipdesk.search.outbox.oldest.seconds", this, h -> h.snapshot().oldestSeconds())
                .description("How long the oldest change in the index outbox has waited").baseUnit("seconds")
                .register(registry);
        Gauge.builder("clipdesk.search.outbox.aborted", this, h -> h.snapshot().aborted())
                .description("Index changes given up after retries").register(registry);
    }
}
