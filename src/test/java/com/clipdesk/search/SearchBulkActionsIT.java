package com.clipdesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.content.ContentKind;
import com.clipdesk.member.Member;
import com.clipdesk.report.ReportReason;
import com.clipdesk.review.BulkDecisions;
import com.clipdesk.review.BulkRun;
import com.clipdesk.review.CaseFixtures;
import com.clipdesk.review.InvalidDecisionException;
import com.clipdesk.review.ItemAction;
import com.clipdesk.review.ItemRef;
import com.clipdesk.review.ReviewIntake;
import com.clipdesk.review.ReviewService;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/**
 * A bulk action on a query's results, as a Brazilian moderator runs it on a leak: only items in
 * their markets, a staff case for items without one, items already removed counted apart, one held
 * by another reviewer failing while the rest go on, cancel, audit, and who may not run it at all.
 */
@SpringBootTest
@ActiveProfiles("test")
class SearchBulkActionsIT {

    private static final Set<String> BIA_MARKETS = Set.of("BR", "MX");

    @Autowired
    TestData data;
    @Autowired
    SearchBulkActions actions;
    @Autowired
    BulkDecisions bulk;
    @Autowired
    ReviewIntake intake;
    @Autowired
    ReviewService reviews;
    @Autowired
    CaseFixtures cases;
    @Autowired
    JdbcClient jdbc;

    @Test
    void removesWhatTheQueryFindsInTheModeratorsMarketsAndNothingElse() throws Exception {
        String marker = marker();
        Fixture f = new Fixture(marker);
        long brMoment = f.moment("finale leak BR", "BR");
        long brFrMoment = f.moment("finale leak BR and FR", "BR", "FR");
        long frMoment = f.moment("finale leak FR only", "FR");
        long brSubmission = f.submission("finale leak theory", "BR");
        long removedBefore = f.moment("finale leak removed earlier", "MX");
        jdbc.sql("update moment set state = 'REMOVED' where id = ?").param(removedBefore).update();
        long heldByAna = f.reportedMoment("finale leak held by ana", "BR");
        long reported = f.reportedMoment("finale leak reported", "BR");
        intake.gather();
        long anasCase = cases.caseOf(ContentKind.MOMENT, heldByAna);
        AsStaff.run("ana", Set.of(Role.MODERATOR), Set.of("BR"), () -> reviews.open(anasCase));

        ResultItems preview = asBia(() -> actions.preview(marker + " finale"));
        assertThat(preview.tooMany()).isFalse();
        assertThat(preview.items()).containsExactly(moment(brMoment), moment(brFrMoment), moment(removedBefore),
                moment(heldByAna), moment(reported), new ItemRef(ContentKind.FANDOM_SUBMISSION, brSubmission));
        assertThat(preview.count(ContentKind.MOMENT)).isEqualTo(5);
        assertThat(preview.count(ContentKind.FANDOM_SUBMISSION)).isEqualTo(1);

        BulkRun<ItemRef> run = asBia(() -> actions.start(preview, ItemAction.REMOVE, "SPOILER_UNMARKED",
                "Finale leak " + marker + ": every quote goes"));
        BulkRun.BulkProgress<ItemRef> end = run.completion().get(60, TimeUnit.SECONDS);

        assertThat(end.decided()).containsExactlyInAnyOrder(moment(brMoment), moment(brFrMoment), moment(reported),
                new ItemRef(ContentKind.FANDOM_SUBMISSION, brSubmission));
        assertThat(end.already()).containsExactly(moment(removedBefore));
        assertThat(end.failures()).containsExactly(new BulkRun.BulkFailure<>(moment(heldByAna), "claimed by ana"));
        assertThat(end.stoppedEarly()).isFalse();

        for (long id : List.of(brMoment, brFrMoment, reported)) {
            assertThat(state("moment", id)).isEqualTo("REMOVED");
        }
        assertThat(state("fandom_submission", brSubmission)).isEqualTo("REMOVED");
        assertThat(state("moment", frMoment)).as("FR only: outside the moderator's markets").isEqualTo("ACTIVE");
        assertThat(caseCount(frMoment)).isZero();
        assertThat(state("moment", heldByAna)).isEqualTo("ACTIVE");
        assertThat(cases.status(anasCase)).isEqualTo("OPEN");
        assertThat(caseCount(removedBefore)).as("already removed: nothing written").isZero();

        long staffCase = cases.caseOf(ContentKind.MOMENT, brMoment);
        assertThat(origin(staffCase)).isEqualTo("STAFF");
        assertThat(cases.status(staffCase)).isEqualTo("CLOSED");
        assertThat(jdbc.sql("select bulk from review_decision where case_id = ?").param(staffCase).query(Integer.class)
                .single()).isEqualTo(1);
        assertThat(cases.auditEvents("REVIEW_CASE_OPENED", staffCase)).isEqualTo(1);
        assertThat(cases.auditEvents("REVIEW_DECIDED", staffCase)).isEqualTo(1);
        long reportedCase = cases.caseOf(ContentKind.MOMENT, reported);
        assertThat(origin(reportedCase)).as("the existing case is decided, not a new one").isEqualTo("REPORTS");
        assertThat(cases.status(reportedCase)).isEqualTo("CLOSED");
        assertThat(jdbc.sql("select count(*) from report where subject_id = ? and subject_kind = 'MOMENT' and status = 'OPEN'")
                .param(reported).query(Integer.class).single()).as("its reports are closed").isZero();

        assertThat(audit("BULK_ACTION_STARTED", marker)).singleElement().asString()
                .contains("Remove on 6 item(s) from search “" + marker + " finale”").contains("SPOILER_UNMARKED")
                .contains("every quote goes");
        assertThat(audit("BULK_ACTION_ENDED", marker)).singleElement().asString()
                .contains("4 removed, 1 already so, 1 failed, 0 not reached");
    }

