package com.clipdesk.spoiler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clipdesk.TestData;
import com.clipdesk.appeal.AppealOutcome;
import com.clipdesk.appeal.AppealRequest;
import com.clipdesk.appeal.AppealService;
import com.clipdesk.appeal.AppealedDecision;
import com.clipdesk.catalog.Episode;
import com.clipdesk.content.ContentKind;
import com.clipdesk.content.ContentModeration;
import com.clipdesk.content.MarketHold;
import com.clipdesk.content.ShareLinkStatus;
import com.clipdesk.content.ShareLinkStatuses;
import com.clipdesk.member.Member;
import com.clipdesk.report.ReportReason;
import com.clipdesk.review.CaseFixtures;
import com.clipdesk.review.Decision;
import com.clipdesk.review.Disposition;
import com.clipdesk.review.ItemAction;
import com.clipdesk.review.ReviewIntake;
import com.clipdesk.review.ReviewService;
import com.clipdesk.search.SearchBulkActions;
import com.clipdesk.search.SearchService;
import com.clipdesk.search.SearchSort;
import com.clipdesk.shared.OutOfScopeException;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import com.clipdesk.support.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 7 with a controlled clock: one Moment in FR (released on day 2) and DE (day 10), a series
 * (14-day window): embargo → release → spoiler window → clear per market; a "restart" catching up;
 * a release moved later; flags from review, from search results and from the item page; who may.
 */
@SpringBootTest
@ActiveProfiles("test")
class SpoilerIT {

    static final Instant T0 = Instant.parse("2027-03-01T00:00:00Z");
    static final Instant FR_RELEASE = T0.plus(Duration.ofDays(2));
    static final Instant DE_RELEASE = T0.plus(Duration.ofDays(10));
    static final Duration WINDOW = Duration.ofDays(14);
    static final Duration MINUTE = Duration.ofMinutes(1);

    @Autowired
    TestData data;
    @Autowired
    ReleaseDates releases;
    @Autowired
    SpoilerFlags flags;
    @Autowired
    SpoilerTicker ticker;
    @Autowired
    ContentModeration content;
    @Autowired
    ShareLinkStatuses links;
    @Autowired
    SearchService search;
    @Autowired
    SearchBulkActions bulk;
    @Autowired
    ReviewIntake intake;
    @Autowired
    ReviewService reviews;
    @Autowired
    CaseFixtures cases;
    @Autowired
    TestClock clock;
    @Autowired
    AppealService appeals;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    com.clipdesk.support.PolicyFixtures policies;

    String marker;
    Episode episode;
    Member creator;
    long moment;
    String token;

    @BeforeEach
    void fixtures() {
        clock.set(T0);
        data.markets("FR", "DE", "US");
        marker = "spoilermark" + Long.toString(System.nanoTime(), 36);
        episode = data.episode("Spoiler title " + marker, 1800);
        releases.set(episode, "FR", FR_RELEASE);
        releases.set(episode, "DE", DE_RELEASE);
        creator = data.member("FR");
        var m = data.moment(episode, creator, "finale twist " + marker, Set.of("FR", "DE"));
        moment = m.getId();
        token = "s" + Long.toString(System.nanoTime(), 36);
        data.shareLink(m, token);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
        // each test's coming transitions would fall due under the next test's clock
        jdbc.sql("delete from spoiler_transition where done_at is null").update();
    }

