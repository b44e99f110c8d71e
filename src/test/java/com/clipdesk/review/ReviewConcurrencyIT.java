package com.clipdesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.content.ContentKind;
import com.clipdesk.member.Member;
import com.clipdesk.report.ReportReason;
import com.clipdesk.shared.ConcurrentEditException;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * No double handling on the real database: two moderators deciding the same case at the same
 * moment get exactly one decision between them, the other a clear conflict; twenty moderators
 * pressing "next" together never get the same case.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewConcurrencyIT {

    private static final Set<Role> MODERATOR = Set.of(Role.MODERATOR);
    private static final String RACE = "RC";
    private static final String CLAIM = "RD";
    private static final int PAIRS = 1000;
    private static final int CLAIMERS = 20;
    private static final int CLAIMABLE = 400;

    @Autowired
    TestData data;
    @Autowired
    ReviewIntake intake;
    @Autowired
    ReviewService review;
    @Autowired
    JdbcClient jdbc;

    Episode episode;
    Member creator;
    Member reporter;

    @BeforeAll
    void fixtures() {
        data.markets(RACE, CLAIM);
        episode = data.episode("Concurrency " + System.nanoTime(), 3000);
        creator = data.member(RACE);
        reporter = data.member(RACE);
    }

    private List<Long> cases(String market, int count) {
        List<Long> moments = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long id = data.moment(episode, creator, "race " + market + " " + i, Set.of(market)).getId();
            data.report(ContentKind.MOMENT, id, reporter, ReportReason.SPAM, market);
            moments.add(id);
        }
        intake.gather();
        return jdbc.sql("select c.id from review_case c join review_queue_entry e on e.case_id = c.id"
                        + " where e.market_code = ? order by c.id").param(market).query(Long.class).list();
    }

    @Test
    void racingPairsGetExactlyOneDecisionPerCaseAndTheOtherAClearConflict() throws Exception {
        List<Long> caseIds = cases(RACE, PAIRS);
        assertThat(caseIds).hasSize(PAIRS);
        Map<Long, Long> versions = new ConcurrentHashMap<>();
        for (long id : caseIds) {
            versions.put(id, jdbc.sql("select version from review_case where id = ?").param(id).query(Long.class).single());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<List<String>>> outcomes = new ArrayList<>();
        for (long caseId : caseIds) {
            CyclicBarrier start = new CyclicBarrier(2);
            // each pair: two moderators who both saw the case at the same version
            List<Future<String>> pair = new ArrayList<>();
            for (String who : List.of("ana", "bo")) {
                pair.add(pool.submit(() -> {
                    String[] result = new String[1];
                    AsStaff.run(who, MODERATOR, Set.of(RACE), () -> {
                        try {
                            start.await(10, TimeUnit.SECONDS);
                            review.decide(caseId, versions.get(caseId),
                                    Decision.of(who.equals("ana") ? Disposition.REMOVE : Disposition.KEEP,
                                            who.equals("ana") ? "SPAM" : "NO_VIOLATION"));
                            result[0] = "decided";
                        } catch (ConcurrentEditException e) {
                            result[0] = "conflict";
                        } catch (Exception e) {
                            result[0] = "unexpected " + e;
                        }
                    });
                    return result[0];
                }));
            }
            outcomes.add(pool.submit(() -> List.of(pair.get(0).get(), pair.get(1).get())));
        }
        List<String> unexpected = new ArrayList<>();
        for (Future<List<String>> outcome : outcomes) {
            List<String> both = outcome.get(2, TimeUnit.MINUTES);
            if (!(both.contains("decided") && both.contains("conflict"))) {
                unexpected.add(both.toString());
            }
        }
        pool.shutdown();
        assertThat(unexpected).as("every pair: one decided, one told of the conflict").isEmpty();
        List<Integer> perCase = jdbc.sql("select count(d.id) from review_case c left join review_decision d"
                        + " on d.case_id = c.id where c.id in (select case_id from review_case_report cr"
                        + " join report r on r.id = cr.report_id where r.market_code = ?) group by c.id")
                .param(RACE).query(Integer.class).list();
        assertThat(perCase).hasSize(PAIRS).containsOnly(1);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'REVIEW_DECIDED' and market_code = ?")
                .param(RACE).query(Integer.class).single()).isEqualTo(PAIRS);
    }

    @Test
    void twentyClaimersNeverShareACase() throws Exception {
        List<Long> caseIds = cases(CLAIM, CLAIMABLE);
        assertThat(caseIds).hasSize(CLAIMABLE);
        ExecutorService pool = Executors.newFixedThreadPool(CLAIMERS);
        CyclicBarrier start = new CyclicBarrier(CLAIMERS);
        List<Future<List<Long>>> claims = new ArrayList<>();
        var selection = new QueueSelection(Lane.MODERATION, CLAIM, null, null);
        for (int i = 0; i < CLAIMERS; i++) {
            String who = "claimer-" + i;
            claims.add(pool.submit(() -> {
                List<Long> mine = new ArrayList<>();
                AsStaff.run(who, MODERATOR, Set.of(CLAIM), () -> {
                    try {
                        start.await(10, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    while (true) {
                        var next = review.claimNext(selection, List.of());
                        if (next.isEmpty()) {
                            break;
                        }
                        assertThat(next.get().claimedByMe()).isTrue();
                        mine.add(next.get().id());
                    }
                });
                return mine;
            }));
        }
        List<Long> all = Collections.synchronizedList(new ArrayList<>());
        for (Future<List<Long>> f : claims) {
            all.addAll(f.get(5, TimeUnit.MINUTES));
        }
        pool.shutdown();
        assertThat(new HashSet<>(all)).as("no case handed out twice").hasSize(all.size());
        assertThat(new HashSet<>(all)).as("every case handed out").containsExactlyInAnyOrderElementsOf(caseIds);
        assertThat(jdbc.sql("select count(distinct claimed_by) from review_case where id in (select case_id from"
                + " review_queue_entry where market_code = ?)").param(CLAIM).query(Integer.class).single())
                .as("the work spread over the claimers").isGreaterThan(1);
    }
}
