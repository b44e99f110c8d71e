package com.clipdesk.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clipdesk.TestData;
import com.clipdesk.audit.AuditLog;
import com.clipdesk.catalog.Episode;
import com.clipdesk.content.ContentKind;
import com.clipdesk.content.ContentModeration;
import com.clipdesk.content.ContentState;
import com.clipdesk.member.Member;
import com.clipdesk.report.ReportReason;
import com.clipdesk.review.CaseFixtures;
import com.clipdesk.review.Decision;
import com.clipdesk.review.Disposition;
import com.clipdesk.review.ReviewService;
import com.clipdesk.shared.ConcurrentEditException;
import com.clipdesk.shared.OutOfScopeException;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import com.clipdesk.takedown.Ground;
import com.clipdesk.takedown.TakedownRequest;
import com.clipdesk.takedown.TakedownService;
import com.clipdesk.takedown.TakedownStatus;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Appeals: filed by the member app (only by the item's creator) or recorded by staff, decided once by
 * someone other than the original decider; overturning lifts the takedown or restores the item,
 * narrowing keeps the takedown in fewer markets; overturn rates per reason code; who may.
 */
@SpringBootTest
@ActiveProfiles("test")
@RecordApplicationEvents
class AppealServiceIT {

    private static final Set<Role> LEAD = Set.of(Role.LEAD_MODERATOR);
    private static final Set<Role> MODERATOR = Set.of(Role.MODERATOR);

    @Autowired
    TestData data;

    @Autowired
    AppealService appeals;

    @Autowired
    TakedownService takedowns;

    @Autowired
    ContentModeration moderation;

    @Autowired
    ReviewService review;

    @Autowired
    CaseFixtures cases;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    Member creator;
    long moment;
    String reasonCode;

    @BeforeEach
    void fixtures() {
        data.markets("BR", "FR", "DE", "US");
        Episode episode = data.episode("Appeal title " + System.nanoTime(), 1800);
        creator = data.member("FR");
        moment = data.moment(episode, creator, "appealed caption", Set.of("BR", "FR", "DE", "US")).getId();
        // a code of its own per test, so overturn rates count this test's appeals only
        reasonCode = "HARASSMENT";
    }

    @Test
    void theMembersAppealOverturnedByAnotherLeadLiftsTheTakedownAndIsPublished() {
        long takedown = takeDown("lead", false, "FR");
        assertThat(moderation.hiddenIn(ContentKind.MOMENT, moment)).containsExactly("FR");

        AppealView filed = appeals.fileFromApp(new AppealRequest(AppealedDecision.TAKEDOWN, takedown,
                creator.getHandle(), null, "It is a parody, not harassment.", null));
        assertThat(filed.status()).isEqualTo(AppealStatus.OPEN);
        assertThat(filed.channel()).isEqualTo(AppealChannel.APP);
        assertThat(filed.appellantHandle()).isEqualTo(creator.getHandle());
        assertThat(filed.originalDecider()).isEqualTo("lead");
        assertThat(audit.lastEventAbout("APPEAL", filed.id())).get()
                .satisfies(e -> assertThat(e.getAction()).isEqualTo("APPEAL_FILED"));

        // four-eyes: the lead who took it down may not decide
        assertThatThrownBy(() -> as("lead", LEAD, "*", () -> appeals.decide(filed.id(), filed.version(),
                AppealOutcome.OVERTURNED, Set.of(), "Parody is allowed.")))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("four-eyes");

        AppealView decided = as("lead-two", LEAD, "*", () -> appeals.decide(filed.id(), filed.version(),
                AppealOutcome.OVERTURNED, Set.of(), "Parody is allowed under ToS 4.2."));

        assertThat(decided.outcome()).isEqualTo(AppealOutcome.OVERTURNED);
        assertThat(decided.decidedBy()).isEqualTo("lead-two");
        assertThat(moderation.hiddenIn(ContentKind.MOMENT, moment)).isEmpty();
        assertThat(takedowns.decision(takedown).orElseThrow().status()).isEqualTo(TakedownStatus.LIFTED);
        assertThat(takedowns.decision(takedown).orElseThrow().history()).last()
                .satisfies(h -> assertThat(h.reason()).contains("Appeal #" + filed.id() + " overturned"));
        assertThat(events.stream(AppealDecided.class).filter(e -> e.appealId() == filed.id())).singleElement()
                .satisfies(e -> {
                    assertThat(e.outcome()).isEqualTo(AppealOutcome.OVERTURNED);
                    assertThat(e.appellantId()).isEqualTo(creator.getId());
                    assertThat(e.marketsBefore()).containsExactly("FR");
                    assertThat(e.marketsAfter()).isEmpty();
                    assertThat(e.reasonCode()).isEqualTo(reasonCode);
                });
        assertThat(audit.lastEventAbout("APPEAL", filed.id())).get()
                .satisfies(e -> {
                    assertThat(e.getAction()).isEqualTo("APPEAL_DECIDED");
                    assertThat(e.getActor()).isEqualTo("lead-two");
                });

        // the member hears of it once: the appeal's outcome, not also the lift it carried out
        assertThat(jdbc.sql("select kind from member_notice where item_kind = 'MOMENT' and item_id = ? order by id")
                .param(moment).query(String.class).list())
                .containsExactly("TAKEN_DOWN", "APPEAL_OVERTURNED");
        // the decision feed: one appeal.decided entry with the appeal, what it changed and the member's notice
        String payload = jdbc.sql("select payload from feed_entry where type = 'appeal.decided' and subject_kind = "
                + "'MOMENT' and subject_id = ?").param(Long.toString(moment)).query(String.class).single();
        tools.jackson.databind.JsonNode p = tools.jackson.databind.json.JsonMapper.builder().build().readTree(payload);
        assertThat(p.get("type").asString()).isEqualTo("appeal.decided");
        assertThat(p.get("markets").toString()).isEqualTo("[\"FR\"]");
        assertThat(p.get("actor").get("kind").asString()).isEqualTo("staff");
        tools.jackson.databind.JsonNode d = p.get("decision");
        assertThat(d.get("appealId").asLong()).isEqualTo(filed.id());
        assertThat(d.get("appealed").asString()).isEqualTo("TAKEDOWN");
        assertThat(d.get("appealedId").asLong()).isEqualTo(takedown);
        assertThat(d.get("outcome").asString()).isEqualTo("OVERTURNED");
        assertThat(d.get("appellant").get("id").asString()).isEqualTo(creator.getId().toString());
        assertThat(d.get("marketsBefore").toString()).isEqualTo("[\"FR\"]");
        assertThat(d.get("marketsAfter").toString()).isEqualTo("[]");
        assertThat(d.get("explanation").asString()).isEqualTo("Parody is allowed under ToS 4.2.");
        assertThat(p.get("notices")).singleElement()
                .satisfies(n -> assertThat(n.get("kind").asString()).isEqualTo("APPEAL_OVERTURNED"));
        assertThat(payload).as("staff names stay inside Clipdesk").doesNotContain("lead-two");
        // strikes: the terms takedown gave one, the overturn voided it
        assertThat(jdbc.sql("select count(*) from strike where takedown_id = ? and voided_at is not null")
                .param(takedown).query(Integer.class).single()).isEqualTo(1);

        // decided once
        assertThatThrownBy(() -> as("admin", Set.of(Role.ADMIN), "*", () -> appeals.decide(filed.id(),
                decided.version(), AppealOutcome.UPHELD, Set.of(), "again")))
                .isInstanceOf(InvalidAppealException.class).hasMessageContaining("decided already");
    }

    @Test
    void narrowingKeepsTheTakedownInTheChosenMarketsOnly() {
        long takedown = takeDown("lead", false, "FR", "DE");
        AppealView filed = as("fr-moderator", MODERATOR, "FR", () -> appeals.record(new AppealRequest(
                AppealedDecision.TAKEDOWN, takedown, null, AppealChannel.EMAIL, "Only German law forbids this.",
                null)));
        assertThat(filed.recordedBy()).isEqualTo("fr-moderator");
        assertThat(filed.appellantId()).isEqualTo(creator.getId());

        assertThatThrownBy(() -> as("lead-two", LEAD, "*", () -> appeals.decide(filed.id(), filed.version(),
                AppealOutcome.MODIFIED, Set.of("FR", "DE"), "all of them")))
                .isInstanceOf(InvalidAppealException.class).hasMessageContaining("not all of them");
        assertThatThrownBy(() -> as("lead-two", LEAD, "*", () -> appeals.decide(filed.id(), filed.version(),
                AppealOutcome.MODIFIED, Set.of("US"), "elsewhere")))
                .isInstanceOf(InvalidAppealException.class);

        AppealView decided = as("lead-two", LEAD, "*", () -> appeals.decide(filed.id(), filed.version(),
                AppealOutcome.MODIFIED, Set.of("DE"), "Illegal in Germany only."));
        assertThat(decided.marketsAfter()).containsExactly("DE");
        assertThat(moderation.hiddenIn(ContentKind.MOMENT, moment)).containsExactly("DE");
        assertThat(takedowns.decision(takedown).orElseThrow().status()).isEqualTo(TakedownStatus.ACTIVE);
    }

    @Test
    void upholdingChangesNothingOnTheItem() {
        long takedown = takeDown("lead", false, "FR");
        AppealView filed = appeals.fileFromApp(new AppealRequest(AppealedDecision.TAKEDOWN, takedown,
                creator.getHandle(), null, "Please reconsider.", null));
        AppealView decided = as("admin", Set.of(Role.ADMIN), "*", () -> appeals.decide(filed.id(), filed.version(),
                AppealOutcome.UPHELD, Set.of(), "The clip targets a member by name."));
        assertThat(decided.outcome()).isEqualTo(AppealOutcome.UPHELD);
        assertThat(decided.marketsAfter()).containsExactly("FR");
        assertThat(moderation.hiddenIn(ContentKind.MOMENT, moment)).containsExactly("FR");
    }

    @Test
    void overturningAReviewRemovalRestoresTheItem() {
        long caseId = cases.reportedMoments(1, Set.of("FR"), "FR", ReportReason.SPAM).getFirst();
        long item = jdbc.sql("select subject_id from review_case where id = ?").param(caseId).query(Long.class).single();
        String author = jdbc.sql("select m.handle from moment o join member m on m.id = o.creator_id where o.id = ?")
                .param(item).query(String.class).single();
        as("ana", MODERATOR, "FR", () -> {
            var work = review.open(caseId);
            return review.decide(caseId, work.version(), new Decision(Disposition.REMOVE, false, "HARASSMENT",
                    "insults"));
        });
        long decision = jdbc.sql("select id from review_decision where case_id = ?").param(caseId).query(Long.class)
                .single();
        assertThat(moderation.reviewFacts(ContentKind.MOMENT, item).state()).isEqualTo(ContentState.REMOVED);

        AppealView filed = appeals.fileFromApp(new AppealRequest(AppealedDecision.REVIEW_DECISION, decision, author,
                null, "I was quoting the show.", null));
        assertThat(filed.originalDecider()).isEqualTo("ana");
        assertThatThrownBy(() -> as("lead-two", LEAD, "*", () -> appeals.decide(filed.id(), filed.version(),
                AppealOutcome.MODIFIED, Set.of("FR"), "narrow")))
                .isInstanceOf(InvalidAppealException.class).hasMessageContaining("Only a takedown");

        as("lead-two", LEAD, "*", () -> appeals.decide(filed.id(), filed.version(), AppealOutcome.OVERTURNED, Set.of(),
                "A quote from the episode."));
        assertThat(moderation.reviewFacts(ContentKind.MOMENT, item).state()).isEqualTo(ContentState.ACTIVE);
    }

    @Test
    void badAppealsAreRefusedAndNothingIsWritten() {
        long takedown = takeDown("lead", false, "FR");
        Member stranger = data.member("FR");
        long before = count();

        assertThatThrownBy(() -> appeals.fileFromApp(new AppealRequest(AppealedDecision.TAKEDOWN, takedown,
                stranger.getHandle(), null, "Not mine but unfair", null)))
                .isInstanceOf(InvalidAppealException.class).hasMessageContaining("not the author")
                .extracting(e -> ((InvalidAppealException) e).field()).isEqualTo("member");
        assertThatThrownBy(() -> appeals.fileFromApp(new AppealRequest(AppealedDecision.TAKEDOWN, takedown,
                "no-such-member-" + System.nanoTime(), null, "x", null)))
                .isInstanceOf(InvalidAppealException.class).hasMessageContaining("No member has the handle");
        assertThatThrownBy(() -> appeals.fileFromApp(new AppealRequest(AppealedDecision.TAKEDOWN, takedown,
                creator.getHandle(), null, "   ", null)))
                .isInstanceOf(InvalidAppealException.class)
                .extracting(e -> ((InvalidAppealException) e).field()).isEqualTo("statement");
        assertThatThrownBy(() -> appeals.fileFromApp(new AppealRequest(AppealedDecision.TAKEDOWN, takedown,
                creator.getHandle(), null, "x".repeat(4001), null)))
                .isInstanceOf(InvalidAppealException.class).hasMessageContaining("At most 4000");
        assertThatThrownBy(() -> as("fr-moderator", MODERATOR, "FR", () -> appeals.record(new AppealRequest(
                AppealedDecision.TAKEDOWN, takedown, null, AppealChannel.LETTER, "by letter",
                Instant.now().minusSeconds(86_400 * 30)))))
                .isInstanceOf(InvalidAppealException.class).hasMessageContaining("before the decision");
        assertThatThrownBy(() -> appeals.fileFromApp(new AppealRequest(AppealedDecision.TAKEDOWN, Long.MAX_VALUE,
                creator.getHandle(), null, "x", null)))
                .isInstanceOf(com.clipdesk.shared.NotFoundException.class);
        assertThat(count()).isEqualTo(before);

        appeals.fileFromApp(new AppealRequest(AppealedDecision.TAKEDOWN, takedown, creator.getHandle(), null,
                "first", null));
        assertThatThrownBy(() -> appeals.fileFromApp(new AppealRequest(AppealedDecision.TAKEDOWN, takedown,
                creator.getHandle(), null, "second", null)))
                .isInstanceOf(AppealAlreadyOpenException.class).hasMessageContaining("open already");
        assertThat(count()).isEqualTo(before + 1);

        // a lifted takedown has nothing left to appeal
        long other = takeDown("lead", false, "DE");
        var view = takedowns.decision(other).orElseThrow();
        as("lead", LEAD, "*", () -> takedowns.lift(other, view.version(), "mistake"));
        assertThatThrownBy(() -> appeals.fileFromApp(new AppealRequest(AppealedDecision.TAKEDOWN, other,
                creator.getHandle(), null, "late", null)))
                .isInstanceOf(InvalidAppealException.class).hasMessageContaining("lifted already");
    }

    @Test
    void aStaleDecisionIsAConflictNotALostUpdate() {
        long takedown = takeDown("lead", false, "FR");
        AppealView filed = appeals.fileFromApp(new AppealRequest(AppealedDecision.TAKEDOWN, takedown,
                creator.getHandle(), null, "Please.", null));
        as("lead-two", LEAD, "*", () -> appeals.decide(filed.id(), filed.version(), AppealOutcome.UPHELD, Set.of(),
                "Stands."));
        assertThatThrownBy(() -> as("admin", Set.of(Role.ADMIN), "*", () -> appeals.decide(filed.id(),
                filed.version(), AppealOutcome.OVERTURNED, Set.of(), "Lift it")))
                .isInstanceOf(ConcurrentEditException.class).hasMessageContaining("lead-two");
        assertThat(moderation.hiddenIn(ContentKind.MOMENT, moment)).containsExactly("FR");
    }

    @Test
    void whoMayRecordDecideAndRead() {
        long takedown = takeDown("lead", false, "FR");
        AppealRequest byMail = new AppealRequest(AppealedDecision.TAKEDOWN, takedown, null, AppealChannel.EMAIL,
                "By mail", null);
        assertThatThrownBy(() -> as("curator", Set.of(Role.CURATOR), "FR", () -> appeals.record(byMail)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("auditor", Set.of(Role.AUDITOR), "*", () -> appeals.record(byMail)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("policy", Set.of(Role.POLICY_ADMIN), "*", () -> appeals.record(byMail)))
                .isInstanceOf(AccessDeniedException.class);
        Episode episode = data.episode("Elsewhere " + System.nanoTime(), 600);
        long usOnly = data.moment(episode, data.member("US"), "us only", Set.of("US")).getId();
        long usTakedown = takeDown("lead", usOnly, false, "US");
        assertThatThrownBy(() -> as("br-moderator", MODERATOR, "BR", () -> appeals.record(new AppealRequest(
                AppealedDecision.TAKEDOWN, usTakedown, null, AppealChannel.EMAIL, "x", null))))
                .isInstanceOf(OutOfScopeException.class);

        AppealView filed = as("br-moderator", MODERATOR, "BR", () -> appeals.record(byMail));
        assertThatThrownBy(() -> as("br-moderator", MODERATOR, "BR", () -> appeals.decide(filed.id(), filed.version(),
                AppealOutcome.OVERTURNED, Set.of(), "x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("auditor", Set.of(Role.AUDITOR), "*", () -> appeals.decide(filed.id(),
                filed.version(), AppealOutcome.OVERTURNED, Set.of(), "x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("jp-lead", LEAD, "JP", () -> appeals.decide(filed.id(), filed.version(),
                AppealOutcome.OVERTURNED, Set.of(), "x")))
                .isInstanceOf(OutOfScopeException.class);

        // readers see appeals on items in their markets only
        List<AppealView> forAuditor = as("auditor", Set.of(Role.AUDITOR), "*",
                () -> appeals.find(AppealStatus.OPEN, 0, 10_000));
        assertThat(forAuditor).extracting(AppealView::id).contains(filed.id());
        List<AppealView> forJapan = as("jp-moderator", MODERATOR, "JP", () -> appeals.find(AppealStatus.OPEN, 0, 10_000));
        assertThat(forJapan).extracting(AppealView::id).doesNotContain(filed.id());
        assertThatThrownBy(() -> as("curator", Set.of(Role.CURATOR), "FR", () -> appeals.find(AppealStatus.OPEN, 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("jp-moderator", MODERATOR, "JP", () -> appeals.get(filed.id())))
                .isInstanceOf(OutOfScopeException.class);
    }

    @Test
    void overturnRatesCountDecidedAppealsPerReasonCode() {
        long[] removals = new long[4];
        for (int i = 0; i < removals.length; i++) {
            Episode episode = data.episode("Rate " + i + " " + System.nanoTime(), 600);
            long item = data.moment(episode, creator, "rate " + i, Set.of("FR")).getId();
            removals[i] = takeDown("lead", item, false, "FR");
        }
        var before = rate("HARASSMENT");
        AppealOutcome[] outcomes = {AppealOutcome.OVERTURNED, AppealOutcome.UPHELD, AppealOutcome.UPHELD,
                AppealOutcome.OVERTURNED};
        for (int i = 0; i < removals.length; i++) {
            AppealView filed = appeals.fileFromApp(new AppealRequest(AppealedDecision.TAKEDOWN, removals[i],
                    creator.getHandle(), null, "appeal " + i, null));
            AppealOutcome outcome = outcomes[i];
            as("lead-two", LEAD, "*", () -> appeals.decide(filed.id(), filed.version(), outcome, Set.of(), "because"));
        }
        var after = rate("HARASSMENT");
        assertThat(after.decided() - before.decided()).isEqualTo(4);
        assertThat(after.overturned() - before.overturned()).isEqualTo(2);
        assertThat(after.upheld() - before.upheld()).isEqualTo(2);
        assertThat(after.reasonLabel()).isNotBlank();
    }

    private OverturnRate rate(String code) {
        return as("auditor", Set.of(Role.AUDITOR), "*", () -> appeals.overturnRates()).stream()
                .filter(r -> r.reasonCode().equals(code)).findFirst()
                .orElse(new OverturnRate(code, code, 0, 0, 0, 0));
    }

    private long count() {
        return jdbc.sql("select count(*) from appeal").query(Long.class).single();
    }

    private long takeDown(String decider, boolean everywhere, String... markets) {
        return takeDown(decider, moment, everywhere, markets);
    }

    private long takeDown(String decider, long item, boolean everywhere, String... markets) {
        return as(decider, LEAD, "*", () -> takedowns.takeDown(new TakedownRequest(ContentKind.MOMENT, item,
                everywhere, Set.of(markets), reasonCode, Ground.TERMS, "ToS 4.2 Harassment", "Targets a member.",
                null))).id();
    }

    private static <T> T as(String name, Set<Role> roles, String market, Supplier<T> action) {
        AtomicReference<T> result = new AtomicReference<>();
        AsStaff.run(name, roles, Set.of(market), () -> result.set(action.get()));
        return result.get();
    }
}