    @Test
    void embargoThenReleaseThenSpoilerWindowThenClearPerMarket() {
        as(Role.MODERATOR, "FR", () -> flags.flag(ContentKind.MOMENT, moment, SpoilerTarget.EPISODE));

        assertThat(states()).containsExactly(Map.entry("DE", SpoilerState.EMBARGOED), Map.entry("FR", SpoilerState.EMBARGOED));
        assertThat(status("FR").reason()).isEqualTo("embargoed");
        assertThat(status("FR").until()).isEqualTo(FR_RELEASE);
        assertThat(status("DE").until()).isEqualTo(DE_RELEASE);
        assertThat(content.isSpoiler(ContentKind.MOMENT, moment)).isTrue();

        clock.set(FR_RELEASE.plus(MINUTE));
        assertThat(status("FR").reason()).as("answered against the clock, before any tick").isEqualTo("spoiler_hidden");
        assertThat(ticker.tick()).isEqualTo(1);
        assertThat(states()).containsExactly(Map.entry("DE", SpoilerState.EMBARGOED),
                Map.entry("FR", SpoilerState.SPOILER_HIDDEN));
        assertThat(status("FR").until()).isEqualTo(FR_RELEASE.plus(WINDOW));

        clock.set(DE_RELEASE.plus(MINUTE));
        assertThat(ticker.tick()).isEqualTo(1);
        assertThat(states()).containsExactly(Map.entry("DE", SpoilerState.SPOILER_HIDDEN),
                Map.entry("FR", SpoilerState.SPOILER_HIDDEN));

        clock.set(FR_RELEASE.plus(WINDOW).plus(MINUTE));
        assertThat(ticker.tick()).isEqualTo(1);
        assertThat(states()).containsExactly(Map.entry("DE", SpoilerState.SPOILER_HIDDEN), Map.entry("FR", SpoilerState.CLEAR));
        assertThat(status("FR").status()).isEqualTo(ShareLinkStatus.ALLOWED);
        assertThat(status("DE").reason()).isEqualTo("spoiler_hidden");
        assertThat(content.holdsOf(ContentKind.MOMENT, moment)).containsOnlyKeys("DE");

        clock.set(DE_RELEASE.plus(WINDOW).plus(MINUTE));
        assertThat(ticker.tick()).isEqualTo(1);
        assertThat(content.holdsOf(ContentKind.MOMENT, moment)).isEmpty();
        assertThat(status("DE").status()).isEqualTo(ShareLinkStatus.ALLOWED);
        assertThat(transitionsAudited()).containsExactly("EMBARGO_LIFTED FR", "EMBARGO_LIFTED DE",
                "SPOILER_WINDOW_CLEARED FR", "SPOILER_WINDOW_CLEARED DE");
        assertThat(ticker.tick()).isZero();
        // the decision feed: each hold that ended is an entry, in the order they ended, by the system
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        List<String> ended = jdbc.sql("select payload from feed_entry where type = 'spoiler.hold_ended' and "
                + "subject_kind = 'MOMENT' and subject_id = ? order by seq").param(Long.toString(moment))
                .query(String.class).list().stream().map(payload -> {
                    tools.jackson.databind.JsonNode p = json.readTree(payload);
                    assertThat(p.get("actor").get("kind").asString()).isEqualTo("system");
                    return p.get("decision").get("hold").asString() + " " + p.get("markets").get(0).asString() + " "
                            + p.get("decision").get("dueAt").asString();
                }).toList();
        assertThat(ended).containsExactly("EMBARGO FR " + FR_RELEASE, "EMBARGO DE " + DE_RELEASE,
                "SPOILER_WINDOW FR " + FR_RELEASE.plus(WINDOW), "SPOILER_WINDOW DE " + DE_RELEASE.plus(WINDOW));
    }

    @Test
    void aRestartAppliesEveryTransitionThatFellDueInOrderEachOnce() {
        as(Role.MODERATOR, "FR", () -> flags.flag(ContentKind.MOMENT, moment, SpoilerTarget.EPISODE));

        // no tick ran for 30 days (the application was down); the first tick after start catches up
        clock.set(T0.plus(Duration.ofDays(30)));
        assertThat(ticker.tick()).isEqualTo(4);
        assertThat(ticker.tick()).isZero();

        assertThat(transitionsAudited()).containsExactly("EMBARGO_LIFTED FR", "EMBARGO_LIFTED DE",
                "SPOILER_WINDOW_CLEARED FR", "SPOILER_WINDOW_CLEARED DE");
        assertThat(content.holdsOf(ContentKind.MOMENT, moment)).isEmpty();
        assertThat(states()).containsValues(SpoilerState.CLEAR, SpoilerState.CLEAR);
        assertThat(jdbc.sql("select count(*) from spoiler_transition where item_id = ? and done_at is null")
                .param(moment).query(Integer.class).single()).isZero();
    }

