package com.clipdesk.strike;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clipdesk.TestData;
import com.clipdesk.appeal.AppealDecided;
import com.clipdesk.appeal.AppealOutcome;
import com.clipdesk.appeal.AppealedDecision;
import com.clipdesk.audit.AuditLog;
import com.clipdesk.catalog.Episode;
import com.clipdesk.content.ContentKind;
import com.clipdesk.member.Member;
import com.clipdesk.shared.OutOfScopeException;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import com.clipdesk.support.TestClock;
import com.clipdesk.takedown.TakedownFixtures;
import com.clipdesk.takedown.TakedownService;
import com.clipdesk.takedown.TakedownView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/** Strikes from terms takedowns, their expiry on a test clock, thresholds, voids and who may. */
@SpringBootTest
@ActiveProfiles("test")
class StrikeServiceIT {

    private static final Set<Role> LEAD = Set.of(Role.LEAD_MODERATOR);
    private static final Set<Role> MODERATOR = Set.of(Role.MODERATOR);
    private static final Instant T0 = Instant.parse("2027-01-10T09:00:00Z");

    @Autowired
    TestData data;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    TakedownService takedowns;

    @Autowired
    StrikeService strikes;

    @Autowired
    AuditLog audit;

    @Autowired
    TestClock clock;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ApplicationContext context;

    Episode episode;
    Member creator;
    List<Long> moments = new ArrayList<>();

