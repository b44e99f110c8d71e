package com.clipdesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.report.ReportReason;
import com.clipdesk.review.CaseFixtures;
import com.clipdesk.review.Decision;
import com.clipdesk.review.Disposition;
import com.clipdesk.review.ReviewService;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Moderators deciding different cases of one market at the same moment all count: the rollup row of
 * the day is created by one of them and incremented by the others, no increment lost (on H2 and on
 * MariaDB, where the same statement runs).
 */
@SpringBootTest
@ActiveProfiles("test")
class RollupConcurrencyIT {

    private static final int DECIDERS = 8;
    private static final int CASES = 96;

    @Autowired
    CaseFixtures cases;
    @Autowired
    ReviewService review;
    @Autowired
    JdbcClient jdbc;

    @Test
    void concurrentDecisionsLoseNoIncrement() throws Exception {
        String market = "C" + Long.toString(System.nanoTime() % 1296, 36).toUpperCase(Locale.ROOT);
        List<Long> ids = cases.reportedMoments(CASES, Set.of(market), market, ReportReason.SPAM);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long allBefore = count("*", today);
        CyclicBarrier start = new CyclicBarrier(DECIDERS);
        ExecutorService pool = Executors.newFixedThreadPool(DECIDERS);
        List<Future<?>> done = new ArrayList<>();
        try {
            for (int t = 0; t < DECIDERS; t++) {
                List<Long> mine = new ArrayList<>();
                for (int i = t; i < ids.size(); i += DECIDERS) {
                    mine.add(ids.get(i));
                }
                String moderator = "racer-" + t;
                done.add(pool.submit(() -> {
                    start.await();
                    AsStaff.run(moderator, Set.of(Role.MODERATOR), Set.of("*"), () -> mine.forEach(id -> {
                        var work = review.open(id);
                        review.decide(id, work.version(), new Decision(Disposition.REMOVE, false, "SPAM", null));
                    }));
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        // midnight may pass during the run: add up today and tomorrow
        assertThat(count(market, today) + count(market, today.plusDays(1))).isEqualTo(CASES);
        assertThat(count("*", today) + count("*", today.plusDays(1)) - allBefore).isEqualTo(CASES);
        assertThat(jdbc.sql("select sum(decisions) from decision_latency_daily where market_code = ?").param(market)
                .query(Long.class).single()).isEqualTo(CASES);
    }

    private long count(String market, LocalDate day) {
        return jdbc.sql("select coalesce(sum(decisions), 0) from decision_daily where market_code = ? and decided_on = ?"
                        + " and reason_code = 'SPAM'").param(market).param(day).query(Long.class).single();
    }
}
