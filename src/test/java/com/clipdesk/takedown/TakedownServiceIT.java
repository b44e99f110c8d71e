package com.clipdesk.takedown;

import static com.clipdesk.takedown.TakedownFixtures.everywhere;
import static com.clipdesk.takedown.TakedownFixtures.inMarkets;
import static com.clipdesk.takedown.TakedownFixtures.withOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clipdesk.TestData;
import com.clipdesk.audit.AuditLog;
import com.clipdesk.catalog.Episode;
import com.clipdesk.content.ContentKind;
import com.clipdesk.content.ContentModeration;
import com.clipdesk.content.ContentVisibilityChanged;
import com.clipdesk.content.MarketBlocks;
import com.clipdesk.member.Member;
import com.clipdesk.shared.ConcurrentEditException;
import com.clipdesk.shared.OutOfScopeException;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Takedowns: scopes, narrowing, lifting, who may, conflicts, history, audit and events. */
@SpringBootTest
@ActiveProfiles("test")
@RecordApplicationEvents
class TakedownServiceIT {

    private static final Set<Role> LEAD = Set.of(Role.LEAD_MODERATOR);
    private static final Set<Role> MODERATOR = Set.of(Role.MODERATOR);

    @Autowired
    TestData data;

    @Autowired
    TakedownService takedowns;

    @Autowired
    ContentModeration moderation;

    @Autowired
    AuditLog audit;

    @Autowired
    ApplicationEvents events;

    long moment;
    long submission;
    long message;

    @BeforeEach
    void fixtures() {
        data.markets("BR", "MX", "FR", "DE", "US");
        Episode episode = data.episode("Takedown title " + System.nanoTime(), 1800);
        Member creator = data.member("FR");
        moment = data.moment(episode, creator, "caption", Set.of("BR", "FR", "DE", "US")).getId();
        submission = data.submission(episode, creator, "theory", Set.of("FR", "DE")).getId();
        message = data.message(data.party(episode, creator, "DE"), creator, "chat line", "de", 5).getId();
    }