    @BeforeEach
    void fixtures() {
        clock.set(T0);
        data.markets("FR", "DE", "BR");
        episode = data.episode("Strike title " + System.nanoTime(), 1800);
        creator = data.member("FR");
        moments.clear();
        for (int i = 0; i < 6; i++) {
            moments.add(data.moment(episode, creator, "caption " + i, Set.of("FR", "DE")).getId());
        }
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theApplicationRunsOnTheTestClock() {
        assertThat(context.getBeansOfType(Clock.class)).as("ClockConfiguration backs off").hasSize(1);
        assertThat(context.getBean(Clock.class)).isSameAs(clock);
        assertThat(takedowns.now()).isEqualTo(T0);
    }

    @Test
    void aTermsTakedownGivesTheCreatorAStrikeAnIllegalOneDoesNot() {
        TakedownView terms = termsTakedown(0);
        as(LEAD, "*", () -> takedowns.takeDown(TakedownFixtures.inMarkets(ContentKind.MOMENT, moments.get(1), "DE")));

        MemberStrikes view = as(MODERATOR, "FR", () -> strikes.onMember(creator.getId()));
        assertThat(view.activeCount()).isEqualTo(1);
        assertThat(view.strikes()).singleElement().satisfies(s -> {
            assertThat(s.takedownId()).isEqualTo(terms.id());
            assertThat(s.itemKind()).isEqualTo(ContentKind.MOMENT);
            assertThat(s.itemId()).isEqualTo(moments.get(0));
            assertThat(s.clause()).isEqualTo("ToS 4.2 Harassment");
            assertThat(s.reasonCode()).isEqualTo("HARASSMENT");
            assertThat(s.issuedBy()).isEqualTo("lead");
            assertThat(s.issuedAt()).isEqualTo(T0);
            assertThat(s.expiresAt()).isEqualTo(T0.plus(Duration.ofDays(90)));
            assertThat(s.status()).isEqualTo(StrikeStatus.ACTIVE);
            assertThat(audit.lastEventAbout("STRIKE", s.id())).get()
                    .satisfies(e -> assertThat(e.getAction()).isEqualTo("STRIKE_ADDED"));
        });
        assertThat(view.nextThreshold()).isNotNull().satisfies(t -> assertThat(t.strikes()).isEqualTo(2));
    }

    @Test
    void strikesExpireOnTheClock() {
        termsTakedown(0);
        clock.advance(Duration.ofDays(30));
        termsTakedown(1);
        assertThat(read().activeCount()).isEqualTo(2);
        assertThat(read().activeExpiries()).containsExactly(T0.plus(Duration.ofDays(90)), T0.plus(Duration.ofDays(120)));

        clock.set(T0.plus(Duration.ofDays(90)).minusSeconds(1));
        assertThat(read().activeCount()).isEqualTo(2);
        clock.advance(Duration.ofSeconds(1));
        MemberStrikes later = read();
        assertThat(later.activeCount()).isEqualTo(1);
        assertThat(later.strikes()).extracting(StrikeView::status).containsExactly(StrikeStatus.ACTIVE, StrikeStatus.EXPIRED);

        // an expired strike no longer counts towards a threshold: the third takedown makes two, not three
        termsTakedown(2);
        assertThat(read().recommendations()).extracting(RestrictionView::code).containsExactly("WARNING");
    }

    @Test
    void thresholdsRecommendThenApplyAndNeverTwiceWhileInForce() {
        termsTakedown(0);
        assertThat(read().recommendations()).isEmpty();
        termsTakedown(1);
        assertThat(read().recommendations()).extracting(RestrictionView::code).containsExactly("WARNING");
        termsTakedown(2);
        MemberStrikes three = read();
        assertThat(three.recommendations()).as("the warning is superseded").extracting(RestrictionView::code)
                .containsExactly("SHARING_PAUSED");
        assertThat(three.past()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("WARNING");
            assertThat(r.status()).isEqualTo(RestrictionStatus.DISMISSED);
            assertThat(r.decidedBy()).isEqualTo("system");
            assertThat(r.note()).isEqualTo("Superseded by \"Sharing paused for 7 days\" at 3 active strikes");
        });
        assertThat(three.recommendations().getFirst().strikeCount()).isEqualTo(3);
        termsTakedown(3);
        assertThat(read().recommendations()).as("no second recommendation while one is pending").hasSize(1);

        RestrictionView paused = three.recommendations().getFirst();
        RestrictionView applied = as(LEAD, "*", () -> strikes.applyRecommendation(paused.id(), paused.version(), "Repeated harassment"));
        assertThat(applied.inForce()).isTrue();
        assertThat(applied.startsAt()).isEqualTo(T0);
        assertThat(applied.endsAt()).isEqualTo(T0.plus(Duration.ofDays(7)));
        assertThat(applied.decidedBy()).isEqualTo("lead");
        assertThat(audit.lastEventAbout("MEMBER_RESTRICTION", applied.id())).get()
                .satisfies(e -> assertThat(e.getAction()).isEqualTo("RESTRICTION_APPLIED"));
        assertThatThrownBy(() -> as(LEAD, "*", () -> strikes.applyRecommendation(paused.id(), applied.version(), null)))
                .isInstanceOf(InvalidStrikeException.class).hasMessageContaining("applied already");

        termsTakedown(4);
        MemberStrikes five = read();
        assertThat(five.inForce()).extracting(RestrictionView::code).containsExactlyInAnyOrder("SHARING_PAUSED",
                "SHARING_SUSPENDED");
        RestrictionView suspended = five.inForce().stream().filter(r -> r.code().equals("SHARING_SUSPENDED"))
                .findFirst().orElseThrow();
        assertThat(suspended.decidedBy()).isEqualTo("system");
        assertThat(suspended.endsAt()).isEqualTo(T0.plus(Duration.ofDays(30)));
        // the decision feed: a restriction.applied entry for each, the lead's and the automatic one
        List<String> payloads = jdbc.sql("select payload from feed_entry where type = 'restriction.applied' and "
                + "subject_kind = 'MEMBER' and subject_id = ? order by seq").param(creator.getId().toString())
                .query(String.class).list();
        assertThat(payloads).hasSize(2);
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        tools.jackson.databind.JsonNode byLead = json.readTree(payloads.get(0));
        assertThat(byLead.get("actor").get("kind").asString()).isEqualTo("staff");
        assertThat(byLead.get("decision").get("restrictionId").asLong()).isEqualTo(applied.id());
        assertThat(byLead.get("decision").get("code").asString()).isEqualTo("SHARING_PAUSED");
        assertThat(byLead.get("decision").get("until").asString()).isEqualTo(T0.plus(Duration.ofDays(7)).toString());
        assertThat(byLead.get("decision").get("strikes").asInt()).isEqualTo(3);
        tools.jackson.databind.JsonNode automatic = json.readTree(payloads.get(1));
        assertThat(automatic.get("actor").get("kind").asString()).isEqualTo("system");
        assertThat(automatic.get("decision").get("code").asString()).isEqualTo("SHARING_SUSPENDED");
        assertThat(automatic.get("decision").get("strikes").asInt()).isEqualTo(5);
        assertThat(automatic.get("decision").get("lastStrike").get("kind").asString()).isEqualTo("MOMENT");
        assertThat(automatic.get("decision").get("lastStrike").get("id").asString())
                .isEqualTo(moments.get(4).toString());
        assertThat(payloads.get(0) + payloads.get(1)).as("staff names stay inside Clipdesk").doesNotContain("\"lead\"");

        termsTakedown(5);
        assertThat(read().inForce()).as("not applied twice while in force")
                .filteredOn(r -> r.code().equals("SHARING_SUSPENDED")).hasSize(1);

        RestrictionView warning = three.past().getFirst();
        assertThatThrownBy(() -> as(LEAD, "*", () -> strikes.dismissRecommendation(warning.id(), warning.version(), "again")))
                .isInstanceOf(InvalidStrikeException.class).hasMessageContaining("dismissed already");
        RestrictionView lifted = as(Set.of(Role.ADMIN), "*", () -> strikes.liftRestriction(suspended.id(),
                suspended.version(), "Member's account was compromised"));
        assertThat(lifted.status()).isEqualTo(RestrictionStatus.LIFTED);
        assertThat(read().inForce()).extracting(RestrictionView::code).containsExactly("SHARING_PAUSED");
    }

