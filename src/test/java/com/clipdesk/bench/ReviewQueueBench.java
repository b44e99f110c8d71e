package com.clipdesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clipdesk.review.CaseWork;
import com.clipdesk.review.Decision;
import com.clipdesk.review.Disposition;
import com.clipdesk.review.QueueSelection;
import com.clipdesk.review.ReviewService;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * "Claim next" and the case page with a small and a large backlog of open cases in the same
 * process: 10,000 cases (-Dbench.review.small), measured, then grown to 1,000,000
 * (-Dbench.review.large) and measured again. The goal is a flat claim: the p95 at the large
 * backlog at most 1.5 times the p95 at the small one.
 *
 * <p>Each measured claim is followed by a decision (keep, untimed), as a moderator works the queue:
 * so the head of the queue never fills with leased cases, which would measure the pile of leases
 * rather than the backlog. Opening a case as a moderator claims it; it is released (untimed) after.
 *
 * <p>Database: when CLIPDESK_TEST_DATASOURCE_URL names a MySQL-family server, a database of its own
 * on that server ({@code -Dbench.review.database}, default {@code clipdesk_review_bench}), dropped
 * and created at start; otherwise H2 in memory.
 */
@SpringBootTest(properties = {
    "spring.jpa.properties.hibernate.search.indexing.listeners.enabled=false",
    "clipdesk.search.check-index-on-start=false",
    "clipdesk.demo.enabled=false",
    "clipdesk.review.schedule=false"
})
@ActiveProfiles("test")
class ReviewQueueBench {

    private static final Logger log = LoggerFactory.getLogger(ReviewQueueBench.class);
    private static final int SMALL = Integer.getInteger("bench.review.small", 10_000);
    private static final int LARGE = Integer.getInteger("bench.review.large", 1_000_000);
    private static final int MEMBERS = Integer.getInteger("bench.review.members", 50_000);
    private static final int WARMUP = 50;
    private static final int RUNS = 500;
    private static final int WARMUP_ROUNDS = 300;
    private static final int CLAIMERS = 20;
    private static final int CONCURRENT_CLAIMS = Integer.getInteger("bench.review.claims", 2_000);
    private static final Set<String> MODERATOR_MARKETS = Set.of("BR", "MX", "ES");
    private static final Decision KEEP = Decision.of(Disposition.KEEP, "NO_VIOLATION");

    private static final String SERVER_URL = System.getenv("CLIPDESK_TEST_DATASOURCE_URL");
    private static final boolean ON_SERVER = SERVER_URL != null && SERVER_URL.startsWith("jdbc:m");
    private static final String SERVER_USER = System.getenv().getOrDefault("CLIPDESK_TEST_DATASOURCE_USERNAME", "root");
    private static final String SERVER_PASSWORD = System.getenv().getOrDefault("CLIPDESK_TEST_DATASOURCE_PASSWORD", "");

    @Autowired
    ReviewService review;