    @Test
    void aTakedownInOneMarketHidesTheItemThereOnlyAndIsAuditedAndPublished() {
        TakedownView view = as(LEAD, "*", () -> takedowns.takeDown(inMarkets(ContentKind.MOMENT, moment, "FR")));

        assertThat(moderation.hiddenIn(ContentKind.MOMENT, moment)).containsExactly("FR");
        assertThat(view.badge()).isEqualTo("Taken down in FR");
        assertThat(view.history()).extracting(TakedownHistoryLine::action).containsExactly(TakedownAction.APPLIED);
        assertThat(view.decidedBy()).isEqualTo("lead");
        assertThat(audit.lastEventAbout("TAKEDOWN", view.id())).get()
                .satisfies(e -> {
                    assertThat(e.getAction()).isEqualTo("TAKEDOWN_APPLIED");
                    assertThat(e.getActor()).isEqualTo("lead");
                    assertThat(e.getSummary()).contains("in FR", "StGB § 130");
                });
        assertThat(events.stream(TakedownApplied.class).filter(e -> e.takedownId() == view.id()))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.markets()).containsExactly("FR");
                    assertThat(e.ground()).isEqualTo(Ground.ILLEGAL);
                    assertThat(e.reasonCode()).isEqualTo("HATE_SPEECH");
                    assertThat(e.decidedBy()).isEqualTo("lead");
                });
        assertThat(events.stream(ContentVisibilityChanged.class).filter(e -> e.id() == moment)).hasSize(1);
    }

    @Test
    void everywhereBlocksEveryMarketOfEveryKind() {
        as(LEAD, "*", () -> takedowns.takeDown(everywhere(ContentKind.FANDOM_SUBMISSION, submission)));
        as(LEAD, "*", () -> takedowns.takeDown(everywhere(ContentKind.WATCH_PARTY_MESSAGE, message)));
        assertThat(moderation.hiddenIn(ContentKind.FANDOM_SUBMISSION, submission)).containsExactly(MarketBlocks.EVERYWHERE);
        assertThat(moderation.hiddenIn(ContentKind.WATCH_PARTY_MESSAGE, message)).containsExactly(MarketBlocks.EVERYWHERE);
    }

    @Test
    void aScopedModeratorActsOnlyInTheirMarkets() {
        String[] brMx = {"BR", "MX"};
        assertThatThrownBy(() -> as(MODERATOR, brMx, () -> takedowns.takeDown(everywhere(ContentKind.MOMENT, moment))))
                .isInstanceOf(InvalidTakedownException.class)
                .hasMessageContaining("needs all its markets")
                .hasMessageContaining("DE, FR, US are not");
        assertThatThrownBy(() -> as(MODERATOR, brMx, () -> takedowns.takeDown(inMarkets(ContentKind.MOMENT, moment, "FR"))))
                .isInstanceOf(InvalidTakedownException.class)
                .hasMessageContaining("FR is not in your markets");
        assertThatThrownBy(() -> as(MODERATOR, brMx,
                () -> takedowns.takeDown(inMarkets(ContentKind.FANDOM_SUBMISSION, submission, "FR"))))
                .isInstanceOf(OutOfScopeException.class);

        as(MODERATOR, brMx, () -> takedowns.takeDown(inMarkets(ContentKind.MOMENT, moment, "BR")));
        assertThat(moderation.hiddenIn(ContentKind.MOMENT, moment)).containsExactly("BR");
        // a moderator with every market of the item may take it down everywhere
        as(MODERATOR, new String[] {"DE"}, () -> takedowns.takeDown(everywhere(ContentKind.WATCH_PARTY_MESSAGE, message)));
    }

    @Test
    void curatorsAndAuditorsTakeNothingDown() {
        for (Role role : List.of(Role.CURATOR, Role.AUDITOR, Role.POLICY_ADMIN)) {
            assertThatThrownBy(() -> as(Set.of(role), "*", () -> takedowns.takeDown(inMarkets(ContentKind.MOMENT, moment, "FR"))))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(moderation.hiddenIn(ContentKind.MOMENT, moment)).isEmpty();
    }

    @Test
    void onlyLeadsAndAdminsNarrowAndLift() {
        TakedownView view = as(MODERATOR, new String[] {"BR", "MX"},
                () -> takedowns.takeDown(inMarkets(ContentKind.MOMENT, moment, "BR")));
        assertThatThrownBy(() -> as(MODERATOR, new String[] {"BR", "MX"},
                () -> takedowns.lift(view.id(), view.version(), "mistake")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(moderation.hiddenIn(ContentKind.MOMENT, moment)).containsExactly("BR");

        TakedownView lifted = as(Set.of(Role.ADMIN), "*", () -> takedowns.lift(view.id(), view.version(), "Court ruled it lawful"));
        assertThat(lifted.status()).isEqualTo(TakedownStatus.LIFTED);
        assertThat(moderation.hiddenIn(ContentKind.MOMENT, moment)).isEmpty();
        assertThat(lifted.history()).extracting(TakedownHistoryLine::action)
                .containsExactly(TakedownAction.APPLIED, TakedownAction.LIFTED);
        assertThat(lifted.history().get(1).reason()).isEqualTo("Court ruled it lawful");
        assertThat(events.stream(TakedownChanged.class).filter(e -> e.takedownId() == view.id()))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.change()).isEqualTo(TakedownAction.LIFTED);
                    assertThat(e.marketsBefore()).containsExactly("BR");
                    assertThat(e.marketsAfter()).isEmpty();
                });
        assertThatThrownBy(() -> as(LEAD, "*", () -> takedowns.lift(view.id(), lifted.version(), "again")))
                .isInstanceOf(InvalidTakedownException.class)
                .hasMessageContaining("lifted already");
    }

    @Test
    void narrowingEverywhereToOneMarketShowsTheItemElsewhereAgain() {
        TakedownView view = as(LEAD, "*", () -> takedowns.takeDown(everywhere(ContentKind.MOMENT, moment)));
        assertThat(moderation.hiddenIn(ContentKind.MOMENT, moment)).containsExactly(MarketBlocks.EVERYWHERE);

        TakedownView narrowed = as(LEAD, "*", () -> takedowns.narrow(view.id(), view.version(), Set.of("DE"),
                "Only unlawful in Germany"));
        assertThat(narrowed.everywhere()).isFalse();
        assertThat(narrowed.markets()).containsExactly("DE");
        assertThat(moderation.hiddenIn(ContentKind.MOMENT, moment)).containsExactly("DE");
        assertThat(narrowed.history()).extracting(TakedownHistoryLine::action, TakedownHistoryLine::markets)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TakedownAction.APPLIED, "everywhere"),
                        org.assertj.core.groups.Tuple.tuple(TakedownAction.NARROWED, "DE"));
        assertThat(audit.lastEventAbout("TAKEDOWN", view.id())).get()
                .satisfies(e -> assertThat(e.getSummary()).contains("from everywhere to DE", "Only unlawful in Germany"));

        assertThatThrownBy(() -> as(LEAD, "*", () -> takedowns.narrow(view.id(), narrowed.version(), Set.of("DE"), "same")))
                .isInstanceOf(InvalidTakedownException.class);
        assertThatThrownBy(() -> as(LEAD, "*", () -> takedowns.narrow(view.id(), narrowed.version(), Set.of(), "none")))
                .isInstanceOf(InvalidTakedownException.class)
                .hasMessageContaining("lift");
    }

    @Test
    void overlappingTakedownsHoldTheirOwnMarkets() {
        TakedownView de = as(LEAD, "*", () -> takedowns.takeDown(inMarkets(ContentKind.MOMENT, moment, "DE")));
        TakedownView fr = as(LEAD, "*", () -> takedowns.takeDown(inMarkets(ContentKind.MOMENT, moment, "FR", "DE")));
        assertThat(moderation.hiddenIn(ContentKind.MOMENT, moment)).containsExactlyInAnyOrder("DE", "FR");
        as(LEAD, "*", () -> takedowns.lift(fr.id(), fr.version(), "FR court lifted its order"));
        assertThat(moderation.hiddenIn(ContentKind.MOMENT, moment)).containsExactly("DE");
        assertThatThrownBy(() -> as(LEAD, "*", () -> takedowns.takeDown(inMarkets(ContentKind.MOMENT, moment, "DE"))))
                .isInstanceOf(InvalidTakedownException.class)
                .hasMessageContaining("already");
        assertThat(as(LEAD, "*", () -> takedowns.onItem(ContentKind.MOMENT, moment)))
                .extracting(TakedownView::id).containsExactly(fr.id(), de.id());
    }

    @Test
    void aStaleVersionIsAConflictWithAClearMessageAndChangesNothing() {
        TakedownView view = as(LEAD, "*", () -> takedowns.takeDown(inMarkets(ContentKind.MOMENT, moment, "FR", "DE")));
        as(Set.of(Role.ADMIN), "*", () -> takedowns.narrow(view.id(), view.version(), Set.of("FR"), "DE court"));
        assertThatThrownBy(() -> as(LEAD, "*", () -> takedowns.lift(view.id(), view.version(), "lift")))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessage("Takedown #" + view.id() + " was changed by test-[ADMIN] since you opened it. "
                        + "Nothing was saved; it has been reloaded.");
        assertThat(moderation.hiddenIn(ContentKind.MOMENT, moment)).containsExactly("FR");
    }

    @Test
    void badInputWritesNothing() {
        var noExplanation = new TakedownRequest(ContentKind.MOMENT, moment, false, Set.of("FR"), "HATE_SPEECH",
                Ground.ILLEGAL, "StGB § 130", "  ", null);
        var noLaw = new TakedownRequest(ContentKind.MOMENT, moment, false, Set.of("FR"), "HATE_SPEECH", Ground.ILLEGAL,
                null, "why", null);
        var keepCode = new TakedownRequest(ContentKind.MOMENT, moment, false, Set.of("FR"), "NO_VIOLATION",
                Ground.TERMS, "ToS 1", "why", null);
        var unlisted = new TakedownRequest(ContentKind.MOMENT, moment, false, Set.of("MX"), "HATE_SPEECH",
                Ground.TERMS, "ToS 1", "why", null);
        var orderWithoutAuthority = withOrder(ContentKind.MOMENT, moment,
                new LegalOrderRequest(" ", "REF-1", Instant.now(), null), "DE");
        assertField(noExplanation, "explanation");
        assertField(noLaw, "groundReference");
        assertField(keepCode, "reasonCode");
        assertField(unlisted, "markets");
        assertField(orderWithoutAuthority, "authority");
        assertThat(moderation.hiddenIn(ContentKind.MOMENT, moment)).isEmpty();
        assertThat(as(LEAD, "*", () -> takedowns.onItem(ContentKind.MOMENT, moment))).isEmpty();
    }

    @Test
    void aLegalOrderGetsOneHourByDefaultAndIsFulfilledByItsTakedown() {
        Instant received = Instant.now().minus(Duration.ofMinutes(10));
        TakedownView view = as(LEAD, "*", () -> takedowns.takeDown(withOrder(ContentKind.MOMENT, moment,
                new LegalOrderRequest("Bundesamt für Justiz", "BfJ-2026-0042", received, null), "DE")));
        assertThat(view.legalOrder()).isNotNull();
        assertThat(view.legalOrder().deadline()).isEqualTo(received.plus(Duration.ofHours(1)));
        assertThat(view.legalOrder().status()).isEqualTo(LegalOrderStatus.FULFILLED);
        assertThat(view.legalOrder().closedLate()).isFalse();
        assertThat(events.stream(TakedownApplied.class).filter(e -> e.takedownId() == view.id()))
                .singleElement().satisfies(e -> assertThat(e.legalOrderId()).isEqualTo(view.legalOrder().id()));
    }

    @Test
    void openOrdersPastTheirDeadlineAreOverdueUntilFulfilledOrRejected() {
        Instant received = Instant.now().minus(Duration.ofHours(2));
        LegalOrderView late = as(LEAD, "*", () -> takedowns.recordLegalOrder(ContentKind.MOMENT, moment, Set.of("FR"),
                new LegalOrderRequest("Arcom", "ARCOM-" + moment, received, null)));
        LegalOrderView fresh = as(LEAD, "*", () -> takedowns.recordLegalOrder(ContentKind.MOMENT, moment, Set.of("DE"),
                new LegalOrderRequest("BfJ", "BFJ-" + moment, Instant.now(), null)));
        List<Long> overdue = as(LEAD, "*", () -> takedowns.legalOrders(new LegalOrderFilter(null, true), 0, 500))
                .stream().map(LegalOrderView::id).toList();
        assertThat(overdue).contains(late.id()).doesNotContain(fresh.id());

        TakedownView done = as(LEAD, "*", () -> takedowns.fulfil(late.id(), late.version(), "HATE_SPEECH",
                Ground.ILLEGAL, "Loi 2004-575 art. 6", "Order of Arcom"));
        assertThat(done.legalOrder().status()).isEqualTo(LegalOrderStatus.FULFILLED);
        assertThat(done.legalOrder().closedLate()).isTrue();
        assertThat(moderation.hiddenIn(ContentKind.MOMENT, moment)).containsExactly("FR");

        assertThatThrownBy(() -> as(MODERATOR, new String[] {"DE"}, () -> takedowns.rejectLegalOrder(fresh.id(),
                fresh.version(), "not illegal"))).isInstanceOf(AccessDeniedException.class);
        LegalOrderView rejected = as(LEAD, "*", () -> takedowns.rejectLegalOrder(fresh.id(), fresh.version(),
                "Satire, lawful under German law"));
        assertThat(rejected.status()).isEqualTo(LegalOrderStatus.REJECTED);
        assertThat(as(LEAD, "*", () -> takedowns.legalOrders(new LegalOrderFilter(null, true), 0, 500)))
                .extracting(LegalOrderView::id).doesNotContain(late.id(), fresh.id());
    }

    @Test
    void anyTakedownCoveringAnOpenOrdersMarketsFulfilsIt() {
        LegalOrderView de = as(MODERATOR, new String[] {"DE"}, () -> takedowns.recordLegalOrder(ContentKind.MOMENT,
                moment, Set.of("DE"), new LegalOrderRequest("BfJ", "BFJ-A-" + moment, Instant.now(), null)));
        assertThat(de.status()).isEqualTo(LegalOrderStatus.OPEN);
        assertThat(as(LEAD, "*", () -> takedowns.openLegalOrdersOn(ContentKind.MOMENT, moment)))
                .extracting(LegalOrderView::id).containsExactly(de.id());

        TakedownView view = as(LEAD, "*", () -> takedowns.takeDown(inMarkets(ContentKind.MOMENT, moment, "DE", "FR")));
        assertThat(view.legalOrder()).isNotNull();
        assertThat(view.legalOrder().id()).isEqualTo(de.id());
        assertThat(view.legalOrder().status()).isEqualTo(LegalOrderStatus.FULFILLED);
        assertThat(as(LEAD, "*", () -> takedowns.openLegalOrdersOn(ContentKind.MOMENT, moment))).isEmpty();

        // an order for markets already taken down is fulfilled by the takedown in force at once
        LegalOrderView late = as(LEAD, "*", () -> takedowns.recordLegalOrder(ContentKind.MOMENT, moment, Set.of("FR"),
                new LegalOrderRequest("Arcom", "ARCOM-B-" + moment, Instant.now(), null)));
        assertThat(late.status()).isEqualTo(LegalOrderStatus.FULFILLED);
        assertThat(late.takedownId()).isEqualTo(view.id());
    }

    @Test
    void theListIsLimitedToTheStaffMembersMarketsAndFiltered() {
        TakedownView fr = as(LEAD, "*", () -> takedowns.takeDown(inMarkets(ContentKind.MOMENT, moment, "FR")));
        TakedownView br = as(LEAD, "*", () -> takedowns.takeDown(inMarkets(ContentKind.MOMENT, moment, "BR")));
        List<Long> brMx = as(MODERATOR, new String[] {"BR", "MX"},
                () -> takedowns.find(TakedownFilter.none(), 0, 500)).stream().map(TakedownView::id).toList();
        assertThat(brMx).contains(br.id()).doesNotContain(fr.id());
        List<Long> inFr = as(LEAD, "*", () -> takedowns.find(new TakedownFilter(TakedownStatus.ACTIVE, "FR", Ground.ILLEGAL),
                0, 500)).stream().map(TakedownView::id).toList();
        assertThat(inFr).contains(fr.id()).doesNotContain(br.id());
        assertThat(as(LEAD, "*", () -> takedowns.count(new TakedownFilter(null, "FR", null)))).isGreaterThanOrEqualTo(1);
        assertThatThrownBy(() -> as(Set.of(Role.CURATOR), "*", () -> takedowns.find(TakedownFilter.none(), 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void assertField(TakedownRequest request, String field) {
        assertThatThrownBy(() -> as(LEAD, "*", () -> takedowns.takeDown(request)))
                .isInstanceOfSatisfying(InvalidTakedownException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void liftingNeedsARecentSignInAndAStaleOneChangesNothing() {
        TakedownView view = as(LEAD, "*", () -> takedowns.takeDown(inMarkets(ContentKind.MOMENT, moment, "FR")));

        assertThatThrownBy(() -> AsStaff.runSignedInAgo(java.time.Duration.ofHours(2), "lead", LEAD, Set.of("*"),
                () -> takedowns.lift(view.id(), view.version(), "Court ruled it lawful")))
                .isInstanceOf(com.clipdesk.staff.RecentSignInRequiredException.class)
                .hasMessageStartingWith("Lifting a takedown needs you to sign in again: you signed in 2 h ago");
        assertThat(moderation.hiddenIn(ContentKind.MOMENT, moment)).as("still taken down").containsExactly("FR");
        assertThat(takedowns.decision(view.id())).get().satisfies(t -> {
            assertThat(t.active()).isTrue();
            assertThat(t.version()).isEqualTo(view.version());
        });
        assertThat(audit.lastEventAbout("TAKEDOWN", view.id())).get()
                .extracting(e -> e.getAction()).isEqualTo("TAKEDOWN_APPLIED");

        // signed in 5 minutes ago: within the 10-minute window
        AsStaff.runSignedInAgo(java.time.Duration.ofMinutes(5), "lead", LEAD, Set.of("*"),
                () -> takedowns.lift(view.id(), view.version(), "Court ruled it lawful"));
        assertThat(moderation.hiddenIn(ContentKind.MOMENT, moment)).isEmpty();
        assertThat(audit.lastEventAbout("TAKEDOWN", view.id())).get()
                .extracting(e -> e.getAction()).isEqualTo("TAKEDOWN_LIFTED");
    }

    private static <T> T as(Set<Role> roles, String market, Supplier<T> action) {
        return as(roles, new String[] {market}, action);
    }

    private static <T> T as(Set<Role> roles, String[] markets, Supplier<T> action) {
        AtomicReference<T> result = new AtomicReference<>();
        String name = roles.contains(Role.LEAD_MODERATOR) ? "lead" : "test-" + roles;
        AsStaff.run(name, roles, Set.of(markets), () -> result.set(action.get()));
        return result.get();
    }
}
