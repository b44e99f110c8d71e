package com.clipdesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.clipdesk.appeal.AppealOutcome;
import com.clipdesk.appeal.AppealRequest;
import com.clipdesk.appeal.AppealService;
import com.clipdesk.appeal.AppealView;
import com.clipdesk.appeal.AppealedDecision;
import com.clipdesk.dashboard.DashboardFigures.DailyCounts;
import com.clipdesk.dashboard.DashboardFigures.LatencyDay;
import com.clipdesk.dashboard.DashboardFigures.Series;
import com.clipdesk.TestData;
import com.clipdesk.content.ContentKind;
import com.clipdesk.report.ReportReason;
import com.clipdesk.review.ReviewIntake;
import com.clipdesk.review.CaseFixtures;
import com.clipdesk.review.Decision;
import com.clipdesk.review.Disposition;
import com.clipdesk.review.ReviewService;
import com.clipdesk.shared.OutOfScopeException;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import com.clipdesk.support.TestClock;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decisions and appeals taken through the services on two days in two markets land in the rollups and
 * come back as the dashboards' figures, scoped to the reader's markets; the migration's backfill gives
 * the same rows as the live count.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardsIT {

    private static final Set<Role> MODERATOR = Set.of(Role.MODERATOR);

    @Autowired
    CaseFixtures cases;
    @Autowired
    TestData data;
    @Autowired
    ReviewIntake intake;
    @Autowired
    ReviewService review;
    @Autowired
    AppealService appeals;
    @Autowired
    Dashboards dashboards;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactions;

    final String one = code("A");
    final String two = code("B");
    LocalDate day1;
    LocalDate day2;
    long spamCase;
    long keptCase;
    long twoMarketCase;

    @BeforeAll
    void decisionsOnTwoDaysInTwoMarkets() {
        Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(3)).plus(Duration.ofHours(9));
        day1 = LocalDate.ofInstant(start, ZoneOffset.UTC);
        day2 = day1.plusDays(1);
        clock.set(start);
        try {
            spamCase = cases.reportedMoments(1, Set.of(one), one, ReportReason.SPAM).getFirst();
            keptCase = cases.reportedMoments(1, Set.of(one), one, ReportReason.SPAM).getFirst();
            twoMarketCase = cases.reportedMoments(1, Set.of(one, two), two, ReportReason.HARASSMENT).getFirst();
            // reported in the second market too: the case is in both
            long item = jdbc.sql("select subject_id from review_case where id = ?").param(twoMarketCase)
                    .query(Long.class).single();
            data.report(ContentKind.MOMENT, item, data.member(one), ReportReason.HARASSMENT, one);
            intake.gather();
            long escalated = cases.reportedMoments(1, Set.of(two), two, ReportReason.OTHER).getFirst();
            clock.advance(Duration.ofHours(2));
            decide("ana", spamCase, new Decision(Disposition.REMOVE, false, "SPAM", null));
            clock.advance(Duration.ofHours(22)); // day 2, 09:00
            decide("ana", keptCase, Decision.of(Disposition.KEEP, "NO_VIOLATION"));
            clock.advance(Duration.ofHours(1));
            decide("bo", twoMarketCase, new Decision(Disposition.REMOVE, false, "HARASSMENT", null));
            decide("bo", escalated, new Decision(Disposition.ESCALATE, false, "NEEDS_LEGAL", "licensed?"));
            // the spam removal is appealed and overturned on day 2
            long decision = jdbc.sql("select id from review_decision where case_id = ?").param(spamCase)
                    .query(Long.class).single();
            String author = jdbc.sql("select m.handle from review_case c join moment o on o.id = c.subject_id"
                    + " join member m on m.id = o.creator_id where c.id = ?").param(spamCase).query(String.class).single();
            AppealView filed = appeals.fileFromApp(new AppealRequest(AppealedDecision.REVIEW_DECISION, decision, author,
                    null, "It was a quote.", null));
            as("lead-x", Set.of(Role.LEAD_MODERATOR), Set.of("*"), () -> appeals.decide(filed.id(), filed.version(),
                    AppealOutcome.OVERTURNED, Set.of(), "A quote from the episode."));
            clock.advance(Duration.ofHours(1));
        } finally {
            clock.reset();
        }
        clock.set(day2.atTime(12, 0).toInstant(ZoneOffset.UTC));
    }

    @AfterAll
    void resetClock() {
        clock.reset();
    }

    @Test
    void decisionsAreCountedPerDayReasonAndMarket() {
        DailyCounts inOne = asAdmin(() -> dashboards.decisionsByReason(one, 7));
        assertThat(inOne.days()).hasSize(7).last().isEqualTo(day2);
        assertThat(perDay(inOne, day1)).isEqualTo(Map.of("SPAM", 1L));
        assertThat(perDay(inOne, day2)).isEqualTo(Map.of("NO_VIOLATION", 1L, "HARASSMENT", 1L));
        assertThat(inOne.series()).extracting(Series::label).contains("Spam or scam", "Harassment");

        DailyCounts inTwo = asAdmin(() -> dashboards.decisionsByReason(two, 7));
        assertThat(perDay(inTwo, day1)).isEmpty();
        assertThat(perDay(inTwo, day2)).isEqualTo(Map.of("HARASSMENT", 1L, "NEEDS_LEGAL", 1L));

        // a lead of both markets: the two-market removal counts in each market
        DailyCounts byMarket = as("lead-2", Set.of(Role.LEAD_MODERATOR), Set.of(one, two),
                () -> dashboards.decisionsByMarket(null, 7));
        assertThat(byMarket.series()).extracting(Series::key).containsExactlyInAnyOrder(one, two);
        assertThat(perDay(byMarket, day2)).isEqualTo(Map.of(one, 2L, two, 2L));
        assertThat(perDay(byMarket, day1)).isEqualTo(Map.of(one, 1L));
        assertThat(byMarket.total()).isEqualTo(5);
    }

    @Test
    void timeToDecisionIsTheMedianAndP90OfClosingDecisionsWithinTheBucketBound() {
        List<LatencyDay> inOne = asAdmin(() -> dashboards.timeToDecision(one, 7));
        LatencyDay first = inOne.get(5);
        LatencyDay second = inOne.get(6);
        assertThat(first.day()).isEqualTo(day1);
        assertThat(first.decisions()).isEqualTo(1);
        assertThat(first.medianSeconds()).isCloseTo(exact(spamCase), within(bound(exact(spamCase))));
        // two closing decisions on day 2: nearest rank, the median is the shorter wait, p90 the longer
        assertThat(second.decisions()).isEqualTo(2);
        assertThat(second.medianSeconds()).isCloseTo(exact(keptCase), within(bound(exact(keptCase))));
        assertThat(second.p90Seconds()).isCloseTo(exact(twoMarketCase), within(bound(exact(twoMarketCase))));
        // the escalation in market two closes nothing: only the two-market removal is timed there
        LatencyDay inTwo = asAdmin(() -> dashboards.timeToDecision(two, 7)).get(6);
        assertThat(inTwo.decisions()).isEqualTo(1);
        assertThat(inOne.get(0).medianSeconds()).isNaN();
    }

    @Test
    void appealOverturnsArePerWeekAndMarket() {
        var weeks = asAdmin(() -> dashboards.appealsByWeek(one, 2));
        assertThat(weeks.stream().mapToLong(a -> a.decided()).sum()).isEqualTo(1);
        assertThat(weeks.stream().mapToLong(a -> a.overturned()).sum()).isEqualTo(1);
        var byMarket = as("lead-1", Set.of(Role.LEAD_MODERATOR), Set.of(one),
                () -> dashboards.appealsByMarket(2));
        assertThat(byMarket).singleElement().satisfies(a -> {
            assertThat(a.label()).isEqualTo(one);
            assertThat(a.overturnRate()).isEqualTo(1.0);
        });
    }

    @Test
    void aLeadSeesOnlyTheirMarketsAndOtherRolesAreRefused() {
        as("lead-1", Set.of(Role.LEAD_MODERATOR), Set.of(one), () -> {
            assertThat(dashboards.decisionsByMarket(null, 7).series()).extracting(Series::key).containsExactly(one);
            // "all my markets" for a lead of one market is that market, not the '*' rows of every market
            assertThat(dashboards.decisionsByReason(null, 7).total()).isEqualTo(3);
            assertThat(dashboards.markets()).extracting(m -> m.code()).containsExactly(one);
            assertThat(dashboards.backlog()).allMatch(q -> q.market().equals(one));
            assertThatThrownBy(() -> dashboards.decisionsByReason(two, 7)).isInstanceOf(OutOfScopeException.class);
            assertThatThrownBy(() -> dashboards.timeToDecision(two, 7)).isInstanceOf(OutOfScopeException.class);
            assertThatThrownBy(() -> dashboards.featuredShares()).isInstanceOf(AccessDeniedException.class);
            return null;
        });
        for (Role role : List.of(Role.MODERATOR, Role.POLICY_ADMIN, Role.AUDITOR, Role.CURATOR)) {
            as("someone", Set.of(role), Set.of("*"), () -> {
                assertThat(dashboards.showsReview()).as(role.name()).isFalse();
                assertThatThrownBy(() -> dashboards.decisionsByReason(null, 7)).as(role.name())
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> dashboards.backlog()).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> dashboards.appealsByWeek(null, 4)).isInstanceOf(AccessDeniedException.class);
                return null;
            });
        }
        as("curator", Set.of(Role.CURATOR), Set.of(one), () -> {
            assertThat(dashboards.showsCuration()).isTrue();
            assertThat(dashboards.featuredShares()).allMatch(f -> f.market().equals(one));
            return null;
        });
    }

    @Test
    void theBackfillGivesTheSameRowsAsTheLiveCount() {
        var live = rollups();
        assertThat(live).isNotEmpty();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                RollupBackfill.rebuild(connection);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        });
        assertThat(rollups()).isEqualTo(live);
    }

    private List<String> rollups() {
        return jdbc.sql("select concat('d ', market_code, ' ', decided_on, ' ', reason_code, ' ', decisions) from decision_daily"
                        + " where market_code in (:m) union all select concat('l ', market_code, ' ', decided_on, ' ', bucket,"
                        + " ' ', decisions) from decision_latency_daily where market_code in (:m) union all"
                        + " select concat('a ', market_code, ' ', decided_on, ' ', outcome, ' ', appeals) from appeal_daily"
                        + " where market_code in (:m)")
                .param("m", List.of(one, two)).query(String.class).list().stream().sorted().toList();
    }

    private double exact(long caseId) {
        Instant opened = jdbc.sql("select opened_at from review_case where id = ?").param(caseId).query(Instant.class).single();
        Instant decided = jdbc.sql("select max(decided_at) from review_decision where case_id = ?").param(caseId)
                .query(Instant.class).single();
        return Duration.between(opened, decided).toSeconds();
    }

    private static double bound(double seconds) {
        return seconds * LatencyBuckets.ERROR_PERCENT / 100;
    }

    private static Map<String, Long> perDay(DailyCounts counts, LocalDate day) {
        int i = counts.days().indexOf(day);
        return counts.series().stream().filter(s -> s.values()[i] > 0)
                .collect(Collectors.toMap(Series::key, s -> s.values()[i]));
    }

    private void decide(String moderator, long caseId, Decision decision) {
        AsStaff.run(moderator, MODERATOR, Set.of("*"), () -> {
            var work = review.open(caseId);
            review.decide(caseId, work.version(), decision);
        });
    }

    private static <T> T asAdmin(Supplier<T> action) {
        return as("admin", Set.of(Role.ADMIN), Set.of("*"), action);
    }

    private static <T> T as(String name, Set<Role> roles, Set<String> markets, Supplier<T> action) {
        AtomicReference<T> result = new AtomicReference<>();
        AsStaff.run(name, roles, markets, () -> result.set(action.get()));
        return result.get();
    }

    private static String code(String prefix) {
        return prefix + Long.toString(System.nanoTime() % 1296, 36).toUpperCase(Locale.ROOT);
    }
}
