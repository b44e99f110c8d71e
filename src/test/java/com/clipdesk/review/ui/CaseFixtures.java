package com.clipdesk.review.ui;

import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.content.ContentKind;
import com.clipdesk.member.Member;
import com.clipdesk.report.ReportReason;
import com.clipdesk.review.ReviewIntake;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reported Moments gathered into cases, and a look at the case rows the tests assert on. */
final class CaseFixtures {

    private final TestData data;
    private final ReviewIntake intake;
    private final JdbcClient jdbc;

    CaseFixtures(TestData data, ReviewIntake intake, JdbcClient jdbc) {
        this.data = data;
        this.intake = intake;
        this.jdbc = jdbc;
    }

    /** {@code count} Moments visible in {@code market}, each reported there once; returns their case ids. */
    List<Long> cases(String market, int count, ReportReason reason) {
        data.markets(market);
        Episode episode = data.episode("Case page " + market + " " + System.nanoTime(), 2400);
        Member creator = data.member(market);
        Member reporter = data.member(market);
        List<Long> moments = IntStream.range(0, count)
                .mapToObj(i -> data.moment(episode, creator, "case page clip " + i + " in " + market, Set.of(market)).getId())
                .toList();
        moments.forEach(id -> data.report(ContentKind.MOMENT, id, reporter, reason, market));
        intake.gather();
        return moments.stream().map(this::caseOf).toList();
    }

    long caseOf(long momentId) {
        return jdbc.sql("select id from review_case where subject_kind = 'MOMENT' and subject_id = ?")
                .param(momentId).query(Long.class).single();
    }

    /** status, outcome and claimed_by of a case. */
    Map<String, Object> row(long caseId) {
        return jdbc.sql("select status, outcome, claimed_by from review_case where id = ?").param(caseId)
                .query().singleRow();
    }

    String status(long caseId) {
        return (String) row(caseId).get("STATUS");
    }

    int decisions(long caseId) {
        return jdbc.sql("select count(*) from review_decision where case_id = ?").param(caseId).query(Integer.class)
                .single();
    }

    /** Someone else takes the case over, as if the reviewer's lease had lapsed and a colleague claimed it. */
    void claimedByColleague(long caseId) {
        jdbc.sql("update review_case set claimed_by = 'colleague', claimed_by_name = 'Cora Colleague',"
                + " lease_until = ? where id = ?").param(java.sql.Timestamp.from(java.time.Instant.now().plusSeconds(600)))
                .param(caseId).update();
    }
}
