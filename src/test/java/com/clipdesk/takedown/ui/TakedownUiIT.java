package com.clipdesk.takedown.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.content.ContentKind;
import com.clipdesk.content.ContentModeration;
import com.clipdesk.member.Member;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import com.clipdesk.support.GridRows;
import com.clipdesk.support.KaribuSupport;
import com.clipdesk.takedown.Ground;
import com.clipdesk.takedown.LegalOrderRequest;
import com.clipdesk.takedown.LegalOrderStatus;
import com.clipdesk.takedown.TakedownFixtures;
import com.clipdesk.takedown.TakedownService;
import com.clipdesk.takedown.TakedownView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H4;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The takedown dialog, the Takedowns section of item pages and the takedowns page, without a browser. */
@SpringBootTest
@ActiveProfiles("test")
class TakedownUiIT extends KaribuSupport {

    @Autowired
    TestData data;

    @Autowired
    ContentModeration moderation;

    @Autowired
    TakedownService takedowns;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    long moment;
    long message;

    @BeforeEach
    void fixtures() {
        data.markets("BR", "MX", "FR", "US", "DE");
        Episode episode = data.episode("Ui title " + System.nanoTime(), 1800);
        Member creator = data.member("FR");
        var created = data.moment(episode, creator, "ui caption", Set.of("BR", "FR", "US"));
        moment = created.getId();
        data.shareLink(created, "ui" + Long.toString(System.nanoTime(), 36));
        message = data.message(data.party(episode, creator, "DE"), creator, "ui chat", "de", 5).getId();
    }

