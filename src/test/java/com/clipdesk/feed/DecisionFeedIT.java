package com.clipdesk.feed;

import static com.clipdesk.takedown.TakedownFixtures.inMarkets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.content.ContentKind;
import com.clipdesk.member.Member;
import com.clipdesk.report.ReportReason;
import com.clipdesk.review.CaseFixtures;
import com.clipdesk.review.Decision;
import com.clipdesk.review.Disposition;
import com.clipdesk.review.ReviewService;
import com.clipdesk.catalog.TitleKind;
import com.clipdesk.curation.BoardKey;
import com.clipdesk.curation.CurationService;
import com.clipdesk.spoiler.SpoilerFlags;
import com.clipdesk.support.PolicyFixtures;
import com.clipdesk.spoiler.SpoilerTarget;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import com.clipdesk.takedown.TakedownService;
import com.clipdesk.takedown.TakedownView;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** What the decision feed records of each decision: one entry, its details, its member notices, nothing on rollback. */
@SpringBootTest
@ActiveProfiles("test")
class DecisionFeedIT {

    private static final Set<Role> LEAD = Set.of(Role.LEAD_MODERATOR);

    @Autowired
    DecisionFeed feed;
    @Autowired
    TestData data;
    @Autowired
    TakedownService takedowns;
    @Autowired
    ReviewService review;
    @Autowired
    CaseFixtures cases;
    @Autowired
    SpoilerFlags spoilers;
    @Autowired
    PolicyFixtures policies;
    @Autowired
    CurationService curation;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;

    Episode episode;
    Member creator;
    long head;

    @BeforeEach
    void fixtures() {
        data.markets("FR", "DE", "US");
        episode = data.episode("Feed " + System.nanoTime(), 1800);
        creator = data.member("FR");
        head = feed.head();
    }

