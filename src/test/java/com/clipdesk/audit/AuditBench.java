package com.clipdesk.audit;

import com.clipdesk.bench.BenchFigures;
import com.clipdesk.support.TestDatabases;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 10's figures, in a database of its own (MariaDB with the CI variable, H2 otherwise):
 * <ul>
 * <li>record throughput, {@code -Dbench.audit.threads} threads each committing transactions of one
 * event: through {@link AuditLog#record} (sealed into the chain at commit, head lock) against the same
 * JPA insert without sealing, alternated in rounds in the same process;</li>
 * <li>verifier throughput over {@code -Dbench.audit.events} (default 1,000,000) events, bulk-inserted and
 * sealed first.</li>
 * </ul>
 */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditBench {

    private static final int THREADS = Integer.getInteger("bench.audit.threads", 4);
    private static final int TX_PER_ROUND = Integer.getInteger("bench.audit.tx-per-round", 2_000);
    private static final int ROUNDS = Integer.getInteger("bench.audit.rounds", 3);
    private static final int EVENTS = Integer.getInteger("bench.audit.events", 1_000_000);
    private static final String DATABASE = TestDatabases.create("auditbench");

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> DATABASE);
        registry.add("spring.datasource.username", TestDatabases::user);
        registry.add("spring.datasource.password", TestDatabases::password);
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> THREADS + 2);
    }

    @Autowired
    AuditLog audit;
    @Autowired
    AuditEventRepository events;
    @Autowired
    AuditChainVerifier verifier;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    DataSource dataSource;
    @Autowired
    Clock clock;

    @AfterAll
    void dropTheDatabase() {
        ((com.zaxxer.hikari.HikariDataSource) dataSource).close();
        TestDatabases.drop(DATABASE);
    }

    @Test
    void figures() throws Exception {
        var tx = new TransactionTemplate(transactionManager);
        Runnable chained = () -> tx.executeWithoutResult(s -> audit.record("BENCH_RECORDED", "MOMENT", 1, "FR",
                "A benchmark event of ordinary length, about as long as a takedown summary"));
        Runnable unchained = () -> tx.executeWithoutResult(s -> events.save(new AuditEvent(clock.instant(), "system",
                "BENCH_RECORDED", "MOMENT", "1", "FR", "A benchmark event of ordinary length, about as long as a takedown summary")));
        rate(chained, 200);
        rate(unchained, 200);
        double bestChained = 0;
        double bestUnchained = 0;
        for (int round = 0; round < ROUNDS; round++) {
            bestChained = Math.max(bestChained, rate(chained, TX_PER_ROUND));
            bestUnchained = Math.max(bestUnchained, rate(unchained, TX_PER_ROUND));
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            AuditChainSeal.sealUnsealed(c); // the unchained rows join, so the chain verifies
            c.commit();
        }

        long bulkStart = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            var at = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
            try (PreparedStatement insert = c.prepareStatement("insert into audit_event (occurred_at, actor, action, "
                    + "subject_kind, subject_id, market_code, summary) values (?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < EVENTS; i++) {
                    insert.setObject(1, at.plusNanos(i * 1000L));
                    insert.setString(2, "moderator-" + (i % 50));
                    insert.setString(3, i % 3 == 0 ? "REVIEW_DECIDED" : "TAKEDOWN_CREATED");
                    insert.setString(4, "MOMENT");
                    insert.setString(5, Integer.toString(i));
                    insert.setString(6, i % 2 == 0 ? "FR" : "BR");
                    insert.setString(7, "Bench event " + i + ", decided with reason code SPAM");
                    insert.addBatch();
                    if (i % 5_000 == 4_999) {
                        insert.executeBatch();
                        c.commit();
                    }
                }
                insert.executeBatch();
            }
            c.commit();
            long sealStart = System.nanoTime();
            AuditChainSeal.sealUnsealed(c);
            c.commit();
            BenchFigures.print("BENCH audit.bulk_insert_per_s %.0f rows/s", EVENTS / ((sealStart - bulkStart) / 1e9));
            BenchFigures.print("BENCH audit.seal_per_s %.0f rows/s", EVENTS / ((System.nanoTime() - sealStart) / 1e9));
        }

        long verifyStart = System.nanoTime();
        var result = verifier.verify(n -> {}, () -> false);
        double verifySeconds = (System.nanoTime() - verifyStart) / 1e9;
        if (!result.intact()) {
            throw new AssertionError("The bench chain does not verify: " + result.firstBreak());
        }
        BenchFigures.print("BENCH audit.database %s", TestDatabases.onServer() ? "mariadb" : "h2");
        BenchFigures.print("BENCH audit.record_per_s.chained %.0f tx/s", bestChained);
        BenchFigures.print("BENCH audit.record_per_s.unchained %.0f tx/s", bestUnchained);
        BenchFigures.print("BENCH audit.verify_per_s %.0f rows/s", result.verified() / verifySeconds);
        BenchFigures.print("BENCH audit.verify_rows %d rows", result.verified());
        BenchFigures.print("RATIO audit.record_per_s.chained_over_unchained %.3f", bestChained / bestUnchained);
    }

    /** Transactions per second with THREADS threads each committing {@code total / THREADS} transactions. */
    private static double rate(Runnable transaction, int total) throws Exception {
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            for (int t = 0; t < THREADS; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < total / THREADS; i++) {
                        transaction.run();
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
        return (total / THREADS * THREADS) / ((System.nanoTime() - start) / 1e9);
    }
}
