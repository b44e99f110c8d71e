package com.clipdesk.bench;

import com.clipdesk.report.ReportReason;
import com.clipdesk.review.QueueCategory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * Open review cases as the intake would leave them, written straight with multi-row JDBC inserts:
 * for each case a Moment (visible in 1–3 markets), 1–3 OPEN reports on it, the case (status OPEN,
 * priority as {@code Priority} computes it from the default service levels) and one queue entry per
 * market it was reported in. Only what "claim next" and the case page read; case i is about Moment
 * i. On MariaDB the loading connection switches off foreign-key and unique checks (the generator
 * keeps both by construction).
 */
final class ReviewBenchData {

    static final List<String> MARKETS = List.of("US", "GB", "BR", "MX", "ES", "FR", "DE", "JP", "KR", "IN");
    private static final int TITLES = 20;
    private static final int EPISODES_PER_TITLE = 10;
    /** Rows per INSERT statement. */
    private static final int ROWS_PER_INSERT = 500;
    /** Rows per transaction (a round of statements always commits whole, parents with children). */
    private static final int ROWS_PER_COMMIT = 20_000;
    /** Share of cases per reason (per mille), most frequent last; roughly what moderation teams see. */
    private static final Map<ReportReason, Integer> REASON_MIX = new LinkedHashMap<>();

    static {
        REASON_MIX.put(ReportReason.CHILD_SAFETY, 5);
        REASON_MIX.put(ReportReason.VIOLENT_THREAT, 15);
        REASON_MIX.put(ReportReason.SELF_HARM, 10);
        REASON_MIX.put(ReportReason.HATE, 80);
        REASON_MIX.put(ReportReason.HARASSMENT, 120);
        REASON_MIX.put(ReportReason.SEXUAL_CONTENT, 60);
        REASON_MIX.put(ReportReason.MISINFORMATION, 70);
        REASON_MIX.put(ReportReason.COPYRIGHT, 100);
        REASON_MIX.put(ReportReason.SPOILER, 250);
        REASON_MIX.put(ReportReason.SPAM, 180);
        REASON_MIX.put(ReportReason.OTHER, 110);
    }

    private final DataSource dataSource;
    private final boolean mysqlFamily;
    private final Instant now;
    private final int members;
    private final SplittableRandom random = new SplittableRandom(20261104L);
    private long nextReportId = 1;

    ReviewBenchData(DataSource dataSource, boolean mysqlFamily, Instant now, int members) {
        this.dataSource = dataSource;
        this.mysqlFamily = mysqlFamily;
        this.now = now.truncatedTo(ChronoUnit.SECONDS);
        this.members = members;
    }

    /** Markets, a small catalog and the members who create and report Moments. */
    void base() {
        load(rows -> {
            for (String code : MARKETS) {
                rows.add(Table.MARKET, code, "Market " + code, "en-" + code, "UTC", 0L);
            }
            for (long t = 1; t <= TITLES; t++) {
                rows.add(Table.TITLE, t, "Bench title " + t, "SERIES", "TV-14", "en", 2020);
                rows.add(Table.SEASON, t, t, 1, "Season 1");
                for (int e = 1; e <= EPISODES_PER_TITLE; e++) {
                    rows.add(Table.EPISODE, (t - 1) * EPISODES_PER_TITLE + e, t, e, "Episode " + e, 2700);
                }
            }
            for (long m = 1; m <= members; m++) {
                rows.add(Table.MEMBER, m, "bench_member_" + m, MARKETS.get((int) (m % MARKETS.size())), "25_34",
                        now.minus(Duration.ofDays(400)));
            }
        });
    }

    /**
     * Writes cases {@code first} to {@code last} (inclusive), with their Moments and reports. On
     * MariaDB the non-unique secondary indexes of the bulk tables are dropped first and built again,
     * with the same names and columns as the catalog had them, after the rows: with the server's
     * 128 MB buffer pool, maintaining seven randomly ordered indexes row by row made a 1M load
     * I/O-bound (11 min instead of 73 s).
     */
    void cases(long first, long last) {
        List<String> rebuild = mysqlFamily ? dropSecondaryIndexes() : List.of();
        load(rows -> {
            for (long id = first; id <= last; id++) {
                writeCase(rows, id);
            }
        });
        execute(rebuild);
    }

