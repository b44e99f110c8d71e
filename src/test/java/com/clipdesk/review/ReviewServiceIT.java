package com.clipdesk.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.content.ContentKind;
import com.clipdesk.content.ContentState;
import com.clipdesk.member.Member;
import com.clipdesk.report.ReportReason;
import com.clipdesk.shared.ConcurrentEditException;
import com.clipdesk.shared.OutOfScopeException;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Cases as moderators meet them: reports gather into one case per subject, "next" hands out the
 * most urgent case of their markets, and a decision changes the item, closes its reports and is
 * audited; an invalid, contested or stale decision changes nothing.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewServiceIT {

    private static final Set<Role> MODERATOR = Set.of(Role.MODERATOR);
    private static final Set<Role> LEAD = Set.of(Role.LEAD_MODERATOR);
    /** Markets of this test only, so other tests' cases never reach its queues. */
    private static final String RA = "RA";
    private static final String RB = "RB";

    @Autowired
    TestData data;
    @Autowired
    ReviewIntake intake;
    @Autowired
    ReviewService review;
    @Autowired
    ReviewQueues queues;
    @Autowired
    JdbcClient jdbc;

    Episode episode;
    Member creator;
    Member reporter;

    @BeforeAll
    void fixtures() {
        data.markets(RA, RB, "RZ");
        episode = data.episode("Review Test " + System.nanoTime(), 3000);
        creator = data.member(RA);
        reporter = data.member(RA);
    }

    private long reportedMoment(ReportReason reason, String market, int reports) {
        long id = data.moment(episode, creator, "clip reported for " + reason, new java.util.HashSet<>(List.of(RA, RB, market))).getId();
        for (int i = 0; i < reports; i++) {
            data.report(ContentKind.MOMENT, id, i == 0 ? reporter : data.member(market), reason, market,
                    Instant.parse("2026-11-20T10:00:00Z").plusSeconds(i));
        }
        return id;
    }

    private long caseOf(long momentId) {
        return jdbc.sql("select id from review_case where subject_kind = 'MOMENT' and subject_id = ?")
                .param(momentId).query(Long.class).single();
    }

    private static void as(String user, Set<Role> roles, Runnable action) {
        AsStaff.run(user, roles, Set.of(RA, RB), action);
    }

    @Test
    void reportsOnOneSubjectGatherIntoOneCaseWithCountsReasonAndMarkets() {
        long moment = reportedMoment(ReportReason.SPAM, RA, 3);
        data.report(ContentKind.MOMENT, moment, reporter, ReportReason.HATE, RB);
        intake.gather();
        long caseId = caseOf(moment);
        as("ana", MODERATOR, () -> {
            CaseWork work = review.open(caseId);
            assertThat(work.row().reportCount()).isEqualTo(4);
            assertThat(work.row().topReason()).as("the most severe reason leads").isEqualTo(ReportReason.HATE);
            assertThat(work.row().category()).isEqualTo(QueueCategory.ABUSE);
            assertThat(work.row().markets()).containsExactlyInAnyOrder(RA, RB);
            assertThat(work.reports()).hasSize(4);
            assertThat(work.snapshot().text()).isEqualTo("clip reported for SPAM");
            assertThat(work.claimedByMe()).as("opening a free case claims it").isTrue();
        });
        assertThat(jdbc.sql("select count(*) from review_queue_entry where case_id = ?").param(caseId)
                .query(Integer.class).single()).as("one queue entry per market").isEqualTo(2);
        intake.gather();
        assertThat(jdbc.sql("select count(*) from review_case where subject_kind = 'MOMENT' and subject_id = ?")
                .param(moment).query(Integer.class).single()).as("gathering twice changes nothing").isEqualTo(1);
    }

    @Test
    void nextHandsOutTheMostSevereCaseFirstAndNeverAnotherMarket() {
        long spam = reportedMoment(ReportReason.SPAM, "RZ", 1);
        long threat = reportedMoment(ReportReason.VIOLENT_THREAT, "RZ", 1);
        intake.gather();
        var selection = new QueueSelection(Lane.MODERATION, "RZ", null, null);
        AsStaff.run("bo", MODERATOR, Set.of("RZ"), () -> {
            CaseWork first = review.claimNext(selection, List.of()).orElseThrow();
            assertThat(first.row().subjectId()).isEqualTo(threat);
            CaseWork second = review.claimNext(selection, List.of()).orElseThrow();
            assertThat(second.row().subjectId()).isEqualTo(spam);
        });
        as("ana", MODERATOR, () -> {
            assertThatThrownBy(() -> review.claimNext(selection, List.of())).isInstanceOf(OutOfScopeException.class);
            assertThatThrownBy(() -> review.open(caseOf(spam))).isInstanceOf(OutOfScopeException.class);
            assertThat(queues.summaries()).noneMatch(q -> q.market().equals("RZ"));
        });
    }

    @Test
    void removeTakesTheItemDownClosesItsReportsAndIsAudited() {
        long moment = reportedMoment(ReportReason.HARASSMENT, RA, 2);
        intake.gather();
        long caseId = caseOf(moment);
        as("ana", MODERATOR, () -> {
            CaseWork work = review.open(caseId);
            review.decide(caseId, work.version(), new Decision(Disposition.REMOVE, true, "HARASSMENT", "insults"));
        });
        assertThat(jdbc.sql("select state from moment where id = ?").param(moment).query(String.class).single())
                .isEqualTo(ContentState.REMOVED.name());
        assertThat(jdbc.sql("select spoiler from moment where id = ?").param(moment).query(Integer.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from report where subject_kind = 'MOMENT' and subject_id = ? and status = 'OPEN'")
                .param(moment).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from review_queue_entry where case_id = ?").param(caseId)
                .query(Integer.class).single()).as("a decided case leaves its queues").isZero();
        assertThat(jdbc.sql("select summary from audit_event where action = 'REVIEW_DECIDED' and subject_id = ?")
                .param(Long.toString(caseId)).query(String.class).single())
                .contains("Remove + spoiler flag", "HARASSMENT", "Community Guidelines 4.2");
    }

    @Test
    void invalidContestedOrStaleDecisionsChangeNothing() {
        long moment = reportedMoment(ReportReason.SPAM, RA, 1);
        intake.gather();
        long caseId = caseOf(moment);
        AtomicReference<CaseWork> opened = new AtomicReference<>();
        as("ana", MODERATOR, () -> opened.set(review.open(caseId)));
        long version = opened.get().version();
        as("ana", MODERATOR, () -> {
            assertThatThrownBy(() -> review.decide(caseId, version, new Decision(Disposition.REMOVE, false, null, null)))
                    .isInstanceOf(InvalidDecisionException.class).hasMessageContaining("reason code");
            assertThatThrownBy(() -> review.decide(caseId, version, Decision.of(Disposition.KEEP, "HATE_SPEECH")))
                    .isInstanceOf(InvalidDecisionException.class).hasMessageContaining("does not apply to Keep");
            assertThatThrownBy(() -> review.decide(caseId, version, Decision.of(Disposition.ESCALATE, "NEEDS_LEGAL")))
                    .isInstanceOf(InvalidDecisionException.class).hasMessageContaining("needs a note");
        });
        as("bo", MODERATOR, () -> assertThatThrownBy(() -> review.decide(caseId, version, Decision.of(Disposition.REMOVE, "SPAM")))
                .isInstanceOf(ClaimedByOtherException.class).hasMessageContaining("ana"));
        as("ana", MODERATOR, () -> assertThatThrownBy(() -> review.decide(caseId, version - 1, Decision.of(Disposition.REMOVE, "SPAM")))
                .isInstanceOf(ConcurrentEditException.class));
        assertThat(jdbc.sql("select count(*) from review_decision where case_id = ?").param(caseId)
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select state from moment where id = ?").param(moment).query(String.class).single())
                .isEqualTo(ContentState.ACTIVE.name());
        as("ana", MODERATOR, () -> review.decide(caseId, version, Decision.of(Disposition.KEEP, "NO_VIOLATION")));
        as("ana", MODERATOR, () -> assertThatThrownBy(() -> review.decide(caseId, version, Decision.of(Disposition.REMOVE, "SPAM")))
                .as("deciding twice from the same page").isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("keep"));
    }

    @Test
    void escalationGoesToLeadsWithItsNote() {
        long moment = reportedMoment(ReportReason.COPYRIGHT, RB, 1);
        intake.gather();
        long caseId = caseOf(moment);
        as("ana", MODERATOR, () -> {
            CaseWork work = review.open(caseId);
            review.decide(caseId, work.version(), new Decision(Disposition.ESCALATE, false, "NEEDS_LEGAL", "licensed clip?"));
            assertThat(review.open(caseId).canDecide()).as("moderators cannot answer escalations").isFalse();
            assertThatThrownBy(() -> review.claimNext(QueueSelection.all(Lane.ESCALATION), List.of()))
                    .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        });
        as("lee", LEAD, () -> {
            CaseWork work = review.claimNext(new QueueSelection(Lane.ESCALATION, RB, null, null), List.of()).orElseThrow();
            assertThat(work.id()).isEqualTo(caseId);
            assertThat(work.escalationNote()).isEqualTo("licensed clip?");
            assertThat(work.dispositions()).containsExactlyInAnyOrder(Disposition.KEEP, Disposition.REMOVE);
            review.decide(caseId, work.version(), Decision.of(Disposition.KEEP, "CONTEXT_ALLOWED"));
        });
        assertThat(jdbc.sql("select status from review_case where id = ?").param(caseId).query(String.class).single())
                .isEqualTo("CLOSED");
    }

    @Test
    void newReportsReopenAKeptCaseOnlyWhenMoreSevereOrNumerous() {
        long moment = reportedMoment(ReportReason.SPAM, RA, 1);
        intake.gather();
        long caseId = caseOf(moment);
        as("ana", MODERATOR, () -> review.decide(caseId, review.open(caseId).version(),
                Decision.of(Disposition.KEEP, "NO_VIOLATION")));
        data.report(ContentKind.MOMENT, moment, data.member(RA), ReportReason.SPAM, RA);
        intake.gather();
        assertThat(status(caseId)).as("one more spam report is covered by the decision").isEqualTo("CLOSED");
        data.report(ContentKind.MOMENT, moment, data.member(RA), ReportReason.CHILD_SAFETY, RA);
        intake.gather();
        assertThat(status(caseId)).as("a more severe reason reopens").isEqualTo("OPEN");
        assertThat(jdbc.sql("select top_reason from review_case where id = ?").param(caseId).query(String.class).single())
                .isEqualTo("CHILD_SAFETY");
    }

    @Test
    void aLapsedLeaseReturnsTheCaseToTheQueue() {
        long moment = reportedMoment(ReportReason.SEXUAL_CONTENT, "RZ", 1);
        intake.gather();
        long caseId = caseOf(moment);
        var selection = new QueueSelection(Lane.MODERATION, "RZ", ContentKind.MOMENT, QueueCategory.SEXUAL);
        AsStaff.run("ana", MODERATOR, Set.of("RZ"), () -> assertThat(review.claimNext(selection, List.of()))
                .hasValueSatisfying(w -> assertThat(w.id()).isEqualTo(caseId)));
        AsStaff.run("bo", MODERATOR, Set.of("RZ"), () -> assertThat(review.claimNext(selection, List.of()))
                .as("held by ana").isEmpty());
        // time passes beyond the lease
        jdbc.sql("update review_case set lease_until = ? where id = ?")
                .param(java.sql.Timestamp.from(Instant.now().minusSeconds(1))).param(caseId).update();
        AsStaff.run("ana", MODERATOR, Set.of("RZ"), () -> assertThat(review.renewLease(caseId))
                .as("a lapsed lease cannot be renewed").isFalse());
        AsStaff.run("bo", MODERATOR, Set.of("RZ"), () -> {
            CaseWork work = review.claimNext(selection, List.of()).orElseThrow();
            assertThat(work.id()).isEqualTo(caseId);
            assertThat(work.claimedByMe()).isTrue();
        });
        AsStaff.run("ana", MODERATOR, Set.of("RZ"), () -> assertThatThrownBy(() ->
                review.decide(caseId, review.open(caseId).version(), Decision.of(Disposition.KEEP, "NO_VIOLATION")))
                .isInstanceOf(ClaimedByOtherException.class));
    }

    private String status(long caseId) {
        return jdbc.sql("select status from review_case where id = ?").param(caseId).query(String.class).single();
    }

    static List<Long> ids(List<CaseWork> works) {
        List<Long> ids = new ArrayList<>();
        works.forEach(w -> ids.add(w.id()));
        return ids;
    }
}