    @Test
    void keepClosesReportsAndTheSpoilerFlagCountsFlaggedItemsAsAlreadyDone() throws Exception {
        String marker = marker();
        Fixture f = new Fixture(marker);
        long reported = f.reportedMoment("quiet scene", "MX");
        long plain = f.moment("quiet scene", "MX");
        intake.gather();

        ResultItems preview = asBia(() -> actions.preview(marker));
        var end = asBia(() -> actions.start(preview, ItemAction.FLAG_SPOILER, "SPOILER_UNMARKED", "Ep 9 spoilers"))
                .completion().get(60, TimeUnit.SECONDS);
        assertThat(end.decided()).containsExactlyInAnyOrder(moment(reported), moment(plain));
        assertThat(jdbc.sql("select count(*) from moment where spoiler = 1 and id in (?, ?)").param(reported)
                .param(plain).query(Integer.class).single()).isEqualTo(2);

        var again = asBia(() -> actions.start(actions.preview(marker), ItemAction.FLAG_SPOILER, "SPOILER_UNMARKED",
                "Ep 9 spoilers, again")).completion().get(60, TimeUnit.SECONDS);
        assertThat(again.already()).containsExactlyInAnyOrder(moment(reported), moment(plain));
        assertThat(again.decided()).isEmpty();
        var keep = asBia(() -> actions.start(actions.preview(marker), ItemAction.KEEP, "NO_VIOLATION", "Fine"))
                .completion().get(60, TimeUnit.SECONDS);
        assertThat(keep.already()).as("visible with nothing left to review").hasSize(2);
    }

    @Test
    void cancelStopsEarlyAndLeavesTheRestUntouched() throws Exception {
        String marker = marker();
        Fixture f = new Fixture(marker);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ids.add(f.moment("mass quote " + i, "BR"));
        }
        ResultItems preview = asBia(() -> actions.preview(marker));
        assertThat(preview.items()).hasSize(40);

        BulkRun<ItemRef> run = asBia(() -> actions.start(preview, ItemAction.REMOVE, "SPAM", "Spam wave " + marker));
        long until = System.currentTimeMillis() + 30_000;
        while (run.progress().processed() < 2 && System.currentTimeMillis() < until) {
            Thread.onSpinWait();
        }
        run.cancel();
        BulkRun.BulkProgress<ItemRef> end = run.completion().get(60, TimeUnit.SECONDS);

