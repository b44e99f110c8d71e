package com.clipdesk.review;

import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.content.ContentKind;
import com.clipdesk.member.Member;
import com.clipdesk.report.ReportReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Review cases for tests: reported Moments gathered into cases, and what became of them. */
@Component
public class CaseFixtures {

    private final TestData data;
    private final ReviewIntake intake;
    private final JdbcClient jdbc;

    CaseFixtures(TestData data, ReviewIntake intake, JdbcClient jdbc) {
        this.data = data;
        this.intake = intake;
        this.jdbc = jdbc;
    }

    /** {@code count} Moments visible in {@code markets}, each reported once in {@code reportMarket}; their case ids. */
    public List<Long> reportedMoments(int count, Set<String> markets, String reportMarket, ReportReason reason) {
        data.markets(markets.toArray(String[]::new));
        data.markets(reportMarket);
        Episode episode = data.episode("Review " + System.nanoTime(), 1800);
        Member member = data.member(reportMarket);
        List<Long> moments = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long moment = data.moment(episode, member, "case fixture " + i, markets).getId();
            data.report(ContentKind.MOMENT, moment, member, reason, reportMarket);
            moments.add(moment);
        }
        intake.gather();
        return moments.stream().map(m -> caseOf(ContentKind.MOMENT, m)).toList();
    }

    public long caseOf(ContentKind kind, long subjectId) {
        return jdbc.sql("select id from review_case where subject_kind = ? and subject_id = ?")
                .param(kind.name()).param(subjectId).query(Long.class).single();
    }

    public String status(long caseId) {
        return jdbc.sql("select status from review_case where id = ?").param(caseId).query(String.class).single();
    }

    public String claimedBy(long caseId) {
        return jdbc.sql("select claimed_by from review_case where id = ?").param(caseId).query(String.class)
                .optional().orElse(null);
    }

    public int decisions(long caseId) {
        return jdbc.sql("select count(*) from review_decision where case_id = ?").param(caseId).query(Integer.class)
                .single();
    }

    public int auditEvents(String action, long caseId) {
        return jdbc.sql("select count(*) from audit_event where action = ? and subject_kind = 'CASE' and subject_id = ?")
                .param(action).param(String.valueOf(caseId)).query(Integer.class).single();
    }
}
