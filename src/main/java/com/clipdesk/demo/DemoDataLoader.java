package com.clipdesk.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
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
 * the search index check ({@code @Order(100)}). "Empty" means no row in {@code market}.
 *
 * <p>Default: one transaction. Every row, and the audit event that says so, commit together or not
 * at all, so a crashed load leaves an empty database and the next start loads again.
 *
 * <p>{@code clipdesk.demo.commit-every=N} (for benchmark sizes: one H2 transaction of ten million
 * rows spends 40% of its time in the commit and bloats the file): commits every ~N rows. The
 * completion marker is then the {@code DEMO_DATA_LOADED} audit event, written in the last commit;
 * {@code market} cannot be the marker, since every other table references it and it goes first. A
 * start that finds markets but no such event knows an earlier chunked load died, deletes the demo
 * tables' rows and loads again; so use chunked mode only on disposable demo or benchmark databases.
 *
 * <p>After the data, the identity counters move past the demo ids (DDL: it commits implicitly on
 * MariaDB, so it runs after the data commit; should it not run, MariaDB still continues after the
 * largest id, H2 would not).
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("clipdesk.demo.enabled")
public class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final int BATCH_SIZE = 1000;
    private static final String LOADED = "DEMO_DATA_LOADED";

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
        Map<String, Long> counts = properties.commitEvery() > 0 ? loadInChunks(now, started) : loadInOneTransaction(now, started);
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

    private @Nullable Map<String, Long> loadInOneTransaction(Instant now, long started) {
        return transaction.execute(status -> {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                return hasMarkets(connection) ? null : write(connection, now, started, 0);
            } catch (SQLException e) {
                throw new IllegalStateException("Demo data load failed", e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        });
    }

    private @Nullable Map<String, Long> loadInChunks(Instant now, long started) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                if (hasMarkets(connection)) {
                    if (hasLoadedEvent(connection)) {
                        return null;
                    }
                    log.warn("Demo data: markets but no {} event: an earlier chunked load died; deleting its rows", LOADED);
                    deleteDemoRows(connection);
                    connection.commit();
                }
                Map<String, Long> counts = write(connection, now, started, properties.commitEvery());
                connection.commit();
                return counts;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Demo data load failed", e);
        }
    }

    /** Writes every row and, last, the audit event; commits only in chunked mode. */
    private Map<String, Long> write(Connection connection, Instant now, long started, int commitEvery) throws SQLException {
        log.info("Demo data: loading seed {} ({} titles, {} members, {} moments, {}) ...", properties.seed(),
                properties.titles(), properties.members(), properties.moments(),
                commitEvery > 0 ? "commit every " + commitEvery + " rows" : "one transaction");
        Map<String, Long> counts;
        try (JdbcDemoWriter writer = new JdbcDemoWriter(connection, BATCH_SIZE, expectedRows(), commitEvery)) {
            new DemoDataGenerator(properties, now.truncatedTo(ChronoUnit.DAYS)).generate(writer);
            writer.flush();
            counts = writer.counts();
        }
        try (PreparedStatement audit = connection.prepareStatement(
                "insert into audit_event (occurred_at, actor, action, summary) values (?, ?, ?, ?)")) {
            audit.setObject(1, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
            audit.setString(2, "system");
            audit.setString(3, LOADED);
            audit.setString(4, summary(counts));
            audit.executeUpdate();
        }
        // written outside JPA: joins the audit hash chain in this transaction, like every event
        com.clipdesk.audit.AuditChainSeal.sealUnsealed(connection);
        log.info("Demo data: rows written after {} ms, committing", elapsedMs(started));
        return counts;
    }

    private static boolean hasMarkets(Connection connection) throws SQLException {
        return exists(connection, "select 1 from market");
    }

    private static boolean hasLoadedEvent(Connection connection) throws SQLException {
        return exists(connection, "select 1 from audit_event where action = '" + LOADED + "'");
    }

    private static boolean exists(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.setMaxRows(1);
            try (ResultSet rows = statement.executeQuery(query)) {
                return rows.next();
            }
        }
    }

    private static void deleteDemoRows(Connection connection) throws SQLException {
        List<DemoTable> tables = List.of(DemoTable.values());
        try (Statement statement = connection.createStatement()) {
            for (int i = tables.size() - 1; i >= 0; i--) {
                statement.executeUpdate("delete from " + tables.get(i).tableName());
            }
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