    @Test
    void aModeratorTakesAMomentDownInOneOfTheirMarketsThroughTheDialog() {
        signInAs(Set.of(Role.MODERATOR), "BR", "MX");
        UI.getCurrent().navigate("moments/" + moment);
        _click(_get(Button.class, spec -> spec.withText(TakedownsPanel.TAKE_DOWN)));

        TakedownDialog dialog = _get(TakedownDialog.class);
        CheckboxGroup<String> markets = dialog.markets;
        assertThat(markets.getItemEnabledProvider().test("BR")).isTrue();
        assertThat(markets.getItemEnabledProvider().test("FR")).as("outside the moderator's markets").isFalse();

        // nothing filled in: the first missing thing is named on its field, nothing is written
        _click(dialog.confirm);
        assertThat(markets.isInvalid()).isTrue();
        assertThat(markets.getErrorMessage()).contains("Choose at least one market");
        assertThat(moderation.hiddenIn(ContentKind.MOMENT, moment)).isEmpty();

        _setValue(markets, Set.of("BR"));
        _setValue(dialog.reasonCode, dialog.reasonCode.getListDataView().getItems()
                .filter(r -> r.code().equals("HARASSMENT")).findFirst().orElseThrow());
        _setValue(dialog.ground, Ground.TERMS);
        _setValue(dialog.groundReference, "ToS 4.2 Harassment");
        _click(dialog.confirm);
        assertThat(dialog.explanation.isInvalid()).isTrue();
        assertThat(dialog.explanation.getErrorMessage()).contains("Explain the decision");

        _setValue(dialog.explanation, "Targets a member with abuse.");
        _click(dialog.confirm);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(moderation.hiddenIn(ContentKind.MOMENT, moment)).containsExactly("BR");
        assertThat(_find(H4.class, spec -> spec.withText("Taken down in BR"))).hasSize(1);
        // the page above the section shows it at once: its share link stops resolving in BR
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withText("Its links do not resolve in BR: taken down there."))).hasSize(1);
        // a moderator neither narrows nor lifts
        assertThat(_find(Button.class, spec -> spec.withText("Lift…"))).isEmpty();
    }

    @Test
    void theGroundNamesWhatTheReferenceIsAndTheLegalOrderGetsOneHour() {
        signInAs(Set.of(Role.LEAD_MODERATOR), "*");
        UI.getCurrent().navigate("moments/" + moment);
        _click(_get(Button.class, spec -> spec.withText(TakedownsPanel.TAKE_DOWN)));
        TakedownDialog dialog = _get(TakedownDialog.class);
        _setValue(dialog.ground, Ground.ILLEGAL);
        assertThat(dialog.groundReference.getLabel()).isEqualTo("Law");
        _setValue(dialog.ground, Ground.TERMS);
        assertThat(dialog.groundReference.getLabel()).isEqualTo("Terms clause");

        _setValue(dialog.legalOrder, true);
        assertThat(dialog.receivedAt.getValue()).isNotNull();
        assertThat(dialog.deadline.getValue()).isEqualTo(dialog.receivedAt.getValue().plusHours(1));
        _setValue(dialog.scope, TakedownDialog.EVERYWHERE);
        assertThat(dialog.markets.isEnabled()).isFalse();
        _setValue(dialog.reasonCode, dialog.reasonCode.getListDataView().getItems().findFirst().orElseThrow());
        _setValue(dialog.ground, Ground.ILLEGAL);
        _setValue(dialog.groundReference, "StGB § 130 (DE)");
        _setValue(dialog.explanation, "Removal order.");
        _click(dialog.confirm);
        assertThat(dialog.authority.isInvalid()).isTrue();
        assertThat(dialog.authority.getErrorMessage()).contains("Name the authority");
        _setValue(dialog.authority, "Bundesamt für Justiz");
        _setValue(dialog.reference, "BfJ-1");
        _click(dialog.confirm);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(moderation.hiddenIn(ContentKind.MOMENT, moment)).containsExactly("*");
        assertThat(_find(H4.class, spec -> spec.withText("Taken down everywhere"))).hasSize(1);
    }

    @Test
    void aLeadNarrowsAndLiftsFromTheSectionWithAReason() {
        TakedownView view = asLead(() -> takedowns.takeDown(TakedownFixtures.everywhere(ContentKind.MOMENT, moment)));
        signInAs(Set.of(Role.LEAD_MODERATOR), "*");
        UI.getCurrent().navigate("moments/" + moment);

        _click(_get(Button.class, spec -> spec.withText("Narrow…")));
        ChangeTakedownDialog narrow = _get(ChangeTakedownDialog.class);
        _setValue(narrow.keep, Set.of("FR"));
        _click(_get(Button.class, spec -> spec.withText("Narrow takedown")));
        assertThat(narrow.reason.isInvalid()).as("a reason is required").isTrue();
        _setValue(narrow.reason, "Only unlawful in France");
        _click(_get(Button.class, spec -> spec.withText("Narrow takedown")));
        assertThat(moderation.hiddenIn(ContentKind.MOMENT, moment)).containsExactly("FR");
        assertThat(_find(H4.class, spec -> spec.withText("Taken down in FR"))).hasSize(1);

        _click(_get(Button.class, spec -> spec.withText("Lift…")));
        _setValue(_get(ChangeTakedownDialog.class).reason, "Court ruled it lawful");
        _click(_get(Button.class, spec -> spec.withText("Lift takedown")));
        assertThat(moderation.hiddenIn(ContentKind.MOMENT, moment)).isEmpty();
        assertThat(_get(TakedownsPanel.class).getElement().getTextRecursively())
                .contains("Lifted", "Court ruled it lawful", "Narrowed · FR", "Applied · everywhere");
        assertThat(view.id()).isPositive();
    }

    @Test
    void theSectionIsOnMessagePagesAndReadOnlyForAuditors() {
        asLead(() -> takedowns.takeDown(TakedownFixtures.inMarkets(ContentKind.WATCH_PARTY_MESSAGE, message, "DE")));
        signInAs(Set.of(Role.AUDITOR), "*");
        UI.getCurrent().navigate("messages/" + message);
        assertThat(_find(H4.class, spec -> spec.withText("Taken down in DE"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withText(TakedownsPanel.TAKE_DOWN))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Lift…"))).isEmpty();
    }

    @Test
    void theTakedownsPageFiltersAndCountsDownLegalOrders() {
        TakedownView fr = asLead(() -> takedowns.takeDown(TakedownFixtures.inMarkets(ContentKind.MOMENT, moment, "FR")));
        var overdue = asLead(() -> takedowns.recordLegalOrder(ContentKind.MOMENT, moment, Set.of("US"),
                new LegalOrderRequest("US court", "US-" + moment, Instant.now().minus(Duration.ofHours(3)), null)));
        signInAs(Set.of(Role.ADMIN), "*");
        UI.getCurrent().navigate("takedowns");
        TakedownsView view = _get(TakedownsView.class);

        _setValue(view.market, "FR");
        assertThat(GridRows.of(view.grid)).extracting(TakedownView::id).contains(fr.id());
        _setValue(view.market, "US");
        assertThat(GridRows.of(view.grid)).extracting(TakedownView::id).doesNotContain(fr.id());
        _setValue(view.market, TakedownsView.ANY);
        _setValue(view.ground, Ground.TERMS.label());
        assertThat(GridRows.of(view.grid)).extracting(TakedownView::id).doesNotContain(fr.id());

        _setValue(view.overdueOnly, true);
        assertThat(GridRows.of(view.orders)).extracting(o -> o.id()).contains(overdue.id());
        var countdown = new Countdown(overdue, Instant.now());
        assertThat(countdown.getText()).startsWith("Overdue by 2 h");
        assertThat(countdown.hasClassName(Countdown.OVERDUE_CLASS)).isTrue();
        assertThat(Countdown.text(Duration.ofMinutes(42).plusSeconds(5))).isEqualTo("42 min 05 s");
        assertThat(UI.getCurrent().getPollInterval()).as("countdowns tick").isEqualTo(1000);
    }

    @Test
    void aRecordedOrderCountsDownOnTheItemUntilATakedownFulfilsIt() {
        signInAs(Set.of(Role.LEAD_MODERATOR), "*");
        UI.getCurrent().navigate("moments/" + moment);
        _click(_get(Button.class, spec -> spec.withText(TakedownsPanel.RECORD_ORDER)));
        LegalOrderDialog dialog = _get(LegalOrderDialog.class);
        _click(_get(Button.class, spec -> spec.withText("Record order")));
        assertThat(dialog.markets.isInvalid()).isTrue();
        _setValue(dialog.markets, Set.of("FR"));
        _setValue(dialog.authority, "Arcom");
        _setValue(dialog.reference, "ARCOM-UI-" + moment);
        _click(_get(Button.class, spec -> spec.withText("Record order")));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(_get(TakedownsPanel.class).getElement().getTextRecursively())
                .contains("Open legal order ARCOM-UI-" + moment + " of Arcom for FR", "left");

        asLead(() -> takedowns.takeDown(TakedownFixtures.inMarkets(ContentKind.MOMENT, moment, "FR")));
        UI.getCurrent().navigate("moments/" + moment);
        assertThat(_get(TakedownsPanel.class).getElement().getTextRecursively())
                .doesNotContain("Open legal order").contains("Arcom, ARCOM-UI-" + moment);
    }

    @Test
    void aScopedModeratorSeesOnlyTakedownsInTheirMarkets() {
        TakedownView fr = asLead(() -> takedowns.takeDown(TakedownFixtures.inMarkets(ContentKind.MOMENT, moment, "FR")));
        TakedownView br = asLead(() -> takedowns.takeDown(TakedownFixtures.inMarkets(ContentKind.MOMENT, moment, "BR")));
        signInAs(Set.of(Role.MODERATOR), "BR", "MX");
        UI.getCurrent().navigate("takedowns");
        TakedownsView view = _get(TakedownsView.class);
        assertThat(view.market.getListDataView().getItems()).contains("BR", "MX").doesNotContain("FR");
        assertThat(GridRows.of(view.grid)).extracting(TakedownView::id).contains(br.id()).doesNotContain(fr.id());
    }

    @Test
    void aLeadRejectsAnOpenOrderOnTheTakedownsPageWithAReason() {
        var order = asLead(() -> takedowns.recordLegalOrder(ContentKind.MOMENT, moment, Set.of("FR"),
                new LegalOrderRequest("Arcom", "ARCOM-REJ-" + moment, Instant.now(), null)));
        signInAs(Set.of(Role.LEAD_MODERATOR), "*");
        UI.getCurrent().navigate("takedowns");
        TakedownsView view = _get(TakedownsView.class);
        _setValue(view.orderStatus, LegalOrderStatus.OPEN.label());
        int row = GridRows.of(view.orders).stream().map(o -> o.id()).toList().indexOf(order.id());
        assertThat(row).isNotNegative();
        _click((Button) GridKt._getCellComponent(view.orders, row, "outcome"));
        RejectLegalOrderDialog dialog = _get(RejectLegalOrderDialog.class);

        // no reason: refused on the field, the order stays open, nothing audited
        _click(dialog.confirm);
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.reason.getErrorMessage()).contains("Give the reason");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(takedowns.openLegalOrdersOn(ContentKind.MOMENT, moment)).extracting(o -> o.id()).contains(order.id());
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'LEGAL_ORDER_REJECTED' and subject_id = ?")
                .param(String.valueOf(order.id())).query(Long.class).single()).isZero();

        _setValue(dialog.reason, "The order names a Moment we do not host in FR.");
        _click(dialog.confirm);
        assertThat(dialog.isOpened()).isFalse();
        _setValue(view.orderStatus, LegalOrderStatus.REJECTED.label());
        var rows = GridRows.of(view.orders);
        int rejected = rows.stream().map(o -> o.id()).toList().indexOf(order.id());
        assertThat(rows.get(rejected).status()).isEqualTo(LegalOrderStatus.REJECTED);
        assertThat(GridKt._getCellComponent(view.orders, rejected, "outcome").getElement().getTextRecursively())
                .contains("Rejected", "The order names a Moment we do not host in FR.");
    }

    @Test
    void aLeadRejectsAnOpenOrderOnTheItemPageAndSeesTheReasonThere() {
        asLead(() -> takedowns.recordLegalOrder(ContentKind.MOMENT, moment, Set.of("US"),
                new LegalOrderRequest("US court", "US-REJ-" + moment, Instant.now(), null)));
        signInAs(Set.of(Role.LEAD_MODERATOR), "*");
        UI.getCurrent().navigate("moments/" + moment);
        _click(_get(Button.class, spec -> spec.withText(RejectLegalOrderDialog.REJECT)));
        RejectLegalOrderDialog dialog = _get(RejectLegalOrderDialog.class);
        _setValue(dialog.reason, "Lawful speech in the US");
        _click(dialog.confirm);
        assertThat(_get(TakedownsPanel.class).getElement().getTextRecursively())
                .doesNotContain("Open legal order")
                .contains("Legal order US-REJ-" + moment, "Rejected", "Lawful speech in the US");
        assertThat(_find(Button.class, spec -> spec.withText(RejectLegalOrderDialog.REJECT))).isEmpty();
    }

    @Test
    void aModeratorSeesOpenOrdersButNoRejectAction() {
        var order = asLead(() -> takedowns.recordLegalOrder(ContentKind.MOMENT, moment, Set.of("BR"),
                new LegalOrderRequest("ANPD", "ANPD-" + moment, Instant.now(), null)));
        signInAs(Set.of(Role.MODERATOR), "BR");
        UI.getCurrent().navigate("moments/" + moment);
        assertThat(_get(TakedownsPanel.class).getElement().getTextRecursively()).contains("Open legal order ANPD-" + moment);
        assertThat(_find(Button.class, spec -> spec.withText(RejectLegalOrderDialog.REJECT))).isEmpty();

        UI.getCurrent().navigate("takedowns");
        TakedownsView view = _get(TakedownsView.class);
        int row = GridRows.of(view.orders).stream().map(o -> o.id()).toList().indexOf(order.id());
        assertThat(row).isNotNegative();
        assertThat(GridKt._getCellComponent(view.orders, row, "outcome")).isNotInstanceOf(Button.class);
    }

    private static <T> T asLead(java.util.function.Supplier<T> action) {
        AtomicReference<T> result = new AtomicReference<>();
        AsStaff.run("lead", Set.of(Role.LEAD_MODERATOR), Set.of("*"), () -> result.set(action.get()));
        return result.get();
    }

}
