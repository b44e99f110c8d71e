package com.clipdesk.appeal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.appeal.AppealChannel;
import com.clipdesk.appeal.AppealOutcome;
import com.clipdesk.appeal.AppealRequest;
import com.clipdesk.appeal.AppealService;
import com.clipdesk.appeal.AppealStatus;
import com.clipdesk.appeal.AppealView;
import com.clipdesk.appeal.AppealedDecision;
import com.clipdesk.catalog.Episode;
import com.clipdesk.content.ContentKind;
import com.clipdesk.content.ContentModeration;
import com.clipdesk.member.Member;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import com.clipdesk.support.GridRows;
import com.clipdesk.support.KaribuSupport;
import com.clipdesk.takedown.Ground;
import com.clipdesk.takedown.TakedownRequest;
import com.clipdesk.takedown.TakedownService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The appeals page, the record dialog on item pages and the decide dialog, without a browser. */
@SpringBootTest
@ActiveProfiles("test")
class AppealUiIT extends KaribuSupport {

    @Autowired
    TestData data;

    @Autowired
    TakedownService takedowns;

    @Autowired
    AppealService appeals;

    @Autowired
    ContentModeration moderation;

    long moment;
    long takedown;

    @BeforeEach
    void fixtures() {
        data.markets("BR", "FR", "US");
        Episode episode = data.episode("Appeal ui " + System.nanoTime(), 1800);
        Member creator = data.member("BR");
        moment = data.moment(episode, creator, "appeal ui caption", Set.of("BR", "FR", "US")).getId();
        AtomicLong id = new AtomicLong();
        // taken down by the lead the Karibu sign-in below is
        AsStaff.run("karibu-lead_moderator", Set.of(Role.LEAD_MODERATOR), Set.of("*"), () -> id.set(takedowns.takeDown(
                new TakedownRequest(ContentKind.MOMENT, moment, false, Set.of("BR", "FR"), "HARASSMENT", Ground.TERMS,
                        "ToS 4.2 Harassment", "Targets a member.", null)).id()));
        takedown = id.get();
    }

    @Test
    void aModeratorRecordsAnAppealReceivedByMailOnTheItemPage() {
        signInAs(Set.of(Role.MODERATOR), "BR");
        UI.getCurrent().navigate("moments/" + moment);
        AppealsPanel panel = _get(AppealsPanel.class);
        _click(panel.record);
        RecordAppealDialog dialog = _get(RecordAppealDialog.class);
        assertThat(dialog.decision.getValue().id()).as("the one appealable decision is chosen").isEqualTo(takedown);

        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("appeal-record")));
        assertThat(dialog.statement.isInvalid()).isTrue();
        assertThat(dialog.statement.getErrorMessage()).contains("Say why");

        _setValue(dialog.channel, AppealChannel.LETTER);
        _setValue(dialog.statement, "By letter: it is a quote from the show.");
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("appeal-record")));

        AppealView filed = appeals.onItem(ContentKind.MOMENT, moment).getFirst();
        assertThat(filed.channel()).isEqualTo(AppealChannel.LETTER);
        assertThat(filed.recordedBy()).isEqualTo("karibu-moderator");
        assertThat(_find(RecordAppealDialog.class)).isEmpty();
        assertThat(_get(AppealsPanel.class).record.isAttached()).as("nothing left to appeal on the item").isFalse();
    }

    @Test
    void theOriginalDeciderSeesTheAppealButAnotherLeadDecidesIt() {
        AppealView filed = fileByMail();

        signInAs(Set.of(Role.LEAD_MODERATOR), "*");
        UI.getCurrent().navigate("appeals");
        AppealsView page = _get(AppealsView.class);
        assertThat(page.open.getLabel()).startsWith("Open (");
        assertThat(GridRows.of(page.grid)).extracting(AppealView::id).contains(filed.id());
        new DecideAppealDialog(appeals, filed, () -> { }).open();
        DecideAppealDialog mine = _get(DecideAppealDialog.class);
        assertThat(mine.confirm).as("no outcome form for the original decider").isNull();
        assertThat(_find(Paragraph.class, spec -> spec.withText(
                "You took the appealed decision: another lead moderator or admin decides this appeal (four-eyes).")))
                .hasSize(1);
        mine.close();

        signInAs(Set.of(Role.ADMIN), "*");
        UI.getCurrent().navigate("appeals");
        new DecideAppealDialog(appeals, filed, () -> { }).open();
        DecideAppealDialog dialog = _get(DecideAppealDialog.class);
        assertThat(dialog.outcome.getListDataView().getItems()).as("a takedown in two markets can be narrowed")
                .containsExactly(AppealOutcome.UPHELD, AppealOutcome.OVERTURNED, AppealOutcome.MODIFIED);
        _setValue(dialog.outcome, AppealOutcome.MODIFIED);
        assertThat(dialog.keep.isVisible()).isTrue();
        _setValue(dialog.keep, Set.of("FR"));
        _click(dialog.confirm);
        assertThat(dialog.note.isInvalid()).isTrue();
        assertThat(moderation.hiddenIn(ContentKind.MOMENT, moment)).containsExactlyInAnyOrder("BR", "FR");

        _setValue(dialog.note, "Only French law is at stake.");
        _click(dialog.confirm);
        assertThat(moderation.hiddenIn(ContentKind.MOMENT, moment)).containsExactly("FR");
        AppealsView decided = _get(AppealsView.class);
        decided.tabs.setSelectedTab(decided.decided);
        assertThat(decided.status()).isEqualTo(AppealStatus.DECIDED);
        assertThat(GridRows.of(decided.grid)).extracting(AppealView::id).contains(filed.id());
        assertThat(GridRows.of(decided.rates)).anySatisfy(r -> assertThat(r.reasonCode()).isEqualTo("HARASSMENT"));
    }

    private AppealView fileByMail() {
        java.util.concurrent.atomic.AtomicReference<AppealView> filed = new java.util.concurrent.atomic.AtomicReference<>();
        AsStaff.run("mod", Set.of(Role.MODERATOR), Set.of("BR"), () -> filed.set(appeals.record(new AppealRequest(
                AppealedDecision.TAKEDOWN, takedown, null, AppealChannel.EMAIL, "Please look again.", null))));
        return filed.get();
    }
}