    @Test
    void aMarketsPolicyMovesWhenItsFlaggedItemsClearFromTheVersionsEffectiveTime() {
        // a market of this test's own: published policy versions stay
        String market = "SPW";
        data.markets(market);
        releases.set(episode, market, FR_RELEASE);
        var m = data.moment(episode, creator, "policy window " + marker, Set.of(market));
        String link = "p" + Long.toString(System.nanoTime(), 36);
        data.shareLink(m, link);
        as(Role.MODERATOR, "*", () -> flags.flag(ContentKind.MOMENT, m.getId(), SpoilerTarget.EPISODE));
        clock.set(FR_RELEASE.plus(MINUTE));
        ticker.tick();
        assertThat(links.status(link, market).orElseThrow().until()).as("the default's 14 days")
                .isEqualTo(FR_RELEASE.plus(WINDOW));

        var kind = episode.getSeason().getTitle().getKind();
        policies.spoilerWindows(market, true, Map.of(kind, 30), null);
        assertThat(links.status(link, market).orElseThrow().until())
                .as("the market's 30 days, applied in the publication's transaction")
                .isEqualTo(FR_RELEASE.plus(Duration.ofDays(30)));
        clock.set(FR_RELEASE.plus(WINDOW).plus(MINUTE));
        ticker.tick(); // other tests' flagged items were recomputed too: their transitions may fall due
        assertThat(links.status(link, market).orElseThrow().reason()).as("no longer clears after 14 days")
                .isEqualTo("spoiler_hidden");

        // switched off from day 20 on: published now for later, the item clears at that time without a recompute
        Instant off = FR_RELEASE.plus(Duration.ofDays(20));
        policies.spoilerWindows(market, false, Map.of(), off);
        assertThat(links.status(link, market).orElseThrow().until()).as("the scheduled version is in the holds")
                .isEqualTo(off);
        clock.set(off.plus(MINUTE));
        assertThat(ticker.tick()).isPositive();
        assertThat(links.status(link, market).orElseThrow().status()).isEqualTo(ShareLinkStatus.ALLOWED);
        assertThat(content.holdsOf(ContentKind.MOMENT, m.getId())).isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'SPOILER_WINDOWS_APPLIED' and market_code = ?")
                .param(market).query(Integer.class).single()).as("both publications changed windows").isEqualTo(2);
    }

    @Test
    void aReleaseMovedLaterEmbargoesAgain() {
        as(Role.MODERATOR, "FR", () -> flags.flag(ContentKind.MOMENT, moment, SpoilerTarget.EPISODE));
        clock.set(T0.plus(Duration.ofDays(3)));
        ticker.tick();
        assertThat(states()).containsEntry("FR", SpoilerState.SPOILER_HIDDEN);

        Instant later = T0.plus(Duration.ofDays(5));
        releases.set(episode, "FR", later);

        assertThat(states()).containsEntry("FR", SpoilerState.EMBARGOED);
        assertThat(status("FR").reason()).isEqualTo("embargoed");
        assertThat(status("FR").until()).isEqualTo(later);

        clock.set(later.plus(MINUTE));
        assertThat(ticker.tick()).isEqualTo(1);
        assertThat(status("FR").reason()).isEqualTo("spoiler_hidden");
        assertThat(status("FR").until()).isEqualTo(later.plus(WINDOW));
    }

    @Test
    void everyMomentOfAnUnreleasedEpisodeIsEmbargoedFlaggedOrNotAndSearchLeavesItOutThere() {
        long other = data.moment(episode, creator, "quiet scene " + marker, Set.of("FR", "US")).getId();
        flags.recomputeEpisode(episode.getId());

        assertThat(content.holdsOf(ContentKind.MOMENT, other)).containsEntry("US", MarketHold.notReleased())
                .containsEntry("FR", MarketHold.until(FR_RELEASE, null));
        assertThat(found("quiet market:FR")).doesNotContain(other);
        assertThat(found("quiet")).as("staff still find it").contains(other);

        clock.set(FR_RELEASE.plus(MINUTE));
        ticker.tick();
        assertThat(found("quiet market:FR")).containsExactly(other);
        assertThat(found("quiet market:US")).as("no release date in US: embargoed with no end").isEmpty();
        assertThat(found("spoiler:no quiet")).containsExactly(other);
    }

    @Test
    void aSpoilerHiddenItemIsLeftOutOfItsMarketInSearchUntilTheWindowEnds() {
        clock.set(FR_RELEASE.plus(MINUTE));
        as(Role.MODERATOR, "FR", () -> flags.flag(ContentKind.MOMENT, moment, SpoilerTarget.EPISODE));
        assertThat(found("twist market:FR")).isEmpty();
        assertThat(found("twist spoiler:yes")).containsExactly(moment);

        clock.set(FR_RELEASE.plus(WINDOW).plus(MINUTE));
        ticker.tick();
        assertThat(found("twist market:FR")).containsExactly(moment);
    }

    @Test
    void aReviewDecisionWithASpoilerFlagCreatesTheFlagOfTheEpisode() {
        data.report(ContentKind.MOMENT, moment, data.member("FR"), ReportReason.values()[0], "FR");
        intake.gather();
        long caseId = cases.caseOf(ContentKind.MOMENT, moment);
        as(Role.MODERATOR, "FR", () -> {
            var work = reviews.open(caseId);
            return reviews.decide(caseId, work.version(), new Decision(Disposition.KEEP, true, "SPOILER_UNMARKED", null));
        });

        SpoilerTimeline t = as(Role.LEAD_MODERATOR, "*", () -> flags.timeline(ContentKind.MOMENT, moment));
        assertThat(t.flag()).isNotNull();
        assertThat(t.flag().source()).isEqualTo(FlagSource.REVIEW);
        assertThat(t.flag().target()).isEqualTo(SpoilerTarget.EPISODE);
        assertThat(t.flag().targetId()).isEqualTo(episode.getId());
        assertThat(content.holdsOf(ContentKind.MOMENT, moment).get("FR").getSpoilerHiddenUntil())
                .isEqualTo(FR_RELEASE.plus(WINDOW));
    }

    @Test
    void anAppealOverturningTheSpoilerDecisionTakesTheFlagBack() {
        data.report(ContentKind.MOMENT, moment, data.member("FR"), ReportReason.values()[0], "FR");
        intake.gather();
        long caseId = cases.caseOf(ContentKind.MOMENT, moment);
        as(Role.MODERATOR, "FR", () -> {
            var work = reviews.open(caseId);
            return reviews.decide(caseId, work.version(), new Decision(Disposition.KEEP, true, "SPOILER_UNMARKED", null));
        });
        long decision = jdbc.sql("select id from review_decision where case_id = ?").param(caseId).query(Long.class)
                .single();
        var filed = appeals.fileFromApp(new AppealRequest(AppealedDecision.REVIEW_DECISION, decision,
                creator.getHandle(), null, "It is in the trailer.", null));
        as(Role.LEAD_MODERATOR, "*", () -> appeals.decide(filed.id(), filed.version(), AppealOutcome.OVERTURNED,
                Set.of(), "Shown in the official trailer"));

        SpoilerTimeline t = as(Role.LEAD_MODERATOR, "*", () -> flags.timeline(ContentKind.MOMENT, moment));
        assertThat(t.flag()).isNull();
        assertThat(content.isSpoiler(ContentKind.MOMENT, moment)).isFalse();
        assertThat(content.holdsOf(ContentKind.MOMENT, moment).get("FR")).isEqualTo(MarketHold.until(FR_RELEASE, null));
    }

    @Test
    void aBulkFlagFromSearchResultsFlagsEveryItemFound() throws Exception {
        long second = data.moment(episode, creator, "finale twist again " + marker, Set.of("FR")).getId();
        var end = as(Role.MODERATOR, "FR", () -> {
            var preview = bulk.preview(marker);
            return bulk.start(preview, ItemAction.FLAG_SPOILER, "SPOILER_UNMARKED", "finale leak");
        }).completion().get(60, TimeUnit.SECONDS);
        assertThat(end.decided()).hasSize(2);

        for (long id : List.of(moment, second)) {
            SpoilerTimeline t = as(Role.LEAD_MODERATOR, "*", () -> flags.timeline(ContentKind.MOMENT, id));
            assertThat(t.flag()).as("flag of Moment " + id).isNotNull();
            assertThat(t.flag().source()).isEqualTo(FlagSource.BULK_SEARCH);
            assertThat(content.isSpoiler(ContentKind.MOMENT, id)).isTrue();
        }
    }

    @Test
    void whoMayFlagAndUnflag() {
        assertThatThrownBy(() -> as(Role.MODERATOR, "US",
                () -> flags.flag(ContentKind.MOMENT, moment, SpoilerTarget.EPISODE)))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> as(Role.AUDITOR, "*",
                () -> flags.flag(ContentKind.MOMENT, moment, SpoilerTarget.EPISODE)))
                .isInstanceOf(AccessDeniedException.class);
        SpoilerTimeline flagged = as(Role.MODERATOR, "DE",
                () -> flags.flag(ContentKind.MOMENT, moment, SpoilerTarget.SEASON));
        assertThat(flagged.mayFlag()).isFalse();
        assertThat(flagged.mayUnflag()).as("moderators do not unflag").isFalse();
        assertThat(flagged.flag().targetLabel()).contains("Season 1");
        assertThatThrownBy(() -> as(Role.MODERATOR, "DE",
                () -> flags.flag(ContentKind.MOMENT, moment, SpoilerTarget.EPISODE)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already");

        long version = flagged.flag().version();
        assertThatThrownBy(() -> as(Role.MODERATOR, "DE",
                () -> flags.unflag(ContentKind.MOMENT, moment, version, "wrong")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(Role.LEAD_MODERATOR, "US",
                () -> flags.unflag(ContentKind.MOMENT, moment, version, "wrong")))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> as(Role.LEAD_MODERATOR, "FR",
                () -> flags.unflag(ContentKind.MOMENT, moment, version, " ")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(content.isSpoiler(ContentKind.MOMENT, moment)).isTrue();

        SpoilerTimeline after = as(Role.LEAD_MODERATOR, "FR",
                () -> flags.unflag(ContentKind.MOMENT, moment, version, "Not a spoiler: the trailer shows it"));
        assertThat(after.flag()).isNull();
        assertThat(content.isSpoiler(ContentKind.MOMENT, moment)).isFalse();
        assertThat(content.holdsOf(ContentKind.MOMENT, moment).get("FR"))
                .as("still embargoed before the release: only the window is gone")
                .isEqualTo(MarketHold.until(FR_RELEASE, null));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'SPOILER_UNFLAGGED' and subject_id = ?")
                .param(String.valueOf(moment)).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aSubmissionIsFlaggedAsASpoilerOfItsTitleByDefault() {
        long submission = data.submission(episode, creator, "theory " + marker, Set.of("FR")).getId();
        SpoilerTimeline t = as(Role.MODERATOR, "FR", () -> flags.timeline(ContentKind.FANDOM_SUBMISSION, submission));
        assertThat(t.targets()).containsExactly(SpoilerTarget.TITLE);
        assertThatThrownBy(() -> as(Role.MODERATOR, "FR",
                () -> flags.flag(ContentKind.FANDOM_SUBMISSION, submission, SpoilerTarget.EPISODE)))
                .isInstanceOf(IllegalArgumentException.class);
        SpoilerTimeline flagged = as(Role.MODERATOR, "FR",
                () -> flags.flag(ContentKind.FANDOM_SUBMISSION, submission, SpoilerTarget.TITLE));
        assertThat(flagged.markets()).singleElement().satisfies(m -> {
            assertThat(m.state()).isEqualTo(SpoilerState.EMBARGOED);
            assertThat(m.releasedAt()).isEqualTo(FR_RELEASE);
        });
    }

    @Test
    void theSuggestionNamesRecentAndUpcomingReleases() {
        clock.set(FR_RELEASE.plus(Duration.ofDays(3)));
        SpoilerTimeline t = as(Role.MODERATOR, "FR", () -> flags.timeline(ContentKind.MOMENT, moment));
        assertThat(t.suggestion()).isEqualTo("Suggested: flag as spoiler of Spoiler title " + marker
                + " · S1 E1 (upcoming in DE on 11 Mar 2027, released in FR 3 days ago)");
        assertThat(t.mayFlag()).isTrue();
    }

    private Map<String, SpoilerState> states() {
        SpoilerTimeline t = as(Role.LEAD_MODERATOR, "*", () -> flags.timeline(ContentKind.MOMENT, moment));
        var states = new java.util.TreeMap<String, SpoilerState>();
        t.markets().forEach(m -> states.put(m.market(), m.state()));
        return states;
    }

    private ShareLinkStatus status(String market) {
        return links.status(token, market).orElseThrow();
    }

    private List<String> transitionsAudited() {
        return jdbc.sql("select action, market_code from audit_event where subject_kind = 'MOMENT' and subject_id = ?"
                        + " and action in ('EMBARGO_LIFTED', 'SPOILER_WINDOW_CLEARED') order by id")
                .param(String.valueOf(moment)).query((rs, i) -> rs.getString(1) + " " + rs.getString(2)).list();
    }

    private List<Long> found(String query) {
        return as(Role.LEAD_MODERATOR, "*", () -> search.search(marker + " " + query, SearchSort.NEWEST, 0, 50))
                .hits().stream().map(h -> h.id()).toList();
    }

    private static <T> T as(Role role, String market, Supplier<T> action) {
        Object[] result = new Object[1];
        AsStaff.run("spoiler-" + role.name().toLowerCase(), Set.of(role), Set.of(market), () -> result[0] = action.get());
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }
}
