package com.clipdesk.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.content.ContentKind;
import com.clipdesk.report.ReportReason;
import com.clipdesk.review.Lane;
import com.clipdesk.review.QueueSelection;
import com.clipdesk.review.ReviewIntake;
import com.clipdesk.review.ReviewService;
import com.clipdesk.staff.Role;
import com.clipdesk.support.KaribuSupport;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The keyboard loop on the case page, without a browser: the keys the browser sends go to the
 * page's one key handler. Each test works its own market, so its queue holds only its cases.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseViewIT extends KaribuSupport {

    @Autowired
    TestData data;

    @Autowired
    ReviewIntake intake;

    @Autowired
    ReviewService review;

    @Autowired
    JdbcClient jdbc;

    private CaseFixtures fixtures;

    @BeforeAll
    void fixtures() {
        fixtures = new CaseFixtures(data, intake, jdbc);
    }

    /** Signs in as a moderator of the market and opens the case "next" hands out. */
    private CaseView startLoop(String market) {
        signInAs(Set.of(Role.MODERATOR), market);
        var selection = new QueueSelection(Lane.MODERATION, market, null, null);
        long first = review.claimNext(selection, List.of()).orElseThrow().id();
        UI.getCurrent().navigate("review/cases/" + first, QueueParams.toQuery(selection));
        return _get(CaseView.class);
    }

    private static long shownCase(CaseView view) {
        return view.work().id();
    }

    @Test
    void keepReasonEnterDecidesAndOpensTheNextCaseThenSkipAndQueueClear() {
        List<Long> cases = fixtures.cases("CA", 3, ReportReason.HARASSMENT);
        CaseView view = startLoop("CA");
        long first = shownCase(view);
        assertThat(cases).contains(first);
        assertThat(view.holdsCase()).isTrue();
        assertThat(fixtures.row(first).get("claimed_by")).isEqualTo("karibu-moderator");

        view.handleKey("k");
        view.handleKey("1");
        view.handleKey("Enter");

        assertThat(fixtures.status(first)).isEqualTo("CLOSED");
        assertThat(fixtures.row(first).get("outcome")).isEqualTo("KEEP");
        CaseView now = _get(CaseView.class);
        long second = shownCase(now);
        assertThat(second).isNotEqualTo(first).isIn(cases);
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("review/cases/" + second);
        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getParameters())
                .containsEntry("market", List.of("CA"));
        assertThat(fixtures.row(second).get("claimed_by")).isEqualTo("karibu-moderator");

        // S: the second goes back to the queue, free, and the third opens
        now.handleKey("s");
        long third = shownCase(_get(CaseView.class));
        assertThat(third).isNotIn(first, second).isIn(cases);
        assertThat(fixtures.row(second).get("claimed_by")).isNull();
        assertThat(fixtures.status(second)).isEqualTo("OPEN");

        // skipping the last one: the skipped second is passed over, so the queue is clear
        _get(CaseView.class).handleKey("S");
        assertThat(fixtures.row(third).get("claimed_by")).isNull();
        assertThat(texts(NotificationsKt.getNotifications())).contains("Queue clear");
        // the page then heads for the queue overview ("review", built beside this page)
        assertThat(view.holdsCase()).isFalse();
    }

    @Test
    void enterWithoutReasonSaysSoAndDecidesNothing() {
        fixtures.cases("CB", 1, ReportReason.SPAM);
        CaseView view = startLoop("CB");
        long id = shownCase(view);

        view.handleKey("Enter");
        assertThat(view.panel().errorText()).contains("Choose a decision first");

        view.handleKey("k");
        view.handleKey("Enter");
        assertThat(view.panel().errorText()).contains("reason code");
        assertThat(fixtures.status(id)).isEqualTo("OPEN");
        assertThat(fixtures.decisions(id)).isZero();
        assertThat(shownCase(_get(CaseView.class))).isEqualTo(id);
        assertThat(view.holdsCase()).isTrue();
    }

    @Test
    void questionMarkShowsTheShortcutsAndEscapeClosesThem() {
        fixtures.cases("CC", 1, ReportReason.SPAM);
        CaseView view = startLoop("CC");
        assertThat(view.help().isOpened()).isFalse();
        view.handleKey("?");
        assertThat(view.help().isOpened()).isTrue();
        view.handleKey("Escape");
        assertThat(view.help().isOpened()).isFalse();
        assertThat(view.handleKey("x")).as("keys without a shortcut are ignored").isFalse();
    }

    @Test
    void spoilerFlagGoesWithARemoval() {
        List<Long> cases = fixtures.cases("CD", 1, ReportReason.SPOILER);
        CaseView view = startLoop("CD");
        view.handleKey("p");
        view.handleKey("r");
        view.handleKey("1");
        view.handleKey("Enter");
        long id = cases.getFirst();
        assertThat(fixtures.row(id).get("outcome")).isEqualTo("REMOVE");
        assertThat(jdbc.sql("select mark_spoiler from review_decision where case_id = ?").param(id)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aCaseChangedSinceItOpenedIsNotOverwrittenButReloaded() {
        List<Long> cases = fixtures.cases("CE", 1, ReportReason.SPAM);
        CaseView view = startLoop("CE");
        long id = shownCase(view);
        long seenVersion = view.work().version();
        // a new report on the same Moment joins the case meanwhile
        long momentId = jdbc.sql("select subject_id from review_case where id = ?").param(id).query(Long.class).single();
        data.report(ContentKind.MOMENT, momentId, data.member("CE"), ReportReason.HATE, "CE");
        intake.gather();

        view.handleKey("k");
        view.handleKey("1");
        view.handleKey("Enter");

        assertThat(fixtures.decisions(id)).isZero();
        assertThat(texts(NotificationsKt.getNotifications())).anyMatch(t -> t.contains("was changed by"));
        assertThat(shownCase(_get(CaseView.class))).isEqualTo(id);
        assertThat(view.work().version()).isGreaterThan(seenVersion);
        assertThat(view.work().reports()).hasSize(2);

        // reloaded: deciding again works
        view.handleKey("k");
        view.handleKey("1");
        view.handleKey("Enter");
        assertThat(fixtures.status(cases.getFirst())).isEqualTo("CLOSED");
    }

    @Test
    void aLapsedHoldMakesThePageReadOnlyWithClaimAgain() {
        fixtures.cases("CF", 1, ReportReason.SPAM);
        CaseView view = startLoop("CF");
        long id = shownCase(view);
        fixtures.claimedByColleague(id);

        view.renewLease();

        assertThat(view.isReadOnly()).isTrue();
        assertThat(texts(NotificationsKt.getNotifications())).anyMatch(t -> t.contains("lapsed"));
        view.handleKey("k");
        view.handleKey("1");
        view.handleKey("Enter");
        assertThat(fixtures.decisions(id)).isZero();

        // the colleague lets go; claim again works
        jdbc.sql("update review_case set claimed_by = null, claimed_by_name = null, lease_until = null where id = ?")
                .param(id).update();
        _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Claim again")).click();
        assertThat(view.isReadOnly()).isFalse();
        assertThat(fixtures.row(id).get("claimed_by")).isEqualTo("karibu-moderator");
    }

    @Test
    void leavingThePageUndecidedReleasesTheCase() {
        fixtures.cases("CG", 1, ReportReason.SPAM);
        CaseView view = startLoop("CG");
        long id = shownCase(view);
        UI.getCurrent().navigate("moments");
        assertThat(fixtures.row(id).get("claimed_by")).isNull();
    }

    private static List<String> texts(List<Notification> notifications) {
        return notifications.stream().map(n -> n.getElement().getProperty("text", "")).toList();
    }
}
