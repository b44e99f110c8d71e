package com.clipdesk.curation;

import static com.clipdesk.takedown.TakedownFixtures.inMarkets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clipdesk.TestData;
import com.clipdesk.audit.AuditLog;
import com.clipdesk.catalog.Episode;
import com.clipdesk.content.ContentKind;
import com.clipdesk.member.Member;
import com.clipdesk.shared.ConcurrentEditException;
import com.clipdesk.shared.OutOfScopeException;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import com.clipdesk.takedown.TakedownService;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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

/** Boards: who may edit which, conflicts, eligibility, and Moments leaving boards when moderation acts. */
@SpringBootTest
@ActiveProfiles("test")
class CurationServiceIT {

    @Autowired
    TestData data;

    @Autowired
    CurationService curation;

    @Autowired
    FeaturedFeed feed;

    @Autowired
    TakedownService takedowns;

    @Autowired
    AuditLog audit;

    @Autowired
    FeaturedBoardRepository boards;

    @Autowired
    HeatmapService heatmaps;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    long episodeId;

    long moment;
    long other;
    String fr;
    String us;

    @BeforeEach
    void fixtures() {
        // a market pair per test: boards are per market and surface, so tests do not share one
        String suffix = Long.toString(System.nanoTime() % 46656, 36).toUpperCase(java.util.Locale.ROOT);
        fr = "F" + suffix;
        us = "U" + suffix;
        data.markets(fr, us, "FR", "DE", "GB", "US");
        Episode episode = data.episode("Curation title " + System.nanoTime(), 1800);
        episodeId = episode.getId();
        Member creator = data.member("FR");
        moment = data.moment(episode, creator, "the twist", Set.of(fr, us, "FR", "US")).getId();
        other = data.moment(episode, creator, "the kiss", Set.of(fr, us, "FR", "US")).getId();
    }

