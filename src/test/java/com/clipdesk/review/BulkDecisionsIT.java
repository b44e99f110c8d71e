package com.clipdesk.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clipdesk.audit.AuditLog;
import com.clipdesk.report.ReportReason;
import com.clipdesk.staff.CurrentStaff;
import com.clipdesk.staff.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;

@SpringBootTest
@ActiveProfiles("test")
class BulkDecisionsIT {

    @Autowired
    BulkDecisions bulk;
    @Autowired
    ReviewService reviews;
    @Autowired
    ReviewQueues queues;
    @Autowired
    ReasonCodes reasonCodes;
    @Autowired
    StaffCases staffCases;
    @Autowired
    AuditLog audit;
    @Autowired
    CurrentStaff currentStaff;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    com.clipdesk.staff.RecentSignIn recentSignIn;
    @Autowired
    CaseFixtures fixtures;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void decidesEachCaseOnItsOwnAndNamesTheHolderOfOneItCouldNotTake() throws Exception {
        List<Long> ids = fixtures.reportedMoments(5, Set.of("BR"), "BR", ReportReason.SPAM);
        List<CaseRow> rows = as("bia", Role.MODERATOR, () -> rowsOf(ids));
        long taken = ids.get(2);
        as("ana", Role.MODERATOR, () -> reviews.open(taken));

        BulkRun<Long> run = as("bia", Role.MODERATOR, () -> bulk.start(rows, Decision.of(Disposition.REMOVE, "SPAM")));
        BulkRun.BulkProgress<Long> end = run.completion().get(30, TimeUnit.SECONDS);

        assertThat(end.decided()).containsExactlyInAnyOrderElementsOf(ids.stream().filter(id -> id != taken).toList());
        assertThat(end.failures()).containsExactly(new BulkRun.BulkFailure<>(taken, "claimed by ana"));
        assertThat(end.stoppedEarly()).isFalse();
        for (long id : end.decided()) {
            assertThat(fixtures.status(id)).isEqualTo("CLOSED");
            assertThat(fixtures.auditEvents("REVIEW_DECIDED", id)).isEqualTo(1);
        }
        assertThat(fixtures.status(taken)).isEqualTo("OPEN");
        assertThat(fixtures.decisions(taken)).isZero();
    }

    @Test
    void aCaseChangedSinceTheReviewerSawItFailsWithWhoChangedIt() throws Exception {
        List<Long> ids = fixtures.reportedMoments(2, Set.of("MX"), "MX", ReportReason.SPAM);
        List<CaseRow> rows = as("bia", Role.MODERATOR, () -> rowsOf(ids));
        as("ana", Role.MODERATOR, () -> {
            var work = reviews.open(ids.get(0));
            return reviews.decide(work.id(), work.version(), Decision.of(Disposition.KEEP, "NO_VIOLATION"));
        });

        BulkRun<Long> run = as("bia", Role.MODERATOR, () -> bulk.start(rows, Decision.of(Disposition.REMOVE, "SPAM")));
        BulkRun.BulkProgress<Long> end = run.completion().get(30, TimeUnit.SECONDS);

        assertThat(end.decided()).containsExactly(ids.get(1));
        assertThat(end.failures()).singleElement().satisfies(f -> {
            assertThat(f.key()).isEqualTo(ids.get(0));
            assertThat(f.reason()).startsWith("changed by ana");
        });
        assertThat(fixtures.decisions(ids.get(0))).isEqualTo(1);
    }

    @Test
    void cancelledBeforeTheWorkerStartsDecidesNothing() {
        List<Long> ids = fixtures.reportedMoments(3, Set.of("ES"), "ES", ReportReason.SPAM);
        List<Runnable> queued = new ArrayList<>();
        var stepped = new BulkDecisions(reviews, staffCases, reasonCodes, audit, currentStaff, transactionManager, recentSignIn, queued::add);
        BulkRun<Long> run = as("bia", Role.MODERATOR, () -> stepped.start(rowsOf(ids), Decision.of(Disposition.REMOVE, "SPAM")));

        run.cancel();
        queued.forEach(Runnable::run);

        BulkRun.BulkProgress<Long> end = run.progress();
        assertThat(end.finished()).isTrue();
        assertThat(end.stoppedEarly()).isTrue();
        assertThat(end.processed()).isZero();
        ids.forEach(id -> assertThat(fixtures.status(id)).isEqualTo("OPEN"));
    }

    @Test
    void refusesWhatABulkRunCannotDoBeforeStarting() {
        List<Long> ids = fixtures.reportedMoments(1, Set.of("BR"), "BR", ReportReason.SPAM);
        List<CaseRow> rows = as("bia", Role.MODERATOR, () -> rowsOf(ids));
        as("bia", Role.MODERATOR, () -> {
            assertThatThrownBy(() -> bulk.start(rows, new Decision(Disposition.ESCALATE, false, "SPAM", "unsure")))
                    .isInstanceOf(InvalidDecisionException.class);
            assertThatThrownBy(() -> bulk.start(rows, Decision.of(Disposition.KEEP, "SPAM")))
                    .isInstanceOf(InvalidDecisionException.class).hasMessageContaining("does not apply");
            assertThatThrownBy(() -> bulk.start(List.of(), Decision.of(Disposition.REMOVE, "SPAM")))
                    .isInstanceOf(InvalidDecisionException.class);
            return null;
        });
        as("audrey", Role.AUDITOR, () -> {
            assertThatThrownBy(() -> bulk.start(rows, Decision.of(Disposition.REMOVE, "SPAM")))
                    .isInstanceOf(AccessDeniedException.class);
            return null;
        });
        assertThat(fixtures.status(ids.get(0))).isEqualTo("OPEN");
    }

    @Test
    void aModeratorCannotBulkDecideCasesOutsideTheirMarkets() throws Exception {
        List<Long> ids = fixtures.reportedMoments(1, Set.of("FR"), "FR", ReportReason.SPAM);
        List<CaseRow> rows = as("lea", Role.LEAD_MODERATOR, () -> rowsOf(ids));

        BulkRun<Long> run = as("bia", Role.MODERATOR, () -> bulk.start(rows, Decision.of(Disposition.REMOVE, "SPAM")));

        assertThat(run.completion().get(30, TimeUnit.SECONDS).failures())
                .containsExactly(new BulkRun.BulkFailure<>(ids.get(0), "outside your markets"));
        assertThat(fixtures.status(ids.get(0))).isEqualTo("OPEN");
    }

    private List<CaseRow> rowsOf(List<Long> ids) {
        return queues.cases(QueueSelection.moderation(), PageRequest.of(0, 1000)).stream()
                .filter(r -> ids.contains(r.id())).toList();
    }

    /** Runs as a staff member: "bia" and "ana" work BR, MX and ES; leads and auditors all markets. */
    private static <T> T as(String username, Role role, Supplier<T> action) {
        var authorities = new ArrayList<SimpleGrantedAuthority>();
        authorities.add(new SimpleGrantedAuthority(role.authority()));
        if (role == Role.MODERATOR) {
            for (String m : List.of("BR", "MX", "ES")) {
                authorities.add(new SimpleGrantedAuthority(CurrentStaff.MARKET_AUTHORITY_PREFIX + m));
            }
        } else {
            authorities.add(new SimpleGrantedAuthority(CurrentStaff.MARKET_AUTHORITY_PREFIX + "*"));
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, "n/a", authorities));
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static void as(String username, Role role, Runnable action) {
        as(username, role, () -> {
            action.run();
            return null;
        });
    }
}
