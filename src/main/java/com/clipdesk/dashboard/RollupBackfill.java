package com.clipdesk.dashboard;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Rebuilds the daily rollups from the decision and appeal rows, with the rules of {@link Rollups}:
 * for the migration that introduces them (existing databases then show their history) and for data
 * written around the services (the demo's history). Reads the rows once, adds them up in memory (a
 * few thousand keys for years of decisions) and writes the sums in batches.
 * <p>
 * One difference from the live count: the time to decision runs from the case's current opening, so
 * a closing decision of a case that was reopened since (opened after it was decided) is counted in
 * the decisions but not in the times: its opening is no longer stored.
 */
public final class RollupBackfill {

    private record Key(String market, LocalDate day, String value) {}

    private RollupBackfill() {}

    /** Replaces the rollups' content with the sums of the current rows; runs in the caller's transaction. */
    public static void rebuild(Connection connection) throws SQLException {
        Map<Key, Long> decisions = new HashMap<>();
        Map<Key, Long> latencies = new HashMap<>();
        Map<Key, Long> appeals = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select d.decided_at, d.reason_code, d.disposition, c.markets,"
                        + " c.opened_at from review_decision d join review_case c on c.id = d.case_id")) {
            while (rows.next()) {
                LocalDateTime decidedAt = rows.getObject(1, LocalDateTime.class);
                LocalDate day = decidedAt.toLocalDate();
                Set<String> markets = markets(rows.getString(4));
                String disposition = rows.getString(3);
                LocalDateTime openedAt = rows.getObject(5, LocalDateTime.class);
                boolean closes = "KEEP".equals(disposition) || "REMOVE".equals(disposition);
                for (String market : markets) {
                    decisions.merge(new Key(market, day, rows.getString(2)), 1L, Long::sum);
                    if (closes && !openedAt.isAfter(decidedAt)) {
                        int bucket = LatencyBuckets.of(Duration.between(openedAt.toInstant(ZoneOffset.UTC),
                                decidedAt.toInstant(ZoneOffset.UTC)));
                        latencies.merge(new Key(market, day, String.valueOf(bucket)), 1L, Long::sum);
                    }
                }
            }
        }
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select a.id, a.decided_at, a.outcome, m.market_code from appeal a"
                        + " left join appeal_market m on m.appeal_id = a.id where a.status = 'DECIDED'"
                        + " and a.decided_at is not null and a.outcome is not null order by a.id")) {
            long appeal = -1;
            while (rows.next()) {
                LocalDate day = rows.getObject(2, LocalDateTime.class).toLocalDate();
                Set<String> markets = new TreeSet<>();
                if (rows.getLong(1) != appeal) { // every market of the appeal once, and '*' once per appeal
                    appeal = rows.getLong(1);
                    markets.add(Rollups.ALL);
                }
                if (rows.getString(4) != null) {
                    markets.add(rows.getString(4));
                }
                for (String market : markets) {
                    appeals.merge(new Key(market, day, rows.getString(3)), 1L, Long::sum);
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("delete from decision_daily");
            statement.executeUpdate("delete from decision_latency_daily");
            statement.executeUpdate("delete from appeal_daily");
        }
        write(connection, "insert into decision_daily (market_code, decided_on, reason_code, decisions)"
                + " values (?, ?, ?, ?)", decisions, false);
        write(connection, "insert into decision_latency_daily (market_code, decided_on, bucket, decisions)"
                + " values (?, ?, ?, ?)", latencies, true);
        write(connection, "insert into appeal_daily (market_code, decided_on, outcome, appeals) values (?, ?, ?, ?)",
                appeals, false);
    }

    /** The markets of a comma list, plus '*'. */
    private static Set<String> markets(String list) {
        Set<String> markets = new TreeSet<>();
        markets.add(Rollups.ALL);
        if (list != null) {
            Arrays.stream(list.split(",")).map(String::strip).filter(m -> !m.isEmpty() && !m.equals(Rollups.ALL))
                    .forEach(markets::add);
        }
        return markets;
    }

    private static void write(Connection connection, String sql, Map<Key, Long> sums, boolean intValue)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int pending = 0;
            for (var sum : sums.entrySet()) {
                insert.setString(1, sum.getKey().market());
                insert.setObject(2, sum.getKey().day());
                if (intValue) {
                    insert.setInt(3, Integer.parseInt(sum.getKey().value()));
                } else {
                    insert.setString(3, sum.getKey().value());
                }
                insert.setLong(4, sum.getValue());
                insert.addBatch();
                if (++pending == 500) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }
}