    @Test
    void curatorsEditTheirMarketsAdminsEveryMarketOthersNone() {
        BoardView fromCurator = curator(fr, () -> curation.add(BoardKey.homeRow(fr), null, moment, null, null));
        assertThat(fromCurator.draft()).extracting(BoardView.SlotView::momentId).containsExactly(moment);
        assertThat(fromCurator.draft().getFirst().addedBy()).isEqualTo("chloe");

        assertThatThrownBy(() -> curator(fr, () -> curation.add(BoardKey.homeRow(us), null, moment, null, null)))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> curator(fr, () -> curation.board(BoardKey.homeRow(us))))
                .isInstanceOf(OutOfScopeException.class);
        for (Role role : new Role[] {Role.MODERATOR, Role.LEAD_MODERATOR, Role.POLICY_ADMIN, Role.AUDITOR}) {
            assertThatThrownBy(() -> as("x", role, "*", () -> curation.board(BoardKey.homeRow(fr))))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
        }
        BoardView fromAdmin = as("alex", Role.ADMIN, "*", () -> curation.add(BoardKey.homeRow(us), null, moment, null, null));
        assertThat(fromAdmin.draft()).hasSize(1);
        assertThat(audit.lastEventAbout(CurationService.SUBJECT, boardId(us)))
                .get().satisfies(e -> {
                    assertThat(e.getAction()).isEqualTo("FEATURED_ADDED");
                    assertThat(e.getActor()).isEqualTo("alex");
                });
    }

    @Test
    void twoCuratorsEditingOneBoardGetAConflictNotALostUpdate() {
        BoardView read = curator(fr, () -> curation.add(BoardKey.homeRow(fr), null, moment, null, null));
        long seenByBoth = read.version();
        curator(fr, () -> curation.add(BoardKey.homeRow(fr), seenByBoth, other, null, null));

        assertThatThrownBy(() -> as("bea", Role.CURATOR, fr, () -> curation.move(BoardKey.homeRow(fr), seenByBoth, other, 0)))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("changed by chloe").hasMessageContaining("Nothing was saved");
        assertThat(curator(fr, () -> curation.board(BoardKey.homeRow(fr))).draft())
                .extracting(BoardView.SlotView::momentId).containsExactly(moment, other);
    }

    @Test
    void reorderScheduleAndPublishMakeWhatTheFeedServes() {
        BoardView b = curator(fr, () -> curation.add(BoardKey.homeRow(fr), null, moment, null, null));
        long v1 = b.version();
        b = curator(fr, () -> curation.add(BoardKey.homeRow(fr), v1, other, null, null));
        long v2 = b.version();
        b = curator(fr, () -> curation.move(BoardKey.homeRow(fr), v2, other, 0));
        assertThat(b.draft()).extracting(BoardView.SlotView::momentId).containsExactly(other, moment);
        assertThat(feed.at(BoardKey.homeRow(fr), Instant.now()).items()).as("nothing published yet").isEmpty();

        long v3 = b.version();
        Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS);
        b = curator(fr, () -> curation.schedule(BoardKey.homeRow(fr), v3, moment, tomorrow, null));
        long v4 = b.version();
        b = curator(fr, () -> curation.publish(BoardKey.homeRow(fr), v4));
        assertThat(b.unpublishedChanges()).isFalse();
        assertThat(feed.at(BoardKey.homeRow(fr), Instant.now()).items()).extracting(FeaturedFeed.Item::momentId)
                .as("the scheduled one is not shown yet").containsExactly(other);
        assertThat(feed.at(BoardKey.homeRow(fr), tomorrow.plusSeconds(1)).items())
                .extracting(FeaturedFeed.Item::momentId).containsExactly(other, moment);

        long v5 = b.version();
        assertThatThrownBy(() -> curator(fr, () -> curation.schedule(BoardKey.homeRow(fr), v5, moment, tomorrow,
                tomorrow.minusSeconds(60)))).isInstanceOf(InvalidCurationException.class).hasMessageContaining("ends after");
    }

    @Test
    void aTakedownInOneMarketTakesTheMomentOffThatMarketsBoardsOnlyWithANoticeAndAudit() {
        publishBoth(fr);
        publishBoth(us);

        as("lead", Role.LEAD_MODERATOR, "*", () -> takedowns.takeDown(inMarkets(ContentKind.MOMENT, moment, fr)));

        BoardView frBoard = curator(fr, () -> curation.board(BoardKey.homeRow(fr)));
        assertThat(frBoard.draft()).extracting(BoardView.SlotView::momentId).containsExactly(other);
        assertThat(frBoard.published()).extracting(BoardView.SlotView::momentId).containsExactly(other);
        assertThat(frBoard.notices()).singleElement().satisfies(n -> {
            assertThat(n.momentId()).isEqualTo(moment);
            assertThat(n.message()).contains("Taken down in " + fr);
        });
        assertThat(feed.at(BoardKey.homeRow(fr), Instant.now()).items()).extracting(FeaturedFeed.Item::momentId)
                .containsExactly(other);
        assertThat(feed.at(BoardKey.homeRow(us), Instant.now()).items()).extracting(FeaturedFeed.Item::momentId)
                .as("the US board keeps it").containsExactly(moment, other);
        assertThat(audit.lastEventAbout(CurationService.SUBJECT, boardId(fr))).get().satisfies(e -> {
            assertThat(e.getAction()).isEqualTo("FEATURED_WITHDRAWN");
            assertThat(e.getActor()).isEqualTo("lead");
            assertThat(e.getSummary()).contains("Taken down in " + fr);
        });
        // the decision feed: the takedown and the Moment's withdrawal from the FR home row (not the US one)
        List<String> withdrawn = jdbc.sql("select payload from feed_entry where type = 'featured.moment_withdrawn' "
                + "and subject_kind = 'MOMENT' and subject_id = ?").param(Long.toString(moment)).query(String.class)
                .list();
        assertThat(withdrawn).singleElement().satisfies(payload -> {
            tools.jackson.databind.JsonNode p = tools.jackson.databind.json.JsonMapper.builder().build().readTree(payload);
            assertThat(p.get("markets").toString()).isEqualTo("[\"" + fr + "\"]");
            assertThat(p.get("actor").get("kind").asString()).isEqualTo("system");
            assertThat(p.get("decision").get("board").asString()).isEqualTo(fr + "/HOME_ROW");
            assertThat(p.get("decision").get("surface").asString()).isEqualTo("HOME_ROW");
            assertThat(p.get("decision").get("explanation").asString()).contains("Taken down in " + fr);
        });
        assertThat(jdbc.sql("select count(*) from feed_entry where type = 'takedown.applied' and subject_kind = 'MOMENT' "
                + "and subject_id = ?").param(Long.toString(moment)).query(Long.class).single()).isOne();

        // ... and it cannot be added back while taken down there
        long version = frBoard.version();
        assertThatThrownBy(() -> curator(fr, () -> curation.add(BoardKey.homeRow(fr), version, moment, null, null)))
                .isInstanceOf(InvalidCurationException.class).hasMessageContaining("Taken down in " + fr);
    }

    @Test
    void aCuratorDismissesANotice() {
        publishBoth(fr);
        as("lead", Role.LEAD_MODERATOR, "*", () -> takedowns.takeDown(inMarkets(ContentKind.MOMENT, moment, fr)));
        long notice = curator(fr, () -> curation.board(BoardKey.homeRow(fr))).notices().getFirst().id();
        AsStaff.run("chloe", Set.of(Role.CURATOR), Set.of(fr), () -> curation.dismissNotice(notice));
        assertThat(curator(fr, () -> curation.board(BoardKey.homeRow(fr))).notices()).isEmpty();
    }

    @Test
    void theHeatmapCountsOnlyWhatMembersOfTheMarketMaySee() {
        as("lead", Role.LEAD_MODERATOR, "*", () -> takedowns.takeDown(inMarkets(ContentKind.MOMENT, moment, fr)));
        Heatmap inFr = curator(fr, () -> heatmaps.heatmap(new HeatmapService.Query(episodeId, fr, null, null)));
        Heatmap inUs = as("alex", Role.ADMIN, "*", () -> heatmaps.heatmap(new HeatmapService.Query(episodeId, us, null, null)));
        // both Moments span 10–40 s (TestData)
        assertThat(inUs.momentCount()).isEqualTo(2);
        assertThat(inUs.density()[10]).isEqualTo(2);
        assertThat(inUs.density()[40]).isZero();
        assertThat(inFr.momentCount()).as("taken down in FR").isEqualTo(1);
        assertThat(inFr.peaks()).singleElement().satisfies(p -> {
            assertThat(p.from()).isEqualTo(10);
            assertThat(p.to()).isEqualTo(40);
            assertThat(p.best()).extracting(Heatmap.Candidate::momentId).containsExactly(other);
        });
        Instant created = Instant.parse("2026-11-01T12:00:00Z");
        assertThat(as("alex", Role.ADMIN, "*", () -> heatmaps.heatmap(new HeatmapService.Query(episodeId, us,
                created.plusSeconds(1), null))).momentCount()).as("created before the period").isZero();
        assertThatThrownBy(() -> curator(fr, () -> heatmaps.heatmap(new HeatmapService.Query(episodeId, us, null, null))))
                .isInstanceOf(OutOfScopeException.class);
    }

    @Test
    void eachPeakListsItsMostSharedMomentsFirstTiesByLowerId() {
        Episode episode = data.episode("Heatmap peaks " + System.nanoTime(), 1800);
        Member creator = data.member("FR");
        long[] scene = new long[4];
        int[] shares = {5, 9, 9, 1};
        for (int i = 0; i < scene.length; i++) {
            scene[i] = data.moment(episode, creator, "scene " + i, Set.of(us), 10, 40).getId();
            jdbc.sql("update moment set share_count = ? where id = ?").param(shares[i]).param(scene[i]).update();
        }
        long late1 = data.moment(episode, creator, "late 1", Set.of(us), 300, 330).getId();
        long late2 = data.moment(episode, creator, "late 2", Set.of(us), 300, 330).getId();
        jdbc.sql("update moment set share_count = ? where id = ?").param(3).param(late1).update();
        jdbc.sql("update moment set share_count = ? where id = ?").param(7).param(late2).update();

        Heatmap inUs = as("alex", Role.ADMIN, "*", () -> heatmaps.heatmap(new HeatmapService.Query(episode.getId(), us,
                null, null)));
        assertThat(inUs.peaks()).hasSize(2);
        assertThat(inUs.peaks().get(0).best()).extracting(Heatmap.Candidate::momentId)
                .containsExactly(scene[1], scene[2], scene[0]);
        assertThat(inUs.peaks().get(0).best()).extracting(Heatmap.Candidate::shareCount).containsExactly(9, 9, 5);
        assertThat(inUs.peaks().get(1).best()).extracting(Heatmap.Candidate::momentId).containsExactly(late2, late1);
    }

    @Test
    void aTitlePageBoardNeedsItsTitleAndTakesOnlyItsMoments() {
        long titleId = jdbc.sql("select s.title_id from episode e join season s on s.id = e.season_id where e.id = ?")
                .param(episodeId).query(Long.class).single();
        String titleName = jdbc.sql("select name from title where id = ?").param(titleId).query(String.class).single();
        Episode elsewhere = data.episode("Another title " + System.nanoTime(), 1200);
        long foreign = data.moment(elsewhere, data.member("FR"), "not this title", Set.of(fr)).getId();

        assertThatThrownBy(() -> curator(fr, () -> curation.add(new BoardKey(fr, Surface.TITLE_PAGE, null), null, moment,
                null, null))).isInstanceOf(InvalidCurationException.class)
                .satisfies(e -> assertThat(((InvalidCurationException) e).field()).isEqualTo("title"));
        assertThatThrownBy(() -> curator(fr, () -> curation.board(new BoardKey(fr, Surface.HOME_ROW, titleId))))
                .isInstanceOf(InvalidCurationException.class)
                .satisfies(e -> assertThat(((InvalidCurationException) e).field()).isEqualTo("title"));
        assertThatThrownBy(() -> curator(fr, () -> curation.board(BoardKey.titlePage(fr, 987_654_321L))))
                .isInstanceOf(com.clipdesk.shared.NotFoundException.class);

        BoardView page = curator(fr, () -> curation.add(BoardKey.titlePage(fr, titleId), null, moment, null, null));
        assertThat(page.titleId()).isEqualTo(titleId);
        assertThat(page.titleName()).isEqualTo(titleName);
        assertThat(page.draft()).extracting(BoardView.SlotView::momentId).containsExactly(moment);
        assertThat(curator(fr, () -> curation.board(BoardKey.homeRow(fr))).draft())
                .as("the home row is another board").isEmpty();
        assertThatThrownBy(() -> curator(fr, () -> curation.add(BoardKey.titlePage(fr, titleId), page.version(), foreign,
                null, null))).isInstanceOf(InvalidCurationException.class)
                .hasMessageContaining("From " + elsewhere.getSeason().getTitle().getName() + ", not " + titleName);
        assertThat(curator(fr, () -> curation.refusal(foreign, BoardKey.titlePage(fr, titleId))))
                .startsWith("From Another title");
        assertThat(curator(fr, () -> curation.refusal(foreign, BoardKey.homeRow(fr)))).as("a home row takes any title")
                .isNull();
        assertThat(curator(fr, () -> curation.titlePages(fr))).singleElement().satisfies(p -> {
            assertThat(p.titleId()).isEqualTo(titleId);
            assertThat(p.draftSize()).isEqualTo(1);
        });
        long boardId = boards.findByMarketCodeAndSurfaceAndTitleKey(fr, Surface.TITLE_PAGE, titleId).orElseThrow().getId();
        assertThat(audit.lastEventAbout(CurationService.SUBJECT, boardId)).get()
                .satisfies(e -> assertThat(e.getSummary()).contains("title page of " + titleName));

        // scoping unchanged: another market's title page is out of scope for an FR curator
        assertThatThrownBy(() -> curator(fr, () -> curation.board(BoardKey.titlePage(us, titleId))))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> as("x", Role.MODERATOR, "*", () -> curation.board(BoardKey.titlePage(fr, titleId))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aTakedownLeavesTheTitlePageWithANoticeNamingTheTitle() {
        long titleId = jdbc.sql("select s.title_id from episode e join season s on s.id = e.season_id where e.id = ?")
                .param(episodeId).query(Long.class).single();
        BoardView page = curator(fr, () -> curation.add(BoardKey.titlePage(fr, titleId), null, moment, null, null));
        curator(fr, () -> curation.publish(page.key(), page.version()));
        as("lead", Role.LEAD_MODERATOR, "*", () -> takedowns.takeDown(inMarkets(ContentKind.MOMENT, moment, fr)));

        BoardView after = curator(fr, () -> curation.board(BoardKey.titlePage(fr, titleId)));
        assertThat(after.published()).isEmpty();
        assertThat(after.notices()).anySatisfy(n -> {
            assertThat(n.board()).isEqualTo(BoardKey.titlePage(fr, titleId));
            assertThat(n.message()).contains("title page of Curation title");
        });
        assertThat(feed.at(BoardKey.titlePage(fr, titleId), Instant.now()).items()).isEmpty();
    }

    private void publishBoth(String market) {
        boolean admin = !market.equals(fr);
        Supplier<BoardView> add1 = () -> curation.add(BoardKey.homeRow(market), null, moment, null, null);
        BoardView b = admin ? as("alex", Role.ADMIN, "*", add1) : curator(market, add1);
        long v1 = b.version();
        Supplier<BoardView> add2 = () -> curation.add(BoardKey.homeRow(market), v1, other, null, null);
        b = admin ? as("alex", Role.ADMIN, "*", add2) : curator(market, add2);
        long v2 = b.version();
        Supplier<BoardView> publish = () -> curation.publish(BoardKey.homeRow(market), v2);
        if (admin) {
            as("alex", Role.ADMIN, "*", publish);
        } else {
            curator(market, publish);
        }
    }

    private long boardId(String market) {
        return boards.findByMarketCodeAndSurfaceAndTitleKey(market, Surface.HOME_ROW, 0).orElseThrow().getId();
    }

    private static <T> T curator(String market, Supplier<T> action) {
        return as("chloe", Role.CURATOR, market, action);
    }

    private static <T> T as(String username, Role role, String market, Supplier<T> action) {
        AtomicReference<T> result = new AtomicReference<>();
        AsStaff.run(username, Set.of(role), Set.of(market), () -> result.set(action.get()));
        return result.get();
    }
}