        assertThat(end.stoppedEarly()).isTrue();
        assertThat(end.processed()).isBetween(2, 39);
        for (ItemRef item : preview.items()) {
            boolean reached = end.decided().contains(item);
            assertThat(state("moment", item.id())).isEqualTo(reached ? "REMOVED" : "ACTIVE");
            assertThat(caseCount(item.id())).isEqualTo(reached ? 1 : 0);
        }
        assertThat(audit("BULK_ACTION_ENDED", marker)).singleElement().asString()
                .contains("cancelled after " + end.processed() + " of 40")
                .contains((40 - end.processed()) + " not reached");
    }

    @Test
    void reasonAndNoteAreRequiredAndOnlyReviewersMayAct() {
        String marker = marker();
        Fixture f = new Fixture(marker);
        long item = f.moment("anything", "BR");
        ResultItems preview = asBia(() -> actions.preview(marker));
        asBia(() -> {
            assertThatThrownBy(() -> actions.start(preview, ItemAction.REMOVE, "SPAM", "  "))
                    .isInstanceOf(InvalidDecisionException.class).hasMessageContaining("note");
            assertThatThrownBy(() -> actions.start(preview, ItemAction.REMOVE, null, "why"))
                    .isInstanceOf(InvalidDecisionException.class).hasMessageContaining("reason code");
            assertThatThrownBy(() -> actions.start(preview, ItemAction.REMOVE, "NO_VIOLATION", "why"))
                    .isInstanceOf(InvalidDecisionException.class).hasMessageContaining("does not apply");
            return null;
        });
        for (Role role : List.of(Role.CURATOR, Role.AUDITOR, Role.POLICY_ADMIN)) {
            AsStaff.run("x-" + role.name().toLowerCase(Locale.ROOT), Set.of(role), Set.of("*"), () -> {
                assertThat(actions.canAct()).isFalse();
                assertThatThrownBy(() -> actions.preview(marker)).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> actions.start(preview, ItemAction.REMOVE, "SPAM", "why"))
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> bulk.startOnItems(preview.items(), ItemAction.REMOVE, "SPAM", "why", "test"))
                        .isInstanceOf(AccessDeniedException.class);
            });
        }
        assertThat(state("moment", item)).isEqualTo("ACTIVE");
        assertThat(audit("BULK_ACTION_STARTED", marker)).isEmpty();
    }

    @Test
    void aReportHitStandsForTheItemItReportsOnce() throws Exception {
        var fx = new Fixture("zqr" + Long.toString(System.nanoTime(), 36));
        long quiet = fx.moment("an ordinary caption", "BR");
        long quoting = fx.moment("leaked ending quoted", "BR");
        for (int i = 0; i < 2; i++) {
            data.report(ContentKind.MOMENT, quiet, fx.creator, ReportReason.SPOILER,
                    fx.marker + " this quotes the leaked ending", "BR", java.time.Instant.parse("2026-11-20T10:00:00Z"));
        }

        ResultItems preview = asBia(() -> actions.preview(fx.marker + " leaked"));
        assertThat(preview.hits()).as("one Moment and two reports").isEqualTo(3);
        assertThat(preview.reports()).isEqualTo(2);
        assertThat(preview.reportedItems()).isEqualTo(1);
        assertThat(preview.count(ContentKind.MOMENT)).isEqualTo(1);
        assertThat(preview.items()).containsExactlyInAnyOrder(moment(quiet), moment(quoting));

        var end = asBia(() -> actions.start(preview, ItemAction.REMOVE, "SPOILER_UNMARKED", "Leak " + fx.marker))
                .completion().get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(end.decided()).hasSize(2);
        assertThat(state("moment", quiet)).isEqualTo("REMOVED");
        assertThat(state("moment", quoting)).isEqualTo("REMOVED");
    }

    /** Moments and submissions whose text carries the test's own marker word. */
    private final class Fixture {
        final String marker;
        final Episode episode;
        final Member creator;

        Fixture(String marker) {
            this.marker = marker;
            data.markets("BR", "MX", "FR");
            episode = data.episode("Bulk " + marker, 1800);
            creator = data.member("BR");
        }

        long moment(String text, String... markets) {
            return data.moment(episode, creator, marker + " " + text, Set.of(markets)).getId();
        }

        long submission(String text, String... markets) {
            return data.submission(episode, creator, marker + " " + text, Set.of(markets)).getId();
        }

        long reportedMoment(String text, String market) {
            long id = moment(text, market);
            data.report(ContentKind.MOMENT, id, creator, ReportReason.SPOILER, market);
            return id;
        }
    }

    private static ItemRef moment(long id) {
        return new ItemRef(ContentKind.MOMENT, id);
    }

    private String state(String table, long id) {
        return jdbc.sql("select state from " + table + " where id = ?").param(id).query(String.class).single();
    }

    private int caseCount(long momentId) {
        return jdbc.sql("select count(*) from review_case where subject_kind = 'MOMENT' and subject_id = ?")
                .param(momentId).query(Integer.class).single();
    }

    private String origin(long caseId) {
        return jdbc.sql("select origin from review_case where id = ?").param(caseId).query(String.class).single();
    }

    private List<String> audit(String action, String marker) {
        return jdbc.sql("select summary from audit_event where action = ? and summary like ?").param(action)
                .param("%" + marker + "%").query(String.class).list();
    }

    @Test
    void moreThanFiftyItemsNeedARecentSignInAndAStaleOneStartsNothing() throws Exception {
        String marker = marker();
        Fixture f = new Fixture(marker);
        for (int i = 0; i < 51; i++) {
            f.moment("bulk wave " + i, "BR");
        }
        ResultItems preview = asBia(() -> actions.preview(marker));
        assertThat(preview.items()).hasSize(51);

        assertThatThrownBy(() -> AsStaff.runSignedInAgo(java.time.Duration.ofMinutes(30), "bia",
                Set.of(Role.MODERATOR), BIA_MARKETS,
                () -> actions.start(preview, ItemAction.REMOVE, "SPAM", "Spam wave " + marker)))
                .isInstanceOf(com.clipdesk.staff.RecentSignInRequiredException.class)
                .hasMessageStartingWith("A bulk action on more than 50 items needs you to sign in again: "
                        + "you signed in 30 min ago");
        assertThat(audit("BULK_ACTION_STARTED", marker)).isEmpty();
        for (ItemRef item : preview.items()) {
            assertThat(state("moment", item.id())).isEqualTo("ACTIVE");
        }

        // signed in just now: the same action runs
        var end = asBia(() -> actions.start(preview, ItemAction.REMOVE, "SPAM", "Spam wave " + marker))
                .completion().get(60, TimeUnit.SECONDS);
        assertThat(end.decided()).hasSize(51);
        assertThat(audit("BULK_ACTION_STARTED", marker)).hasSize(1);
    }

    private static String marker() {
        return "zqk" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);
    }

    private static <T> T asBia(Supplier<T> action) {
        Object[] result = new Object[1];
        AsStaff.run("bia", Set.of(Role.MODERATOR), BIA_MARKETS, () -> result[0] = action.get());
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }
}
