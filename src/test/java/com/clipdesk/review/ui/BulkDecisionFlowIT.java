package com.clipdesk.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.report.ReportReason;
import com.clipdesk.review.CaseFixtures;
import com.clipdesk.review.CaseRow;
import com.clipdesk.review.Disposition;
import com.clipdesk.review.ReasonCodeView;
import com.clipdesk.review.ReviewService;
import com.clipdesk.staff.CurrentStaff;
import com.clipdesk.staff.Role;
import com.clipdesk.support.GridRows;
import com.clipdesk.support.KaribuSupport;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Selecting cases in the queue grid and deciding them at once, as a moderator does it. */
@SpringBootTest
@ActiveProfiles("test")
class BulkDecisionFlowIT extends KaribuSupport {

    @Autowired
    CaseFixtures fixtures;
    @Autowired
    ReviewService reviews;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void decidesTheSelectedCasesAndListsTheOneSomeoneElseHolds() {
        List<Long> ids = fixtures.reportedMoments(5, Set.of("BR"), "BR", ReportReason.SPAM);
        long taken = ids.get(3);
        asAna(() -> reviews.open(taken));
        signInAs(Set.of(Role.MODERATOR), "BR", "MX", "ES");
        ReviewViewIT.open("review?market=BR&kind=MOMENT&category=INTEGRITY");

        select(ids);
        decide(Disposition.REMOVE, "SPAM", "Remove 5 cases");
        String summary = awaitBulkSummary();

        assertThat(summary).contains("Removed 4 cases of 5.").contains("Failed 1")
                .contains("Case #" + taken + ": claimed by ana");
        for (long id : ids) {
            boolean decided = id != taken;
            assertThat(fixtures.status(id)).isEqualTo(decided ? "CLOSED" : "OPEN");
            assertThat(fixtures.auditEvents("REVIEW_DECIDED", id)).isEqualTo(decided ? 1 : 0);
        }
        _click(_get(Button.class, spec -> spec.withText("Close")));
        assertThat(GridRows.of(grid())).extracting(CaseRow::id).filteredOn(ids::contains)
                .as("the grid reloads: of the selected cases, only the one taken is left").containsExactly(taken);
    }

    @Test
    void cancelStopsBeforeAllAreDecidedAndLeavesTheRestUntouched() throws Exception {
        List<Long> ids = fixtures.reportedMoments(5, Set.of("MX"), "MX", ReportReason.SPAM);
        signInAs(Set.of(Role.MODERATOR), "BR", "MX", "ES");
        ReviewViewIT.open("review?market=MX&kind=MOMENT&category=INTEGRITY");
        select(ids);

        // another transaction holds the cases' rows: the run waits on the first one it tries
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = Thread.ofPlatform().start(() -> new TransactionTemplate(transactionManager)
                .executeWithoutResult(status -> {
                    ids.forEach(id -> jdbc.sql("select id from review_case where id = ? for update").param(id)
                            .query(Long.class).single());
                    locked.countDown();
                    try {
                        release.await(20, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
        assertThat(locked.await(20, TimeUnit.SECONDS)).isTrue();

        decide(Disposition.KEEP, "NO_VIOLATION", "Keep 5 cases");
        _click(_get(Button.class, spec -> spec.withClasses("cd-bulk-cancel")));
        release.countDown();
        holder.join(20_000);
        String summary = awaitBulkSummary();

        assertThat(summary).contains("Cancelled after");
        long decided = ids.stream().filter(id -> fixtures.status(id).equals("CLOSED")).count();
        assertThat(decided).as("at most the case in hand when cancelled").isLessThanOrEqualTo(1);
        for (long id : ids) {
            assertThat(fixtures.decisions(id)).as("case %s is decided fully or not at all", id)
                    .isEqualTo(fixtures.status(id).equals("CLOSED") ? 1 : 0);
            assertThat(fixtures.auditEvents("REVIEW_DECIDED", id)).isEqualTo(fixtures.decisions(id));
        }
    }

    private void select(List<Long> ids) {
        Grid<CaseRow> grid = grid();
        List<CaseRow> rows = GridRows.of(grid).stream().filter(r -> ids.contains(r.id())).toList();
        assertThat(rows).hasSize(ids.size());
        rows.forEach(grid::select);
    }

    @SuppressWarnings("unchecked")
    private void decide(Disposition disposition, String reasonCode, String confirmText) {
        _click(_get(Button.class, spec -> spec.withText("Decide " + 5 + " selected")));
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withLabel("Decision")), disposition);
        ComboBox<ReasonCodeView> reason = _get(ComboBox.class, spec -> spec.withLabel("Reason code"));
        _setValue(reason, reason.getListDataView().getItems().filter(r -> r.code().equals(reasonCode)).findFirst()
                .orElseThrow());
        _click(_get(Button.class, spec -> spec.withText(confirmText)));
    }


    @SuppressWarnings("unchecked")
    private static Grid<CaseRow> grid() {
        return _get(Grid.class);
    }

    private static void asAna(Runnable action) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("ana", "n/a", List.of(
                new SimpleGrantedAuthority(Role.MODERATOR.authority()),
                new SimpleGrantedAuthority(CurrentStaff.MARKET_AUTHORITY_PREFIX + "BR"))));
        SecurityContextHolder.setContext(context);
        try {
            action.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
