package com.clipdesk.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with demo data at start-up ({@code clipdesk.demo.enabled=true}), before
 * the search index check ({@code @Order(100)}).
 *
 * <p>One transaction: every row, and the audit event that says so, commit together or not at all,
 * so a crashed or failed load leaves an empty database and the next start simply loads again. (A
 * chunked load with a completion marker cannot use {@code market} as the marker: every other table
 * references it, so it must be written first.) "Empty" means no row in {@code market}. Only after
 * the commit are the identity counters moved past the demo ids (that is DDL, which commits
 * implicitly on MariaDB); should that step not run, MariaDB still continues after the largest id,
 * H2 would not.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("clipdesk.demo.enabled")
public class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final int BATCH_SIZE = 1000;

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final DemoDataProperties properties;
    private final Clock clock;

    DemoDataLoader(DataSource dataSource, PlatformTransactionManager transactionManager, DemoDataProperties properties,
            Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(transactionManager);
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        load();
    }

    /** Loads the demo data unless the database already has markets; says what it did. */
    public DemoDataReport load() {
        long started = System.nanoTime();
        Instant now = clock.instant();
        Map<String, Long> counts = transaction.execute(status -> {
            Integer markets = jdbc.queryForObject("select count(*) from market", Integer.class);
            if (markets != null && markets > 0) {
                return null;
            }
            log.info("Demo data: loading seed {} ({} titles, {} members, {} moments) ...", properties.seed(),
                    properties.titles(), properties.members(), properties.moments());
            Map<String, Long> written = write(now.truncatedTo(ChronoUnit.DAYS));
            log.info("Demo data: rows written after {} ms, committing", elapsedMs(started));
            jdbc.update("insert into audit_event (occurred_at, actor, action, summary) values (?, ?, ?, ?)",
                    LocalDateTime.ofInstant(now, ZoneOffset.UTC), "system", "DEMO_DATA_LOADED", summary(written));
            return written;
        });
        if (counts == null) {
            log.info("Demo data: database already has markets, nothing loaded");
            return DemoDataReport.skipped(elapsedMs(started));
        }
        long committed = elapsedMs(started);
        new IdentityCounters(jdbc).continueAfterDemoIds();
        long elapsed = elapsedMs(started);
        log.info("Demo data: loaded {} rows in {} ms (committed after {} ms, identities moved in {} ms)",
                counts.values().stream().mapToLong(Long::longValue).sum(), elapsed, committed, elapsed - committed);
        return new DemoDataReport(true, counts, elapsed);
    }

    private Map<String, Long> write(Instant anchor) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (JdbcDemoWriter writer = new JdbcDemoWriter(connection, BATCH_SIZE, expectedRows())) {
            new DemoDataGenerator(properties, anchor).generate(writer);
            writer.flush();
            return writer.counts();
        } catch (SQLException e) {
            throw new IllegalStateException("Demo data load failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private Map<DemoTable, Long> expectedRows() {
        return Map.of(DemoTable.MEMBER, (long) properties.members(), DemoTable.MOMENT, (long) properties.moments(),
                DemoTable.FANDOM_SUBMISSION, (long) properties.submissions(),
                DemoTable.PRIVATE_RECOMMENDATION, (long) properties.recommendations(),
                DemoTable.WATCH_PARTY, (long) properties.watchParties(),
                DemoTable.WATCH_PARTY_MESSAGE, (long) properties.chatMessages(),
                DemoTable.REPORT, (long) properties.reports());
    }

    private String summary(Map<String, Long> counts) {
        return "Demo data loaded with seed " + properties.seed() + ": " + counts.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "));
    }

    private static long elapsedMs(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