    @Test
    void aRestrictionEndsOnTheClockAndMayThenBeAppliedAgain() {
        for (int i = 0; i < 5; i++) {
            termsTakedown(i);
        }
        assertThat(read().inForce()).extracting(RestrictionView::code).contains("SHARING_SUSPENDED");
        clock.advance(Duration.ofDays(30));
        assertThat(read().inForce()).extracting(RestrictionView::code).doesNotContain("SHARING_SUSPENDED");
        termsTakedown(5);
        assertThat(read().inForce()).extracting(RestrictionView::code).containsExactly("SHARING_SUSPENDED");
    }

    @Test
    void anOverturnedAppealVoidsTheStrikeOfItsTakedown() {
        TakedownView upheld = termsTakedown(0);
        TakedownView overturned = termsTakedown(1);
        appeal(76, upheld, AppealOutcome.UPHELD);
        appeal(77, overturned, AppealOutcome.OVERTURNED);

        MemberStrikes view = read();
        assertThat(view.activeCount()).isEqualTo(1);
        StrikeView voided = view.strikes().stream().filter(s -> s.takedownId() == overturned.id()).findFirst().orElseThrow();
        assertThat(voided.status()).isEqualTo(StrikeStatus.VOIDED);
        assertThat(voided.voidReason()).isEqualTo("Appeal #77 overturned the takedown");
        assertThat(voided.voidedBy()).isEqualTo("appeal-lead");
        assertThat(audit.lastEventAbout("STRIKE", voided.id())).get()
                .satisfies(e -> assertThat(e.getAction()).isEqualTo("STRIKE_VOIDED"));
    }

