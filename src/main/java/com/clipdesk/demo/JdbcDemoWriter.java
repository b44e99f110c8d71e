package com.clipdesk.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes rows with JDBC batches on one connection. When a table's batch is full, all pending
 * batches are sent in {@link DemoTable} order, so parents always reach the database before their
 * children. Instants are bound as UTC {@link LocalDateTime}s (datetime(6) columns hold UTC).
 */
final class JdbcDemoWriter implements RowSink, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(JdbcDemoWriter.class);

    private final Connection connection;
    private final int batchSize;
    private final Map<DemoTable, Long> expected;
    private final int commitEvery;
    private long sinceCommit;
    private final EnumMap<DemoTable, PreparedStatement> statements = new EnumMap<>(DemoTable.class);
    private final long[] pending = new long[DemoTable.values().length];
    private final long[] written = new long[DemoTable.values().length];
    private final int[] loggedDecile = new int[DemoTable.values().length];

    /**
     * {@code expected}: rows per table known in advance, for progress in percent. {@code commitEvery}:
     * 0 never commits (the caller owns the transaction); N commits after the flush that reaches N
     * rows, which is always after parents have been sent with their children.
     */
    JdbcDemoWriter(Connection connection, int batchSize, Map<DemoTable, Long> expected, int commitEvery) {
        this.connection = connection;
        this.batchSize = batchSize;
        this.expected = expected;
        this.commitEvery = commitEvery;
    }

    @Override
    public void add(DemoTable table, @Nullable Object... values) {
        try {
            PreparedStatement statement = statements.get(table);
            if (statement == null) {
                statement = connection.prepareStatement(table.insertSql());
                statements.put(table, statement);
            }
            for (int i = 0; i < values.length; i++) {
                bind(statement, i + 1, values[i]);
            }
            statement.addBatch();
            if (++pending[table.ordinal()] >= batchSize) {
                flush();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Demo data: insert into " + table.tableName() + " failed", e);
        }
    }

    private static void bind(PreparedStatement statement, int index, @Nullable Object value) throws SQLException {
        switch (value) {
            case null -> statement.setNull(index, Types.VARCHAR);
            case Instant instant -> statement.setObject(index, LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
            case Long number -> statement.setLong(index, number);
            case Integer number -> statement.setInt(index, number);
            case String text -> statement.setString(index, text);
            default -> throw new IllegalArgumentException("Unsupported demo value " + value.getClass());
        }
    }

    /** Sends every pending batch, parents first. */
    void flush() throws SQLException {
        for (DemoTable table : DemoTable.values()) {
            int t = table.ordinal();
            if (pending[t] > 0) {
                statements.get(table).executeBatch();
                written[t] += pending[t];
                sinceCommit += pending[t];
                pending[t] = 0;
                logProgress(table);
            }
        }
        if (commitEvery > 0 && sinceCommit >= commitEvery) {
            connection.commit();
            sinceCommit = 0;
        }
    }

    private void logProgress(DemoTable table) {
        long total = expected.getOrDefault(table, 0L);
        if (total <= 0) {
            return;
        }
        int decile = (int) Math.min(10, written[table.ordinal()] * 10 / total);
        if (decile > loggedDecile[table.ordinal()]) {
            loggedDecile[table.ordinal()] = decile;
            log.info("Demo data: {} {}% ({} of {})", table.tableName(), decile * 10, written[table.ordinal()], total);
        }
    }

    /** Rows written per table name, in foreign-key order. */
    Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (DemoTable table : DemoTable.values()) {
            counts.put(table.tableName(), written[table.ordinal()] + pending[table.ordinal()]);
        }
        return counts;
    }

    @Override
    public void close() throws SQLException {
        flush();
        for (PreparedStatement statement : statements.values()) {
            statement.close();
        }
    }
}
