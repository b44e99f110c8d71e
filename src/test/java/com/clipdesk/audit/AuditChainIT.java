package com.clipdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import com.clipdesk.support.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hash chain against the real database (H2, or MariaDB by the CI variable), in a database of its
 * own: tampering as a DBA would (triggers dropped first), the verifier reports each at the right seq
 * with the right reason; the triggers refuse the application's own UPDATE and DELETE; concurrent
 * transactions build one gap-free chain.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditChainIT {

    private static final String DATABASE = TestDatabases.create("auditchain");
    private static final int EVENTS = 10;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> DATABASE);
        registry.add("spring.datasource.username", TestDatabases::user);
        registry.add("spring.datasource.password", TestDatabases::password);
    }

    @Autowired
    AuditLog audit;
    @Autowired
    AuditChainVerifier verifier;
    @Autowired
    AuditChainChecks checks;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactionManager;

    /** A fresh chain of ten events, recorded through the application (some transactions hold several). */
    @BeforeEach
    void freshChain() throws SQLException {
        asDba(c -> {
            c.createStatement().executeUpdate("delete from audit_event");
            c.createStatement().executeUpdate("update audit_chain_head set seq = 0, hash = '" + AuditChainHash.GENESIS + "'");
        });
        var tx = new TransactionTemplate(transactionManager);
        for (int i = 1; i <= EVENTS; ) {
            int first = i;
            int inThisTx = i % 3 == 0 ? 2 : 1;
            tx.executeWithoutResult(s -> {
                for (int k = 0; k < inThisTx && first + k <= EVENTS; k++) {
                    audit.record("TEST_EVENT", "MOMENT", first + k, k == 0 ? "FR" : null,
                            "Event " + (first + k) + ", with \"quotes\"");
                }
            });
            i += inThisTx;
        }
    }

    @AfterAll
    void dropTheDatabase() {
        ((com.zaxxer.hikari.HikariDataSource) dataSource).close();
        TestDatabases.drop(DATABASE);
    }

    @Test
    void anUntamperedChainVerifiesIntact() {
        var result = verifier.verify(n -> {}, () -> false);
        assertThat(result.firstBreak()).isNull();
        assertThat(result.intact()).isTrue();
        assertThat(result.verified()).isEqualTo(EVENTS);
        assertThat(result.headSeq()).isEqualTo(EVENTS);
        assertThat(jdbc.sql("select seq from audit_event order by id").query(Long.class).list())
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
    }

    /** A way to tamper, and where and why the verifier must report it. */
    record Tamper(String name, DbaAction action, long seq, boolean withRowId, String reason) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Tamper> tampering() {
        return Stream.of(
                new Tamper("edit the summary of a middle event", (t, c) -> t.update(c,
                        "update audit_event set summary = 'nothing happened' where seq = 5"), 5, true,
                        "hash mismatch (edited)"),
                new Tamper("edit the time of a middle event by a microsecond", (t, c) -> t.update(c,
                        "update audit_event set occurred_at = ? where seq = 5", t.occurredAt(5).plusNanos(1000)), 5,
                        true, "hash mismatch (edited)"),
                new Tamper("edit the market and recompute that event's own hash", (t, c) -> {
                    t.update(c, "update audit_event set market_code = 'DE' where seq = 4");
                    t.update(c, "update audit_event set hash = ? where seq = 4", t.recomputed(4));
                }, 5, true, "prev_hash does not match seq 4 (reordered or inserted)"),
                new Tamper("delete a middle event", (t, c) -> t.update(c, "delete from audit_event where seq = 5"), 5,
                        false, "gap after seq 4 (deleted)"),
                new Tamper("delete the first event", (t, c) -> t.update(c, "delete from audit_event where seq = 1"), 1,
                        false, "no seq 1 (deleted)"),
                new Tamper("delete the last event", (t, c) -> t.update(c, "delete from audit_event where seq = 10"), 10,
                        false, "gap after seq 9 (deleted): the chain head is at seq 10"),
                new Tamper("swap two events' seq", (t, c) -> {
                    t.update(c, "update audit_event set seq = -1 where seq = 4");
                    t.update(c, "update audit_event set seq = 4 where seq = 5");
                    t.update(c, "update audit_event set seq = 5 where seq = -1");
                }, 4, true, "prev_hash does not match seq 3 (reordered or inserted)"),
                new Tamper("insert a forged, well hashed event in the middle", (t, c) -> {
                    for (long s = EVENTS; s >= 5; s--) {
                        t.update(c, "update audit_event set seq = ? where seq = ?", s + 1, s);
                    }
                    t.insertForged(c, 5L, t.hashAt(4), true);
                }, 6, true, "prev_hash does not match seq 5 (reordered or inserted)"),
                new Tamper("append a forged unsealed event", (t, c) -> t.insertForged(c, null, null, false), 11, true,
                        "unsealed row (no seq or hash)"),
                new Tamper("append a forged event with a bad hash, head not moved", (t, c) ->
                        t.insertForged(c, 11L, t.hashAt(10), false), 11, true,
                        "beyond the chain head at seq 10 (appended outside the chain)"),
                new Tamper("append a forged event with a bad hash and move the head", (t, c) -> {
                    t.insertForged(c, 11L, t.hashAt(10), false);
                    t.update(c, "update audit_chain_head set seq = 11, hash = ?", "f".repeat(64));
                }, 11, true, "hash mismatch (edited)"),
                new Tamper("edit the head", (t, c) -> t.update(c, "update audit_chain_head set hash = ?", "a".repeat(64)),
                        10, false, "the chain head does not match seq 10 (head edited)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tampering")
    void everyTamperingIsReportedAtItsSeqWithItsReason(Tamper tamper) throws SQLException {
        long rowId = tamper.withRowId() ? -1 : 0;
        asDba(c -> tamper.action().apply(this, c));
        var result = verifier.verify(n -> {}, () -> false);

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBreak()).isNotNull();
        assertThat(result.firstBreak().seq()).as("seq of %s", tamper).isEqualTo(tamper.seq());
        assertThat(result.firstBreak().reason()).isEqualTo(tamper.reason());
        assertThat(result.firstBreak().id() != null).isEqualTo(rowId != 0);
    }

    /**
     * The documented limit: cutting the tail and moving the head back leaves a valid, shorter chain. Only a
     * head kept elsewhere (the scheduled runs log the head they verified) shows it; the run reports the head.
     */
    @Test
    void truncatingTheTailWithTheHeadIsVisibleOnlyInTheReportedHead() throws SQLException {
        String hash9 = hashAt(9);
        asDba(c -> {
            update(c, "delete from audit_event where seq = 10");
            update(c, "update audit_chain_head set seq = 9, hash = ?", hash9);
        });
        var result = verifier.verify(n -> {}, () -> false);
        assertThat(result.headSeq()).isEqualTo(EVENTS - 1);
        assertThat(result.headHash()).isEqualTo(hash9);
    }

    @Test
    void theDatabaseRefusesTheApplicationsUpdateAndDeleteOfASealedEvent() {
        assertThatThrownBy(() -> jdbc.sql("update audit_event set summary = 'rewritten' where seq = 3").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("update audit_event set seq = 99 where seq = 3").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where seq = 3").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_chain_head").update())
                .hasMessageContaining("audit_chain_head");
        assertThatThrownBy(() -> jdbc.sql("update audit_chain_head set seq = 1").update())
                .hasMessageContaining("audit_chain_head");
        assertThat(verifier.verify(n -> {}, () -> false).intact()).isTrue();
    }

    @Test
    void concurrentTransactionsBuildOneGapFreeChain() throws Exception {
        int threads = 8;
        int txPerThread = 25;
        var tx = new TransactionTemplate(transactionManager);
        List<Future<?>> done = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < txPerThread; i++) {
                        int n = i;
                        tx.executeWithoutResult(s -> {
                            audit.record("TEST_CONCURRENT", "THREAD", thread, null, "first of tx " + n);
                            audit.record("TEST_CONCURRENT", "THREAD", thread, null, "second of tx " + n);
                        });
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
        var result = verifier.verify(n -> {}, () -> false);
        long expected = EVENTS + 2L * threads * txPerThread;
        assertThat(result.firstBreak()).isNull();
        assertThat(result.verified()).isEqualTo(expected);
        assertThat(jdbc.sql("select count(*), max(seq), count(distinct seq) from audit_event")
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single())
                .containsExactly(expected, expected, expected);
        // the two events of one transaction are neighbours in the chain
        assertThat(jdbc.sql("select count(*) from audit_event a join audit_event b on b.seq = a.seq + 1 "
                + "where a.summary like 'first of tx%' and b.summary = replace(a.summary, 'first', 'second') "
                + "and a.subject_id = b.subject_id").query(Long.class).single()).isEqualTo((long) threads * txPerThread);
    }

    @Test
    void aVerificationIsAuditedAndItsResultReadBack() {
        AsStaff.run("admin", Set.of(Role.ADMIN), Set.of("*"), () -> {
            var result = checks.verifyNow();
            assertThat(result.intact()).isTrue();
            var last = checks.last().orElseThrow();
            assertThat(last.intact()).isTrue();
            assertThat(last.by()).isEqualTo("admin");
            assertThat(last.summary()).startsWith("Intact: 10 events up to seq 10");
        });
        // the run's own event is chained like any other
        assertThat(verifier.verify(n -> {}, () -> false).verified()).isEqualTo(EVENTS + 1);
    }

    @Test
    void aCancelledVerificationSaysSo() {
        var result = verifier.verify(n -> {}, () -> true);
        assertThat(result.cancelled()).isTrue();
        assertThat(result.intact()).isFalse();
    }

    // --- tampering as a DBA: triggers dropped, SQL on the tables, triggers back -------------------------------

    interface DbaAction {
        void apply(AuditChainIT test, Connection c) throws SQLException;
    }

    interface SqlWork {
        void run(Connection c) throws SQLException;
    }

    private void asDba(SqlWork work) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            AppendOnlyGuard.remove(c);
            try {
                work.run(c);
            } finally {
                AppendOnlyGuard.install(c);
            }
        }
    }

    void update(Connection c, String sql, Object... args) throws SQLException {
        try (var st = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            st.executeUpdate();
        }
    }

    LocalDateTime occurredAt(long seq) {
        return jdbc.sql("select occurred_at from audit_event where seq = ?").param(seq).query(LocalDateTime.class).single();
    }

    String hashAt(long seq) {
        return jdbc.sql("select hash from audit_event where seq = ?").param(seq).query(String.class).single();
    }

    String recomputed(long seq) {
        return jdbc.sql("select seq, prev_hash, " + AuditChainSeal.COLUMNS + " from audit_event where seq = ?").param(seq)
                .query((rs, n) -> AuditChainHash.hash(AuditChainSeal.read(rs, seq, rs.getString("prev_hash")))).single();
    }

    /** A forged event: at {@code seq} (null: unsealed), hashed as the application would or not. */
    void insertForged(Connection c, Long seq, String prevHash, boolean wellHashed) throws SQLException {
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        update(c, "insert into audit_event (occurred_at, actor, action, subject_kind, subject_id, market_code, summary) "
                + "values (?, 'admin', 'FORGED', 'MOMENT', '1', 'FR', 'forged')", LocalDateTime.ofInstant(at, ZoneOffset.UTC));
        long id = jdbc.sql("select max(id) from audit_event").query(Long.class).single();
        if (seq != null) {
            String hash = wellHashed ? AuditChainHash.hash(new AuditChainHash.Sealed(seq, prevHash, id, at, "admin",
                    "FORGED", "MOMENT", "1", "FR", "forged")) : "0".repeat(63) + "1";
            update(c, "update audit_event set seq = ?, prev_hash = ?, hash = ? where id = ?", seq, prevHash, hash, id);
        }
    }
}