    @Test
    void aVoidWithdrawsARecommendationTheMemberNoLongerReachesAndRecommendsTheLowerOneAgain() {
        termsTakedown(0);
        termsTakedown(1);
        TakedownView third = termsTakedown(2);
        assertThat(read().recommendations()).extracting(RestrictionView::code).containsExactly("SHARING_PAUSED");

        appeal(78, third, AppealOutcome.OVERTURNED);

        MemberStrikes two = read();
        assertThat(two.activeCount()).isEqualTo(2);
        assertThat(two.recommendations()).as("two strikes reach the warning again").extracting(RestrictionView::code)
                .containsExactly("WARNING");
        assertThat(two.past()).filteredOn(r -> r.code().equals("SHARING_PAUSED")).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(RestrictionStatus.DISMISSED);
            assertThat(r.decidedBy()).isEqualTo("system");
            assertThat(r.note()).startsWith("Withdrawn: strike #").endsWith("was voided, 2 active strikes now");
        });
    }

    @Test
    void aLiftLeavesTheStrikeForALeadToVoidByHandOnce() {
        TakedownView t = termsTakedown(0);
        as(LEAD, "*", () -> takedowns.lift(t.id(), t.version(), "Cut was within fair use after all"));
        StrikeView strike = read().strikes().getFirst();
        assertThat(strike.status()).isEqualTo(StrikeStatus.ACTIVE);
        assertThat(strike.takedownLiftedAt()).isEqualTo(T0);

        assertThatThrownBy(() -> as(LEAD, "*", () -> strikes.voidStrike(strike.id(), strike.version(), " ")))
                .isInstanceOf(InvalidStrikeException.class).hasMessageContaining("Give the reason");
        StrikeView voided = as(LEAD, "*", () -> strikes.voidStrike(strike.id(), strike.version(), "Lifted as a mistake"));
        assertThat(voided.status()).isEqualTo(StrikeStatus.VOIDED);
        assertThat(voided.voidedBy()).isEqualTo("lead");
        assertThatThrownBy(() -> as(Set.of(Role.ADMIN), "*", () -> strikes.voidStrike(strike.id(), voided.version(), "again")))
                .isInstanceOf(InvalidStrikeException.class).hasMessageContaining("voided already");
        assertThat(read().activeCount()).isZero();
    }

    @Test
    void readersInTheMembersMarketReadOnlyLeadsAndAdminsDecide() {
        termsTakedown(0);
        termsTakedown(1);
        StrikeView strike = read().strikes().getFirst();
        RestrictionView warning = read().recommendations().getFirst();

        for (Role reader : List.of(Role.MODERATOR, Role.AUDITOR)) {
            MemberStrikes view = as(Set.of(reader), "FR", () -> strikes.onMember(creator.getId()));
            assertThat(view.activeCount()).isEqualTo(2);
            assertThat(view.mayDecide()).isFalse();
            assertThatThrownBy(() -> as(Set.of(reader), "FR", () -> strikes.voidStrike(strike.id(), strike.version(), "x")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(Set.of(reader), "FR", () -> strikes.applyRecommendation(warning.id(), warning.version(), null)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(Set.of(reader), "FR", () -> strikes.dismissRecommendation(warning.id(), warning.version(), null)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(Set.of(reader), "FR", () -> strikes.liftRestriction(warning.id(), warning.version(), "x")))
                    .isInstanceOf(AccessDeniedException.class);
        }
        for (Role other : List.of(Role.CURATOR, Role.POLICY_ADMIN)) {
            assertThatThrownBy(() -> as(Set.of(other), "*", () -> strikes.onMember(creator.getId())))
                    .isInstanceOf(AccessDeniedException.class);
        }
        // outside the member's home market: neither read nor decide
        assertThatThrownBy(() -> as(MODERATOR, "BR", () -> strikes.onMember(creator.getId())))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> as(LEAD, "DE", () -> strikes.voidStrike(strike.id(), strike.version(), "x")))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> as(LEAD, "DE", () -> strikes.applyRecommendation(warning.id(), warning.version(), null)))
                .isInstanceOf(OutOfScopeException.class);
        assertThat(read().strikes().getFirst().status()).isEqualTo(StrikeStatus.ACTIVE);

        assertThat(as(LEAD, "FR", () -> strikes.onMember(creator.getId())).mayDecide()).isTrue();
        RestrictionView dismissed = as(LEAD, "FR", () -> strikes.dismissRecommendation(warning.id(), warning.version(),
                "First offence in years"));
        assertThat(dismissed.status()).isEqualTo(RestrictionStatus.DISMISSED);
        assertThat(dismissed.note()).isEqualTo("First offence in years");
        assertThat(read().recommendations()).isEmpty();
        assertThat(as(Set.of(Role.ADMIN), "FR", () -> strikes.voidStrike(strike.id(), strike.version(), "ok")).status())
                .isEqualTo(StrikeStatus.VOIDED);
    }

    private TakedownView termsTakedown(int moment) {
        return as(LEAD, "*", () -> takedowns.takeDown(TakedownFixtures.everywhere(ContentKind.MOMENT, moments.get(moment))));
    }

    private MemberStrikes read() {
        return as(Set.of(Role.AUDITOR), "*", () -> strikes.onMember(creator.getId()));
    }

    private void appeal(long appealId, TakedownView t, AppealOutcome outcome) {
        AsStaff.run("appeal-lead", LEAD, Set.of("*"), () -> tx.executeWithoutResult(status -> publisher.publishEvent(
                new AppealDecided(appealId, AppealedDecision.TAKEDOWN, t.id(), t.kind(), t.itemId(), creator.getId(),
                        outcome, true, t.markets(), outcome == AppealOutcome.OVERTURNED ? Set.of() : t.markets(),
                        t.reasonCode(), "Decided on appeal", "appeal-lead", clock.instant(), t.markets()))));
    }

    private static <T> T as(Set<Role> roles, String market, Supplier<T> action) {
        AtomicReference<T> result = new AtomicReference<>();
        String username = roles.contains(Role.LEAD_MODERATOR) ? "lead" : "test-" + roles;
        AsStaff.run(username, roles, Set.of(market), () -> result.set(action.get()));
        return result.get();
    }
}
