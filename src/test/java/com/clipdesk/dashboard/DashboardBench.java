package com.clipdesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.bench.BenchFigures;
import com.clipdesk.catalog.Episode;
import com.clipdesk.dashboard.DashboardFigures.DailyCounts;
import com.clipdesk.member.Member;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 10: {@code bench.decisions} review decisions (1M) over 90 days in four markets, written with JDBC
 * batches; the dashboard's "decisions per day by reason, last 30 days" read from the rollups (our path)
 * against the same figures grouped from the raw {@code review_decision} rows, in the same process on
 * the same data (the rollups are built from those rows by the backfill, which is timed too).
 */
@SpringBootTest(properties = "clipdesk.review.schedule=false")
@ActiveProfiles("test")
class DashboardBench {

    private static final int DECISIONS = Integer.getInteger("bench.decisions", 1_000_000);
    private static final int CASES = 2_000;
    private static final int RUNS = Integer.getInteger("bench.dashboard.runs", 20);
    private static final String[] MARKETS = {"Q1", "Q2", "Q3", "Q4"};

    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Dashboards dashboards;

    @Test
    void decisionsOverThirtyDaysFromTheRollupsAgainstTheRawRows() throws Exception {
        data.markets(MARKETS);
        Episode episode = data.episode("Dashboard bench", 1800);
        Member creator = data.member(MARKETS[0]);
        List<String> reasons = jdbc.sql("select code from reason_code order by code").query(String.class).list();
        Instant now = Instant.now();
        long started = System.nanoTime();
        List<Long> cases = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            long moment = data.moment(episode, creator, "bench " + i, Set.of(MARKETS[i % 4])).getId();
            cases.add(insertCase(moment, creator.getId(), MARKETS[i % 4] + (i % 3 == 0 ? "," + MARKETS[(i + 1) % 4] : ""),
                    now));
        }
        Random random = new Random(7);
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "insert into review_decision (case_id, subject_kind, subject_id, creator_id, disposition, mark_spoiler,"
                        + " reason_code, note, decided_by, decided_by_name, decided_at, bulk)"
                        + " values (?, 'MOMENT', 0, null, 'REMOVE', 0, ?, null, 'bench', 'Bench', ?, 0)")) {
            c.setAutoCommit(false);
            for (int i = 0; i < DECISIONS; i++) {
                insert.setLong(1, cases.get(random.nextInt(CASES)));
                insert.setString(2, reasons.get(random.nextInt(reasons.size())));
                insert.setObject(3, LocalDateTime.ofInstant(now.minusSeconds(random.nextLong(90L * 86400)), ZoneOffset.UTC));
                insert.addBatch();
                if (i % 5_000 == 4_999) {
                    insert.executeBatch();
                    c.commit();
                }
            }
            insert.executeBatch();
            c.commit();
        }
        BenchFigures.print("BENCH dashboard.load_1m_decisions %.0f ms", (System.nanoTime() - started) / 1e6);

        started = System.nanoTime();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            Connection c = DataSourceUtils.getConnection(dataSource);
            try {
                RollupBackfill.rebuild(c);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            } finally {
                DataSourceUtils.releaseConnection(c, dataSource);
            }
        });
        BenchFigures.print("BENCH dashboard.backfill %.0f ms", (System.nanoTime() - started) / 1e6);

        List<Double> rollup = new ArrayList<>();
        List<Double> raw = new ArrayList<>();
        long rollupTotal = 0;
        long rawTotal = 0;
        for (int run = 0; run < RUNS + 2; run++) {
            long t = System.nanoTime();
            DailyCounts fromRollups = asAdmin(() -> dashboards.decisionsByReason(null, 30));
            double rollupMs = (System.nanoTime() - t) / 1e6;
            t = System.nanoTime();
            Map<String, long[]> fromRows = rawDecisionsByReason(30);
            double rawMs = (System.nanoTime() - t) / 1e6;
            if (run >= 2) { // two warm-up runs
                rollup.add(rollupMs);
                raw.add(rawMs);
            }
            rollupTotal = fromRollups.total();
            rawTotal = fromRows.values().stream().mapToLong(v -> java.util.Arrays.stream(v).sum()).sum();
        }
        assertThat(rollupTotal).as("the same figures both ways").isEqualTo(rawTotal).isPositive();
        double p50Rollup = BenchFigures.percentile(rollup, 50);
        double p50Raw = BenchFigures.percentile(raw, 50);
        BenchFigures.print("BENCH dashboard.decisions_30d.rollup.p50 %.2f ms", p50Rollup);
        BenchFigures.print("BENCH dashboard.decisions_30d.raw.p50 %.2f ms", p50Raw);
        BenchFigures.print("RATIO dashboard.decisions_30d.rollup_over_raw %.4f", p50Rollup / p50Raw);
    }

    /** The same figures as {@link Dashboards#decisionsByReason} for every market, grouped from the decision rows. */
    private Map<String, long[]> rawDecisionsByReason(int days) {
        LocalDate from = LocalDate.now(ZoneOffset.UTC).minusDays(days - 1L);
        Map<String, long[]> byReason = new HashMap<>();
        jdbc.sql("select cast(decided_at as date), reason_code, count(*) from review_decision where decided_at >= ?"
                        + " group by cast(decided_at as date), reason_code")
                .param(from.atStartOfDay())
                .query((rs, i) -> {
                    int d = (int) ChronoUnit.DAYS.between(from, rs.getObject(1, LocalDate.class));
                    byReason.computeIfAbsent(rs.getString(2), k -> new long[days])[d] += rs.getLong(3);
                    return null;
                }).list();
        return byReason;
    }

    private long insertCase(long moment, long creator, String markets, Instant now) {
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        LocalDateTime at = LocalDateTime.ofInstant(now.minus(100, ChronoUnit.DAYS), ZoneOffset.UTC);
        jdbc.sql("""
                insert into review_case (subject_kind, subject_id, origin, status, creator_id, markets, top_reason,
                severity, report_count, reporter_count, share_count, first_reported_at, last_reported_at, opened_at,
                due_at, rank_at, closed_at, outcome, snapshot_at, snapshot_context, snapshot_text, snapshot_author,
                snapshot_state, version)
                values ('MOMENT', ?, 'REPORTS', 'CLOSED', ?, ?, 'SPAM', 5, 1, 1, 0, ?, ?, ?, ?, ?, ?, 'REMOVE', ?,
                'Moment', 'bench', 'bench', 'ACTIVE', 1)""")
                .params(moment, creator, markets, at, at, at, at, at, at, at).update(key, "id");
        return key.getKey().longValue();
    }

    private static <T> T asAdmin(java.util.function.Supplier<T> action) {
        AtomicReference<T> result = new AtomicReference<>();
        AsStaff.run("bench-admin", Set.of(Role.ADMIN), Set.of("*"), () -> result.set(action.get()));
        return result.get();
    }
}
