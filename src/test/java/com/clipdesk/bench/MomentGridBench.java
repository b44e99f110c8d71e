package com.clipdesk.bench;

import com.clipdesk.content.ContentFilter;
import com.clipdesk.content.ContentService;
import com.clipdesk.content.ContentState;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * How fast the Moments grid answers a moderator scoped to three markets, against the same query
 * without a scope (an admin) on the same data in the same process. Size: -Dbench.moments (default
 * 200,000; the target is 1,000,000). Run with {@code ./mvnw -Pbench verify}.
 */
@SpringBootTest(properties = {
    "clipdesk.demo.enabled=true",
    "clipdesk.demo.moments=${bench.moments:200000}",
    "clipdesk.demo.members=${bench.members:40000}",
    "clipdesk.demo.submissions=${bench.submissions:20000}",
    "clipdesk.demo.reports=${bench.reports:20000}",
    // H2 returns a cached result for a repeated query over unchanged tables: switched off, so the
    // figures are the query's real work and not a cache hit
    "spring.datasource.url=${CLIPDESK_TEST_DATASOURCE_URL:jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1;OPTIMIZE_REUSE_RESULTS=FALSE}",
    // the grid reads the database, not the index: no index building in this benchmark
    "spring.jpa.properties.hibernate.search.indexing.listeners.enabled=false",
    "clipdesk.search.check-index-on-start=false"
})
@ActiveProfiles("test")
class MomentGridBench {

    private static final int WARMUP = 10;
    private static final int RUNS = 40;
    private static final int MIN_RUNS = 5;
    private static final long BUDGET_NANOS = 30_000_000_000L;

    @Autowired
    ContentService content;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void scopedGridAgainstUnscopedBaseline() {
        long moments = jdbc.queryForObject("select count(*) from moment", Long.class);
        print("BENCH moments.rows %d rows", moments);

        ContentFilter none = ContentFilter.none();
        ContentFilter pending = new ContentFilter(null, ContentState.PENDING_REVIEW, null, null, null);
        double[] unscopedPage = time(Set.of(Role.ADMIN), Set.of("*"),
                () -> content.moments(none, PageRequest.of(0, 50)).getNumberOfElements());
        double[] scopedPage = time(Set.of(Role.MODERATOR), Set.of("BR", "MX", "ES"),
                () -> content.moments(none, PageRequest.of(0, 50)).getNumberOfElements());
        double[] scopedDeepPage = time(Set.of(Role.MODERATOR), Set.of("BR", "MX", "ES"),
                () -> content.moments(none, PageRequest.of(200, 50)).getNumberOfElements());
        double[] unscopedCount = time(Set.of(Role.ADMIN), Set.of("*"), () -> content.countMoments(none));
        double[] scopedCount = time(Set.of(Role.MODERATOR), Set.of("BR", "MX", "ES"), () -> content.countMoments(none));
        double[] scopedFiltered = time(Set.of(Role.MODERATOR), Set.of("BR", "MX", "ES"),
                () -> content.moments(pending, PageRequest.of(0, 50)).getNumberOfElements());

        report("moments.page.unscoped", unscopedPage);
        report("moments.page.scoped", scopedPage);
        report("moments.page200.scoped", scopedDeepPage);
        report("moments.page.scoped_pending", scopedFiltered);
        report("moments.count.unscoped", unscopedCount);
        report("moments.count.scoped", scopedCount);
        print("RATIO moments.page.p95.scoped_over_unscoped %.2f", percentile(scopedPage, 95) / percentile(unscopedPage, 95));
        print("RATIO moments.count.p95.scoped_over_unscoped %.2f",
                percentile(scopedCount, 95) / percentile(unscopedCount, 95));
    }

    private static double[] time(Set<Role> roles, Set<String> markets, Supplier<Object> query) {
        List<Double> millis = new ArrayList<>();
        AsStaff.run(roles, markets, () -> {
            long budgetEnd = System.nanoTime() + BUDGET_NANOS;
            for (int i = 0; i < WARMUP && System.nanoTime() < budgetEnd; i++) {
                query.get();
            }
            // a slow query gets fewer runs (at least MIN_RUNS) so a large data set finishes in time
            budgetEnd = System.nanoTime() + BUDGET_NANOS;
            for (int i = 0; i < RUNS && (i < MIN_RUNS || System.nanoTime() < budgetEnd); i++) {
                long start = System.nanoTime();
                query.get();
                millis.add((System.nanoTime() - start) / 1e6);
            }
        });
        return millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    private static void report(String name, double[] sortedMillis) {
        print("BENCH %s.p50 %.2f ms", name, percentile(sortedMillis, 50));
        print("BENCH %s.p95 %.2f ms", name, percentile(sortedMillis, 95));
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static void print(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }

}