    @Autowired
    com.clipdesk.review.ReviewQueues queues;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private final List<String> figures = new ArrayList<>();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", ReviewQueueBench::freshDatabase);
        if (ON_SERVER) {
            registry.add("spring.datasource.username", () -> SERVER_USER);
            registry.add("spring.datasource.password", () -> SERVER_PASSWORD);
        }
        // 20 claimers at once: a connection each, as a server with 20 busy moderators would need
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> CLAIMERS + 4);
    }

    @Test
    void claimNextStaysFlatAsTheBacklogGrows() {
        ReviewBenchData data = new ReviewBenchData(dataSource, ON_SERVER, clock.instant(), MEMBERS);
        long started = System.nanoTime();
        data.base();
        data.cases(1, SMALL);
        data.analyze();
        figure("BENCH review.load.small %d ms", elapsedMs(started));
        Phase small = measure("10k");

        long open = openCases();
        started = System.nanoTime();
        data.cases(maxCaseId() + 1, maxCaseId() + (LARGE - open));
        data.analyze();
        figure("BENCH review.load.large %d ms", elapsedMs(started));
        Phase large = measure("1m");

        figure("RATIO review.claim_next.p95.1m_over_10k %.2f", large.moderatorClaim95 / small.moderatorClaim95);
        figure("RATIO review.claim_next_lead.p95.1m_over_10k %.2f", large.leadClaim95 / small.leadClaim95);
        figure("RATIO review.open_case.p95.1m_over_10k %.2f", large.open95 / small.open95);
        figure("RATIO review.claimers20.throughput.1m_over_10k %.2f", large.throughput / small.throughput);
        figure("RATIO review.lease_sweep.p95.1m_over_10k %.2f", large.sweep95 / small.sweep95);
        figure("RATIO review.queue_board.p95.1m_over_10k %.2f", large.board95 / small.board95);
        figures.forEach(System.out::println);
    }

    private record Phase(double moderatorClaim95, double leadClaim95, double open95, double throughput,
            double sweep95, double board95) {}

    /**
     * Waits (at most 30 s) until the server has written out what the load left dirty, so the
     * first figures measured after a bulk load do not pay for its background flushing.
     */
    private void settle(String size) {
        if (!ON_SERVER) {
            return;
        }
        long started = System.nanoTime();
        while (System.nanoTime() - started < 30_000_000_000L) {
            long dirty = jdbc.queryForObject("select variable_value from information_schema.global_status"
                    + " where variable_name = 'INNODB_BUFFER_POOL_PAGES_DIRTY'", Long.class);
            long total = jdbc.queryForObject("select variable_value from information_schema.global_status"
                    + " where variable_name = 'INNODB_BUFFER_POOL_PAGES_TOTAL'", Long.class);
            if (dirty * 100 < total) {
                break;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        System.gc();
        figure("BENCH review.settle.%s %d ms", size, elapsedMs(started));
    }

    /** The queue board (open and overdue per queue) a moderator's review page and home page show. */
    private double[] queueBoard() {
        List<Double> millis = new ArrayList<>();
        AsStaff.run("bench-moderator", Set.of(Role.MODERATOR), MODERATOR_MARKETS, () -> {
            for (int i = 0; i < 3 + 10; i++) {
                long start = System.nanoTime();
                queues.summaries();
                if (i >= 3) {
                    millis.add((System.nanoTime() - start) / 1e6);
                }
            }
        });
        return sorted(millis);
    }

    private Phase measure(String size) {
        explainCandidates(size);
        settle(size);
        warmUp();
        figure("BENCH review.cases.open.%s %d cases", size, openCases());
        figure("BENCH review.machine.load_average.%s %.1f load", size, loadAverage());
        double[] moderator = claimAndDecide("bench-moderator", Set.of(Role.MODERATOR), MODERATOR_MARKETS);
        double[] lead = claimAndDecide("bench-lead", Set.of(Role.LEAD_MODERATOR), Set.of("*"));
        double[] open = openAndRelease();
        report("review.claim_next.moderator_3_markets." + size, moderator);
        report("review.claim_next.lead_all_markets." + size, lead);
        report("review.open_case." + size, open);
        double[] sweep = leaseSweep();
        report("review.lease_sweep." + size, sweep);
        double[] board = queueBoard();
        report("review.queue_board.moderator_3_markets." + size, board);
        double throughput = concurrentClaimers(size);
        return new Phase(percentile(moderator, 95), percentile(lead, 95), percentile(open, 95), throughput,
                percentile(sweep, 95), percentile(board, 95));
    }

    /**
     * Every measured path a few hundred times first (JIT, connection pool, plans, buffer pool),
     * letting go of the claimed cases so that the warm-up leaves the backlog as it was.
     */
    private void warmUp() {
        AsStaff.run("bench-moderator", Set.of(Role.MODERATOR), MODERATOR_MARKETS, () -> {
            for (int i = 0; i < WARMUP_ROUNDS; i++) {
                review.release(review.claimNext(QueueSelection.moderation(), List.of()).orElseThrow().id());
            }
        });
        AsStaff.run("bench-lead", Set.of(Role.LEAD_MODERATOR), Set.of("*"), () -> {
            for (int i = 0; i < WARMUP_ROUNDS / 2; i++) {
                review.release(review.claimNext(QueueSelection.moderation(), List.of()).orElseThrow().id());
            }
        });
        List<Long> ids = randomOpenCases(WARMUP_ROUNDS / 2);
        AsStaff.run("bench-reader", Set.of(Role.MODERATOR), MODERATOR_MARKETS, () -> ids.forEach(id -> {
            review.open(id);
            review.release(id);
        }));
    }

    /** Claim next (timed), then keep the case (untimed), WARMUP + RUNS times. */
    private double[] claimAndDecide(String username, Set<Role> roles, Set<String> markets) {
        List<Double> millis = new ArrayList<>();
        AsStaff.run(username, roles, markets, () -> {
            for (int i = 0; i < WARMUP + RUNS; i++) {
                long start = System.nanoTime();
                CaseWork work = review.claimNext(QueueSelection.moderation(), List.of()).orElseThrow();
                long took = System.nanoTime() - start;
                if (i >= WARMUP) {
                    millis.add(took / 1e6);
                }
                review.decide(work.id(), work.version(), KEEP);
            }
        });
        return sorted(millis);
    }

    /**
     * The statement the lease sweep (ReviewSchedule, every 30 s; off in this benchmark) runs, as
     * Hibernate sends ReviewCaseRepository.releaseLapsed: with no lapsed lease it should cost nothing.
     */
    private double[] leaseSweep() {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < 5 + 20; i++) {
            long start = System.nanoTime();
            jdbc.update("""
                    update review_case set claimed_by = null, claimed_by_name = null, lease_until = null
                    where lease_until < ?""", java.sql.Timestamp.from(clock.instant().minusSeconds(3600)));
            if (i >= 5) {
                millis.add((System.nanoTime() - start) / 1e6);
            }
        }
        return sorted(millis);
    }

    /** Opens random open cases in the moderator's markets (timed) and lets go of them (untimed). */
    private double[] openAndRelease() {
        List<Long> ids = randomOpenCases(WARMUP + RUNS);
        List<Double> millis = new ArrayList<>();
        AsStaff.run("bench-reader", Set.of(Role.MODERATOR), MODERATOR_MARKETS, () -> {
            for (int i = 0; i < ids.size(); i++) {
                long start = System.nanoTime();
                CaseWork work = review.open(ids.get(i));
                long took = System.nanoTime() - start;
                assertTrue(work.claimedByMe(), "case " + ids.get(i) + " was free and should open claimed");
                if (i >= WARMUP) {
                    millis.add(took / 1e6);
                }
                review.release(ids.get(i));
            }
        });
        return sorted(millis);
    }

    private List<Long> randomOpenCases(int count) {
        long max = maxCaseId();
        SplittableRandom random = new SplittableRandom(count + max);
        List<Long> ids = new ArrayList<>();
        while (ids.size() < count) {
            long id = 1 + random.nextLong(max);
            List<String> markets = jdbc.queryForList("""
                    select markets from review_case where id = ? and status = 'OPEN' and claimed_by is null""",
                    String.class, id);
            if (!markets.isEmpty() && MODERATOR_MARKETS.stream().anyMatch(m -> markets.get(0).contains(m))
                    && !ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    /**
     * CLAIMERS moderators in the same three markets claim and decide until CONCURRENT_CLAIMS cases
     * are claimed; claims per second over the whole run, and no case may reach two of them.
     */
    private double concurrentClaimers(String size) {
        warmUpClaimers();
        AtomicInteger remaining = new AtomicInteger(CONCURRENT_CLAIMS);
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger empty = new AtomicInteger();
        Set<Long> claimed = ConcurrentHashMap.newKeySet();
        AtomicInteger duplicates = new AtomicInteger();
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CLAIMERS);
        long[] wall = new long[2];
        for (int t = 0; t < CLAIMERS; t++) {
            String username = "bench-claimer-" + t;
            pool.submit(() -> AsStaff.run(username, Set.of(Role.MODERATOR), MODERATOR_MARKETS, () -> {
                await(go);
                while (remaining.get() > 0) {
                    try {
                        long start = System.nanoTime();
                        Optional<CaseWork> work = review.claimNext(QueueSelection.moderation(), List.of());
                        millis.add((System.nanoTime() - start) / 1e6);
                        if (work.isEmpty()) {
                            empty.incrementAndGet();
                            continue;
                        }
                        remaining.decrementAndGet();
                        if (!claimed.add(work.get().id())) {
                            duplicates.incrementAndGet();
                        }
                        review.decide(work.get().id(), work.get().version(), KEEP);
                    } catch (RuntimeException e) {
                        failures.incrementAndGet();
                        log.warn("claimer {}: {}", username, e.toString());
                    }
                }
            }));
        }
        wall[0] = System.nanoTime();
        go.countDown();
        pool.shutdown();
        awaitTermination(pool);
        wall[1] = System.nanoTime();
        double seconds = (wall[1] - wall[0]) / 1e9;
        double throughput = claimed.size() / seconds;
        Integer decidedTwice = jdbc.queryForObject("""
                select count(*) from (select case_id from review_decision group by case_id having count(*) > 1) d""",
                Integer.class);
        figure("BENCH review.claimers20.throughput.%s %.1f claims/s", size, throughput);
        report("review.claimers20.claim_next." + size, sorted(millis));
        figure("BENCH review.claimers20.claimed.%s %d cases", size, claimed.size());
        figure("BENCH review.claimers20.claimed_twice.%s %d cases", size, duplicates.get() + decidedTwice);
        figure("BENCH review.claimers20.came_back_empty.%s %d claims", size, empty.get());
        figure("BENCH review.claimers20.failed.%s %d claims", size, failures.get());
        assertEquals(0, duplicates.get(), "cases claimed by two claimers");
        assertEquals(0, decidedTwice, "cases decided twice");
        assertEquals(0, failures.get(), "claims or decisions that failed");
        assertTrue(claimed.size() >= CONCURRENT_CLAIMS, "claimers should have claimed " + CONCURRENT_CLAIMS);
        return throughput;
    }

    /** A few claims from several threads first, so the pool and the plans are warm. */
    private void warmUpClaimers() {
        ExecutorService pool = Executors.newFixedThreadPool(CLAIMERS);
        for (int t = 0; t < CLAIMERS; t++) {
            String username = "bench-warmup-" + t;
            pool.submit(() -> AsStaff.run(username, Set.of(Role.MODERATOR), MODERATOR_MARKETS, () -> {
                for (int i = 0; i < 3; i++) {
                    review.claimNext(QueueSelection.moderation(), List.of())
                            .ifPresent(w -> review.decide(w.id(), w.version(), KEEP));
                }
            }));
        }
        pool.shutdown();
        awaitTermination(pool);
    }

    /** The plan of the candidates query (QueueEntryRepository.candidates) for one market. */
    private void explainCandidates(String size) {
        String sql = """
                select e.case_id, e.severity, e.rank_at from review_queue_entry e
                join review_case c on c.id = e.case_id
                where e.market_code = 'BR' and e.lane = 'MODERATION'
                  and (c.lease_until is null or c.lease_until < current_timestamp)
                  and (c.escalated_by is null or c.escalated_by <> 'bench-moderator')
                  and e.case_id not in (-1)
                order by e.severity, e.rank_at, e.case_id
                limit 32""";
        List<String> plan = jdbc.query("explain " + sql, (rs, n) -> {
            StringBuilder line = new StringBuilder();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                line.append(rs.getMetaData().getColumnLabel(i)).append('=').append(rs.getString(i)).append(' ');
            }
            return line.toString().strip();
        });
        plan.forEach(line -> System.out.println("PLAN review.candidates." + size + " " + line));
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private long openCases() {
        return jdbc.queryForObject("select count(*) from review_case where status = 'OPEN'", Long.class);
    }

    private long maxCaseId() {
        return jdbc.queryForObject("select coalesce(max(id), 0) from review_case", Long.class);
    }

    /** Drops and creates the benchmark's own database on the server, or names an H2 one. */
    private static String freshDatabase() {
        if (!ON_SERVER) {
            return "jdbc:h2:mem:reviewbench;DB_CLOSE_DELAY=-1;OPTIMIZE_REUSE_RESULTS=FALSE";
        }
        String name = System.getProperty("bench.review.database", "clipdesk_review_bench");
        if (!name.matches("clipdesk_[a-z0-9_]*bench[a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a benchmark database name: " + name);
        }
        String serverOnly = SERVER_URL.replaceFirst("(jdbc:[a-z]+://[^/]+/)[^?]*", "$1");
        try (Connection c = DriverManager.getConnection(serverOnly, SERVER_USER, SERVER_PASSWORD); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name);
            s.execute("create database " + name + " character set utf8mb4 collate utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create " + name + " on " + serverOnly, e);
        }
        return SERVER_URL.replaceFirst("(jdbc:[a-z]+://[^/]+/)[^?]*", "$1" + name);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitTermination(ExecutorService pool) {
        try {
            if (!pool.awaitTermination(30, TimeUnit.MINUTES)) {
                throw new IllegalStateException("claimers did not finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void report(String name, double[] sortedMillis) {
        figure("BENCH %s.p50 %.2f ms", name, percentile(sortedMillis, 50));
        figure("BENCH %s.p95 %.2f ms", name, percentile(sortedMillis, 95));
    }

    private void figure(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        log.info(line);
        figures.add(line);
    }

    private static double[] sorted(List<Double> millis) {
        return millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static long elapsedMs(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