    @Test
    void aTakedownIsOneEntryWithItsDetailsTheExternalIdsAndTheCreatorsNotice() {
        long moment = data.moment(episode, creator, "A clip", Set.of("FR", "DE")).getId();
        String suffix = Long.toString(System.nanoTime());
        externalRef("MOMENT", "prod-moment-" + suffix, moment);
        externalRef("MEMBER", "prod-member-" + suffix, creator.getId());

        TakedownView takedown = as(LEAD, () -> takedowns.takeDown(inMarkets(ContentKind.MOMENT, moment, "FR")));

        List<FeedEntry> entries = FeedReading.allAfter(feed, head);
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.seq()).isEqualTo(head + 1);
            assertThat(e.type()).isEqualTo("takedown.applied");
            assertThat(e.subjectKind()).isEqualTo("MOMENT");
            assertThat(e.subjectId()).isEqualTo(Long.toString(moment));
            assertThat(e.externalId()).isEqualTo("prod-moment-" + suffix);
            assertThat(e.marketCode()).isEqualTo("FR");
        });
        assertThat(feed.head()).isEqualTo(head + 1);
        JsonNode p = FeedReading.JSON.readTree(entries.getFirst().payload());
        assertThat(p.get("schema").asInt()).isEqualTo(1);
        assertThat(p.get("seq").asLong()).isEqualTo(head + 1);
        assertThat(p.get("type").asString()).isEqualTo("takedown.applied");
        assertThat(Instant.parse(p.get("occurredAt").asString())).isNotNull();
        assertThat(p.get("subject").get("externalId").asString()).isEqualTo("prod-moment-" + suffix);
        assertThat(p.get("markets").toString()).isEqualTo("[\"FR\"]");
        JsonNode d = p.get("decision");
        assertThat(d.get("takedownId").asLong()).isEqualTo(takedown.id());
        assertThat(d.get("everywhere").asBoolean()).isFalse();
        assertThat(d.get("ground").asString()).isEqualTo("ILLEGAL");
        assertThat(d.get("groundReference").asString()).isEqualTo("StGB § 130 (DE)");
        assertThat(d.get("reasonCode").asString()).isEqualTo("HATE_SPEECH");
        assertThat(p.get("actor").get("kind").asString()).isEqualTo("staff");
        // staff names stay inside Clipdesk
        assertThat(entries.getFirst().payload()).doesNotContain("test-[");
        assertThat(p.get("notices")).singleElement().satisfies(n -> {
            assertThat(n.get("member").get("id").asString()).isEqualTo(creator.getId().toString());
            assertThat(n.get("member").get("externalId").asString()).isEqualTo("prod-member-" + suffix);
            assertThat(n.get("kind").asString()).isEqualTo("TAKEN_DOWN");
            assertThat(n.get("language").asString()).isEqualTo("en");
            assertThat(n.get("subject").asString()).isNotBlank();
            assertThat(n.get("body").asString()).contains("takedown #" + takedown.id());
            assertThat(n.get("reference").asString()).isEqualTo("takedown #" + takedown.id());
        });
    }

    @Test
    void aLiftIsAnEntryOfItsOwnAndItemsWithoutExternalIdsCarryClipdesksIdOnly() {
        long moment = data.moment(episode, creator, "A clip", Set.of("FR", "DE")).getId();
        TakedownView down = as(LEAD, () -> takedowns.takeDown(inMarkets(ContentKind.MOMENT, moment, "FR", "DE")));
        as(LEAD, () -> takedowns.lift(down.id(), down.version(), "Court ruled it lawful"));

        List<JsonNode> payloads = FeedReading.payloadsAfter(feed, head);
        assertThat(payloads).extracting(p -> p.get("type").asString())
                .containsExactly("takedown.applied", "takedown.lifted");
        JsonNode lifted = payloads.get(1);
        assertThat(lifted.get("subject").get("id").asString()).isEqualTo(Long.toString(moment));
        assertThat(lifted.get("subject").get("externalId").isNull()).isTrue();
        assertThat(lifted.get("markets").toString()).isEqualTo("[\"DE\",\"FR\"]");
        assertThat(lifted.get("decision").get("marketsAfter").size()).isZero();
        assertThat(lifted.get("decision").get("explanation").asString()).isEqualTo("Court ruled it lawful");
        assertThat(lifted.get("notices")).singleElement()
                .satisfies(n -> assertThat(n.get("kind").asString()).isEqualTo("TAKEDOWN_LIFTED"));
    }

    @Test
    void reviewDecisionsThatCloseACaseAreEntriesEscalationsAreNot() {
        List<Long> caseIds = cases.reportedMoments(3, Set.of("US"), "US", ReportReason.SPAM);
        head = feed.head();
        AsStaff.run("ana", Set.of(Role.LEAD_MODERATOR), Set.of("*"), () -> {
            review.decide(caseIds.get(0), review.open(caseIds.get(0)).version(), Decision.of(Disposition.REMOVE, "SPAM"));
            review.decide(caseIds.get(1), review.open(caseIds.get(1)).version(),
                    Decision.of(Disposition.KEEP, "NO_VIOLATION"));
            review.decide(caseIds.get(2), review.open(caseIds.get(2)).version(),
                    new Decision(Disposition.ESCALATE, false, "COPYRIGHT", "Needs a lead's eye"));
        });

        List<JsonNode> payloads = FeedReading.payloadsAfter(feed, head);
        assertThat(payloads).hasSize(2);
        JsonNode removed = payloads.get(0);
        assertThat(removed.get("type").asString()).isEqualTo("review.decided");
        assertThat(removed.get("decision").get("caseId").asLong()).isEqualTo(caseIds.get(0));
        assertThat(removed.get("decision").get("outcome").asString()).isEqualTo("REMOVE");
        assertThat(removed.get("decision").get("reasonCode").asString()).isEqualTo("SPAM");
        assertThat(removed.get("decision").get("ground").asString()).isEqualTo("TERMS");
        assertThat(removed.get("actor").get("kind").asString()).isEqualTo("staff");
        assertThat(removed.get("notices")).singleElement()
                .satisfies(n -> assertThat(n.get("kind").asString()).isEqualTo("CONTENT_REMOVED"));
        JsonNode kept = payloads.get(1);
        assertThat(kept.get("decision").get("caseId").asLong()).isEqualTo(caseIds.get(1));
        assertThat(kept.get("decision").get("outcome").asString()).isEqualTo("KEEP");
        assertThat(kept.get("notices").size()).isZero();
    }

    @Test
    void decisionsOfOneTransactionGetConsecutiveSeqsInTheOrderTheyWereMade() {
        long first = data.moment(episode, creator, "One", Set.of("FR")).getId();
        long second = data.moment(episode, creator, "Two", Set.of("FR")).getId();
        as(LEAD, () -> transaction.execute(s -> {
            takedowns.takeDown(inMarkets(ContentKind.MOMENT, first, "FR"));
            return takedowns.takeDown(inMarkets(ContentKind.MOMENT, second, "FR"));
        }));

        List<FeedEntry> entries = FeedReading.allAfter(feed, head);
        assertThat(entries).extracting(FeedEntry::seq).containsExactly(head + 1, head + 2);
        assertThat(entries).extracting(FeedEntry::subjectId).containsExactly(Long.toString(first), Long.toString(second));
        // each notice in its own decision's entry
        assertThat(entries).allSatisfy(e -> assertThat(FeedReading.JSON.readTree(e.payload()).get("notices").size())
                .isEqualTo(1));
    }

    @Test
    void aDecisionThatRollsBackLeavesNoEntryAndUsesNoSeq() {
        long moment = data.moment(episode, creator, "A clip", Set.of("FR")).getId();
        assertThatThrownBy(() -> as(LEAD, () -> transaction.execute(s -> {
            takedowns.takeDown(inMarkets(ContentKind.MOMENT, moment, "FR"));
            throw new IllegalStateException("the decision fails after the takedown");
        }))).hasMessageContaining("fails after");

        assertThat(feed.head()).isEqualTo(head);
        assertThat(feed.after(head, 10)).isEmpty();

        as(LEAD, () -> takedowns.takeDown(inMarkets(ContentKind.MOMENT, moment, "FR")));
        assertThat(feed.after(head, 10)).extracting(FeedEntry::seq).containsExactly(head + 1);
    }

    @Test
    void spoilerFlagsSetAndTakenBackOnTheItemPageAreEntries() {
        long moment = data.moment(episode, creator, "A spoiler", Set.of("FR", "DE")).getId();
        as(Set.of(Role.MODERATOR), () -> spoilers.flag(ContentKind.MOMENT, moment, SpoilerTarget.EPISODE));
        long version = jdbc.sql("select version from spoiler_flag where item_kind = 'MOMENT' and item_id = ? and active = 1")
                .param(moment).query(Long.class).single();
        as(LEAD, () -> spoilers.unflag(ContentKind.MOMENT, moment, version, "Not a spoiler after all"));

        List<JsonNode> payloads = FeedReading.payloadsAfter(feed, head);
        assertThat(payloads).extracting(p -> p.get("type").asString())
                .containsExactly("spoiler.flagged", "spoiler.unflagged");
        assertThat(payloads.get(0).get("decision").get("target").asString()).isEqualTo("EPISODE");
        assertThat(payloads.get(0).get("markets").toString()).isEqualTo("[\"DE\",\"FR\"]");
        assertThat(payloads.get(1).get("decision").get("explanation").asString()).isEqualTo("Not a spoiler after all");
    }

    @Test
    void policyPublicationsAndFeaturedBoardPublicationsAreEntries() {
        // a market of this test's own: a policy version stays, and other tests read FR's windows
        data.markets("FE");
        var version = policies.spoilerWindows("FE", true, java.util.Map.of(TitleKind.SERIES, 9), null);
        long moment = data.moment(episode, creator, "Featured", Set.of("FE")).getId();
        var draft = as(Set.of(Role.ADMIN), () -> curation.add(BoardKey.homeRow("FE"), null, moment, null, null));
        as(Set.of(Role.ADMIN), () -> curation.publish(BoardKey.homeRow("FE"), draft.version()));

        List<JsonNode> payloads = FeedReading.payloadsAfter(feed, head);
        assertThat(payloads).filteredOn(p -> p.get("type").asString().equals("policy.published")).singleElement()
                .satisfies(p -> {
                    assertThat(p.get("subject").get("kind").asString()).isEqualTo("POLICY_VERSION");
                    assertThat(p.get("subject").get("id").asString()).isEqualTo(Long.toString(version.id()));
                    assertThat(p.get("markets").toString()).isEqualTo("[\"FE\"]");
                    assertThat(p.get("decision").get("market").asString()).isEqualTo("FE");
                    assertThat(p.get("actor").get("kind").asString()).isEqualTo("staff");
                    assertThat(p.get("notices").size()).isZero();
                });
        assertThat(payloads).filteredOn(p -> p.get("type").asString().equals("featured.board_published"))
                .singleElement().satisfies(p -> {
                    assertThat(p.get("subject").get("id").asString()).isEqualTo("FE/HOME_ROW");
                    assertThat(p.get("decision").get("moments").asInt()).isEqualTo(1);
                });
    }

    private void externalRef(String kind, String externalId, long internalId) {
        jdbc.sql("insert into external_ref (kind, external_id, internal_id, version, received_at, updated_at)"
                + " values (?, ?, ?, 1, ?, ?)").param(kind).param(externalId).param(internalId)
                .param(java.time.LocalDateTime.now()).param(java.time.LocalDateTime.now()).update();
    }

    private static <T> T as(Set<Role> roles, Supplier<T> action) {
        Object[] result = new Object[1];
        AsStaff.run(roles, Set.of("*"), () -> result[0] = action.get());
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }
}