    private static final List<String> BULK_TABLES = List.of("moment", "moment_market", "report", "review_case",
            "review_case_report", "review_queue_entry");

    /** Drops the bulk tables' non-unique indexes; returns the statements that build them again. */
    private List<String> dropSecondaryIndexes() {
        Map<String, Map<String, List<String>>> indexes = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                var rs = s.executeQuery("""
                        select table_name, index_name, column_name, collation from information_schema.statistics
                        where table_schema = database() and non_unique = 1 and table_name in ('%s')
                        order by table_name, index_name, seq_in_index""".formatted(String.join("','", BULK_TABLES)))) {
            while (rs.next()) {
                indexes.computeIfAbsent(rs.getString(1), t -> new LinkedHashMap<>())
                        .computeIfAbsent(rs.getString(2), i -> new ArrayList<>())
                        .add(rs.getString(3) + ("D".equals(rs.getString(4)) ? " desc" : ""));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading indexes failed", e);
        }
        List<String> drops = new ArrayList<>();
        List<String> builds = new ArrayList<>();
        indexes.forEach((table, byName) -> {
            drops.add("alter table " + table + " " + byName.keySet().stream().map(i -> "drop index " + i)
                    .reduce((a, b) -> a + ", " + b).orElseThrow());
            builds.add("alter table " + table + " " + byName.entrySet().stream()
                    .map(i -> "add index " + i.getKey() + " (" + String.join(", ", i.getValue()) + ")")
                    .reduce((a, b) -> a + ", " + b).orElseThrow());
        });
        execute(drops);
        return builds;
    }

