package com.clipdesk.review;

import org.springframework.test.annotation.DirtiesContext;
import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.report.ReportReason;
import com.clipdesk.staff.CurrentStaff;
import com.clipdesk.staff.Role;
import com.clipdesk.support.CuttableProxy;
import com.clipdesk.support.TestDatabases;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Drill: the database goes away for a few seconds while moderators decide cases, and comes back.
 * Every decision the service acknowledged is in the database exactly once; every one that did not
 * make it failed with an exception and left nothing half-written (no closed case without its
 * decision row and audit event); decisions after the restore succeed in the same context, without
 * a restart. The context reaches its own database through a {@link CuttableProxy}, so the shared
 * server keeps running for the rest of the suite.
 *
 * <p>Runs only against a MySQL-family server (CLIPDESK_TEST_DATASOURCE_URL): H2 in memory lives in
 * the test's JVM, so there is no network connection to cut. See docs/operations.md.
 */
@SpringBootTest
@ActiveProfiles("test")
// Its database (or index) is dropped after the drill: close the context rather than leave it cached
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DatabaseOutageDrillIT {

    private static final int THREADS = 4;
    private static final int CASES = 300;
    private static final long OUTAGE_MILLIS = 4_000;

    private static CuttableProxy proxy;
    private static String database;

    @BeforeAll
    static void onlyOnAServer() {
        Assumptions.assumeTrue(TestDatabases.onServer(),
                "needs a MySQL-family server (CLIPDESK_TEST_DATASOURCE_URL); H2 in memory has no network to cut");
    }

    @DynamicPropertySource
    static void databaseBehindTheProxy(DynamicPropertyRegistry registry) {
        if (!TestDatabases.onServer()) {
            return;
        }
        database = TestDatabases.create("outage");
        URI target = URI.create(database.substring("jdbc:".length()));
        proxy = new CuttableProxy(target.getHost(), target.getPort() < 0 ? 3306 : target.getPort());
        String viaProxy = database.replaceFirst("//[^/]+/", "//127.0.0.1:" + proxy.port() + "/");
        registry.add("spring.datasource.url", () -> viaProxy);
        registry.add("spring.datasource.username", TestDatabases::user);
        registry.add("spring.datasource.password", TestDatabases::password);
    }

    @AfterAll
    static void dropTheDatabase() {
        if (proxy != null) {
            proxy.close();
            TestDatabases.drop(database);
        }
    }

    @Autowired
    ReviewService reviews;
    @Autowired
    CaseFixtures fixtures;

    /** One attempt to decide a case, and what the service said. */
    record Attempt(long caseId, boolean acknowledged, long atNanos, String error) {}

    @Test
    void noAcknowledgedDecisionIsLostAndDecisionsResumeAfterTheRestore() throws Exception {
        List<Long> cases = fixtures.reportedMoments(CASES, Set.of("BR"), "BR", ReportReason.SPAM);
        Map<Long, Attempt> attempts = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong restoredAt = new AtomicLong(Long.MAX_VALUE);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            List<Long> mine = new ArrayList<>();
            for (int i = t; i < cases.size(); i += THREADS) {
                mine.add(cases.get(i));
            }
            workers.add(Thread.ofPlatform().name("moderator-" + t).start(() -> decideAll(mine, attempts, stop)));
        }

        awaitAcknowledged(attempts, CASES / 5);
        long cutAt = System.nanoTime();
        proxy.cut();
        Thread.sleep(OUTAGE_MILLIS);
        proxy.restore();
        restoredAt.set(System.nanoTime());
        long ackedAtRestore = acknowledged(attempts);
        // keep deciding after the restore until a good number more went through, or the cases run out
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (acknowledged(attempts) < ackedAtRestore + CASES / 5 && attempts.size() < CASES
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        stop.set(true);
        for (Thread worker : workers) {
            worker.join();
        }

        List<Attempt> acked = attempts.values().stream().filter(Attempt::acknowledged).toList();
        List<Attempt> failed = attempts.values().stream().filter(a -> !a.acknowledged()).toList();
        List<Attempt> ackedAfterRestore = acked.stream().filter(a -> a.atNanos() > restoredAt.get()).toList();
        long firstAfterRestore = ackedAfterRestore.stream().mapToLong(Attempt::atNanos).min().orElse(Long.MAX_VALUE);

        // every acknowledged decision is there, exactly once, with its audit event, the case closed
        for (Attempt a : acked) {
            assertThat(fixtures.decisions(a.caseId())).as("decisions of acknowledged case %d", a.caseId()).isEqualTo(1);
            assertThat(fixtures.auditEvents("REVIEW_DECIDED", a.caseId())).as("audit of case %d", a.caseId()).isEqualTo(1);
            assertThat(fixtures.status(a.caseId())).isEqualTo("CLOSED");
        }
        // a failed decision failed loudly and is all or nothing: either not written at all, or (its
        // commit reached the server but the answer was lost) written whole
        int inDoubt = 0;
        for (Attempt a : failed) {
            assertThat(a.error()).isNotBlank();
            int decisions = fixtures.decisions(a.caseId());
            int audits = fixtures.auditEvents("REVIEW_DECIDED", a.caseId());
            String status = fixtures.status(a.caseId());
            if (decisions == 0) {
                assertThat(audits).as("audit without decision on case %d", a.caseId()).isZero();
                assertThat(status).as("case %d closed without a decision", a.caseId()).isNotEqualTo("CLOSED");
            } else {
                inDoubt++;
                assertThat(decisions).isEqualTo(1);
                assertThat(audits).isEqualTo(1);
                assertThat(status).isEqualTo("CLOSED");
            }
        }
        // and across every case of the drill (attempted or not): a case is closed exactly when its one
        // decision and its one audit event are there
        for (long caseId : cases) {
            boolean closed = "CLOSED".equals(fixtures.status(caseId));
            assertThat(fixtures.decisions(caseId)).as("decisions of case %d", caseId).isEqualTo(closed ? 1 : 0);
            assertThat(fixtures.auditEvents("REVIEW_DECIDED", caseId)).as("audit of case %d", caseId)
                    .isEqualTo(closed ? 1 : 0);
        }

        assertThat(failed).as("the outage was felt: some decisions failed").isNotEmpty();
        assertThat(ackedAfterRestore).as("decisions succeed again after the restore, same context").isNotEmpty();
        assertThat(failed.stream().filter(a -> a.atNanos() > restoredAt.get() + 15_000_000_000L))
                .as("no failures long after the restore").isEmpty();
        System.out.printf("DRILL database-outage: %d decisions acknowledged (%d after the restore), %d failed with an"
                        + " exception (%d of them written whole: commit reached the server, answer lost), outage %d ms,"
                        + " first acknowledged decision %d ms after the restore, cut after %d acknowledged; errors: %s%n",
                acked.size(), ackedAfterRestore.size(), failed.size(), inDoubt, OUTAGE_MILLIS,
                (firstAfterRestore - restoredAt.get()) / 1_000_000,
                acked.stream().filter(a -> a.atNanos() < cutAt).count(),
                failed.stream().map(a -> a.error().split(":")[0]).distinct().toList());
    }

    private void decideAll(List<Long> cases, Map<Long, Attempt> attempts, AtomicBoolean stop) {
        signIn("bia");
        for (long caseId : cases) {
            if (stop.get()) {
                return;
            }
            try {
                CaseWork work = reviews.open(caseId);
                reviews.decide(caseId, work.version(), Decision.of(Disposition.REMOVE, "SPAM"));
                attempts.put(caseId, new Attempt(caseId, true, System.nanoTime(), ""));
            } catch (RuntimeException e) {
                attempts.put(caseId, new Attempt(caseId, false, System.nanoTime(),
                        e.getClass().getSimpleName() + ": " + e.getMessage()));
            }
        }
    }

    private static long acknowledged(Map<Long, Attempt> attempts) {
        return attempts.values().stream().filter(Attempt::acknowledged).count();
    }

    private static void awaitAcknowledged(Map<Long, Attempt> attempts, long count) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (acknowledged(attempts) < count) {
            assertThat(System.nanoTime()).as("%d decisions before the cut", count).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    /** A moderator of BR, MX and ES, for this worker thread. */
    private static void signIn(String username) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, "n/a", List.of(
                new SimpleGrantedAuthority(Role.MODERATOR.authority()),
                new SimpleGrantedAuthority(CurrentStaff.MARKET_AUTHORITY_PREFIX + "BR"))));
        SecurityContextHolder.setContext(context);
    }
}