    private void execute(List<String> statements) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // indexes that back foreign keys may only be dropped with the checks off
            s.execute(mysqlFamily ? "set foreign_key_checks = 0" : "select 1");
            for (String sql : statements) {
                s.execute(sql);
            }
            s.execute(mysqlFamily ? "set foreign_key_checks = 1" : "select 1");
        } catch (SQLException e) {
            throw new IllegalStateException("index change failed", e);
        }
    }

    private void writeCase(Rows rows, long id) throws SQLException {
        List<String> momentMarkets = pickMarkets(1 + (random.nextInt(10) < 7 ? 0 : random.nextInt(1, 3)));
        long creator = 1 + random.nextLong(members);
        int shares = random.nextInt(10) < 8 ? random.nextInt(20) : random.nextInt(5000);
        int reportCount = 1 + (random.nextInt(10) < 3 ? 1 : 0) + (random.nextInt(10) < 1 ? 1 : 0);
        Instant firstReported = now.minusSeconds(random.nextLong(7 * 24 * 3600L));
        Instant created = firstReported.minusSeconds(random.nextLong(1, 48 * 3600L));
        long episode = 1 + random.nextLong(TITLES * EPISODES_PER_TITLE);
        int start = random.nextInt(2600);
        String caption = "Bench moment " + id + ": the scene everyone talks about";
        rows.add(Table.MOMENT, id, episode, start, start + 5 + random.nextInt(55), caption, "en", creator, created,
                "ACTIVE", shares, reportCount, 0L, 0);
        for (String market : momentMarkets) {
            rows.add(Table.MOMENT_MARKET, id, market);
        }

        ReportReason top = null;
        TreeSet<String> caseMarkets = new TreeSet<>();
        Instant lastReported = firstReported;
        List<Object[]> caseReports = new ArrayList<>();
        for (int r = 0; r < reportCount; r++) {
            ReportReason reason = pickReason();
            top = top == null || reason.severity() < top.severity() ? reason : top;
            String market = momentMarkets.get(random.nextInt(momentMarkets.size()));
            caseMarkets.add(market);
            Instant at = r == 0 ? firstReported : min(now, firstReported.plusSeconds(random.nextLong(1, 6 * 3600L)));
            lastReported = at.isAfter(lastReported) ? at : lastReported;
            long reportId = nextReportId++;
            rows.add(Table.REPORT, reportId, "MOMENT", id, 1 + random.nextLong(members), reason.name(), null, market,
                    at, "OPEN", 0L);
            caseReports.add(new Object[] {reportId, id, at});
        }
        Duration sla = serviceLevel(top);
        Instant due = firstReported.plus(sla);
        Instant rankAt = rankAt(due, sla, reportCount, shares);
        int severity = top.severity();
        rows.add(Table.CASE, id, "MOMENT", id, "REPORTS", "OPEN", creator, String.join(",", caseMarkets), top.name(),
                severity, reportCount, reportCount, shares, firstReported, lastReported, firstReported, due, rankAt,
                firstReported, "Bench title · S1E" + (1 + (episode - 1) % EPISODES_PER_TITLE), caption,
                "bench_member_" + creator, "ACTIVE", 0L);
        for (String market : caseMarkets) {
            rows.add(Table.QUEUE_ENTRY, id, market, "MODERATION", "MOMENT", QueueCategory.of(top).name(), severity,
                    rankAt, due);
        }
        for (Object[] attached : caseReports) {
            rows.add(Table.CASE_REPORT, attached);
        }
    }

    private List<String> pickMarkets(int count) {
        TreeSet<String> picked = new TreeSet<>();
        while (picked.size() < count) {
            picked.add(MARKETS.get(random.nextInt(MARKETS.size())));
        }
        return new ArrayList<>(picked);
    }

    private ReportReason pickReason() {
        int roll = random.nextInt(1000);
        for (var e : REASON_MIX.entrySet()) {
            roll -= e.getValue();
            if (roll < 0) {
                return e.getKey();
            }
        }
        return ReportReason.OTHER;
    }

    /** The default service levels of V2 (review_sla, market '*'). */
    private static Duration serviceLevel(ReportReason reason) {
        return Duration.ofHours(switch (reason) {
            case CHILD_SAFETY -> 1;
            case VIOLENT_THREAT, SELF_HARM -> 2;
            case SEXUAL_CONTENT -> 12;
            case HATE, HARASSMENT, SPOILER -> 24;
            case MISINFORMATION, COPYRIGHT -> 48;
            case SPAM, OTHER -> 72;
        });
    }

    /** As {@code com.clipdesk.review.Priority.rankAt} (package-private there). */
    private static Instant rankAt(Instant dueAt, Duration serviceLevel, int reportCount, int shareCount) {
        double boost = 0.08 * Math.log(Math.max(1, reportCount)) + 0.04 * Math.log10(1 + Math.max(0, shareCount));
        boost = Math.min(0.5, boost);
        return dueAt.minusMillis(Math.round(serviceLevel.toMillis() * boost));
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** Refreshes the optimizer's statistics, as a production database has them. */
    void analyze() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            if (mysqlFamily) {
                s.execute("analyze table review_case, review_queue_entry, review_case_report, report, moment, moment_market");
            } else {
                s.execute("analyze");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("analyze failed", e);
        }
    }

    private void load(RowWriter writer) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            if (mysqlFamily) {
                try (Statement s = c.createStatement()) {
                    s.execute("set foreign_key_checks = 0, unique_checks = 0");
                }
            }
            try (Rows rows = new Rows(c)) {
                writer.write(rows);
                rows.flush();
                rows.commit();
            } finally {
                if (mysqlFamily) {
                    try (Statement s = c.createStatement()) {
                        s.execute("set foreign_key_checks = 1, unique_checks = 1");
                    }
                }
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Bench data load failed", e);
        }
    }

    @FunctionalInterface
    private interface RowWriter {
        void write(Rows rows) throws SQLException;
    }

    /** Tables in the order their rows are sent: parents first. */
    private enum Table {
        MARKET("market", "code, name, locale, time_zone, version"),
        TITLE("title", "id, name, kind, maturity_rating, original_language, release_year"),
        SEASON("season", "id, title_id, number, name"),
        EPISODE("episode", "id, season_id, number, name, duration_s"),
        MEMBER("member", "id, handle, home_market, age_band, joined_at"),
        MOMENT("moment", "id, episode_id, start_s, end_s, caption, language, creator_id, created_at, state, "
                + "share_count, report_count, version, spoiler"),
        MOMENT_MARKET("moment_market", "moment_id, market_code"),
        REPORT("report", "id, subject_kind, subject_id, reporter_id, reason, free_text, market_code, created_at, "
                + "status, version"),
        CASE("review_case", "id, subject_kind, subject_id, origin, status, creator_id, markets, top_reason, severity, "
                + "report_count, reporter_count, share_count, first_reported_at, last_reported_at, opened_at, due_at, "
                + "rank_at, snapshot_at, snapshot_context, snapshot_text, snapshot_author, snapshot_state, version"),
        CASE_REPORT("review_case_report", "report_id, case_id, attached_at"),
        QUEUE_ENTRY("review_queue_entry", "case_id, market_code, lane, subject_kind, category, severity, rank_at, due_at");

        final String name;
        final String columns;
        final int width;

        Table(String name, String columns) {
            this.name = name;
            this.columns = columns;
            this.width = columns.split(",").length;
        }

        String insert(int rowCount) {
            String row = "(" + "?, ".repeat(width - 1) + "?)";
            StringBuilder sql = new StringBuilder("insert into ").append(name).append(" (").append(columns)
                    .append(") values ").append(row);
            for (int i = 1; i < rowCount; i++) {
                sql.append(", ").append(row);
            }
            return sql.toString();
        }
    }

    /** Pending rows per table; one multi-row INSERT per table and round, parents first. */
    private static final class Rows implements AutoCloseable {

        private final Connection connection;
        private final Map<Table, List<Object[]>> pending = new LinkedHashMap<>();
        private final Map<Table, PreparedStatement> fullInserts = new LinkedHashMap<>();
        private int sinceCommit;

        Rows(Connection connection) {
            this.connection = connection;
            for (Table t : Table.values()) {
                pending.put(t, new ArrayList<>(ROWS_PER_INSERT));
            }
        }

        void add(Table table, Object... values) throws SQLException {
            List<Object[]> rows = pending.get(table);
            rows.add(values);
            if (rows.size() >= ROWS_PER_INSERT) {
                flush();
            }
        }

        void flush() throws SQLException {
            for (Table t : Table.values()) {
                List<Object[]> rows = pending.get(t);
                if (rows.isEmpty()) {
                    continue;
                }
                if (rows.size() == ROWS_PER_INSERT) {
                    PreparedStatement full = fullInserts.get(t);
                    if (full == null) {
                        full = connection.prepareStatement(t.insert(ROWS_PER_INSERT));
                        fullInserts.put(t, full);
                    }
                    send(full, rows);
                } else {
                    try (PreparedStatement part = connection.prepareStatement(t.insert(rows.size()))) {
                        send(part, rows);
                    }
                }
                sinceCommit += rows.size();
                rows.clear();
            }
            if (sinceCommit >= ROWS_PER_COMMIT) {
                commit();
            }
        }

        void commit() throws SQLException {
            connection.commit();
            sinceCommit = 0;
        }

        private static void send(PreparedStatement statement, List<Object[]> rows) throws SQLException {
            int index = 1;
            for (Object[] row : rows) {
                for (Object value : row) {
                    bind(statement, index++, value);
                }
            }
            statement.executeUpdate();
        }

        private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
            switch (value) {
                case null -> statement.setNull(index, Types.VARCHAR);
                case Instant instant -> statement.setObject(index, LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
                case Long number -> statement.setLong(index, number);
                case Integer number -> statement.setInt(index, number);
                case String text -> statement.setString(index, text);
                default -> throw new IllegalArgumentException("Unsupported value " + value.getClass());
            }
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement s : fullInserts.values()) {
                s.close();
            }
        }
    }
}
