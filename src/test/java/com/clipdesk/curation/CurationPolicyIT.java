package com.clipdesk.curation;

import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.audit.AuditLog;
import com.clipdesk.catalog.Episode;
import com.clipdesk.catalog.TitleKind;
import com.clipdesk.member.Member;
import com.clipdesk.policy.PolicyRules;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import com.clipdesk.support.PolicyFixtures;
import com.clipdesk.support.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Boards follow the sharing policy: a stricter version takes Moments off, now or at its effective time. */
@SpringBootTest
@ActiveProfiles("test")
@RecordApplicationEvents
class CurationPolicyIT {

    @Autowired
    TestData data;

    @Autowired
    CurationService curation;

    @Autowired
    FeaturedFeed feed;

    @Autowired
    PolicyFixtures policies;

    @Autowired
    BoardPolicyCheck check;

    @Autowired
    FeaturedBoardRepository boards;

    @Autowired
    AuditLog audit;

    @Autowired
    TestClock clock;

    @Autowired
    ApplicationEvents events;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;

    String fr;
    String us;
    long longOne;
    long shortOne;

    @BeforeEach
    void fixtures() {
        String suffix = Long.toString(System.nanoTime() % 46656, 36).toUpperCase(java.util.Locale.ROOT);
        fr = "P" + suffix;
        us = "Q" + suffix;
        data.markets(fr, us);
        Episode episode = data.episode("Curation policy title " + System.nanoTime(), 1800);
        Member creator = data.member(fr);
        longOne = data.moment(episode, creator, "the long chase", Set.of(fr, us), 10, 50).getId(); // 40 s
        shortOne = data.moment(episode, creator, "the short kiss", Set.of(fr, us), 100, 120).getId(); // 20 s
        publishBoard(fr);
        publishBoard(us);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aStricterClipLengthPublishedNowTakesTheOverLongMomentOffThatMarketsBoardAtOnce() {
        policies.publish(fr, maxSeriesClip(30), null);

        BoardView board = curator(fr, () -> curation.board(BoardKey.homeRow(fr)));
        assertThat(board.draft()).extracting(BoardView.SlotView::momentId).containsExactly(shortOne);
        assertThat(board.published()).extracting(BoardView.SlotView::momentId).containsExactly(shortOne);
        assertThat(board.notices()).singleElement().satisfies(n -> {
            assertThat(n.momentId()).isEqualTo(longOne);
            assertThat(n.message()).isEqualTo("Moment " + longOne + " left " + fr + " home row: Longer than " + fr
                    + "'s 30 s limit for series (40 s).");
        });
        assertThat(feed.at(BoardKey.homeRow(fr), Instant.now()).items()).extracting(FeaturedFeed.Item::momentId)
                .containsExactly(shortOne);
        assertThat(feed.at(BoardKey.homeRow(us), Instant.now()).items()).extracting(FeaturedFeed.Item::momentId)
                .as("another market's policy did not change").containsExactly(longOne, shortOne);
        assertThat(audit.lastEventAbout(CurationService.SUBJECT, boardId(fr))).get().satisfies(e -> {
            assertThat(e.getAction()).isEqualTo("FEATURED_WITHDRAWN");
            assertThat(e.getActor()).as("who published the policy").isEqualTo("policy-ben");
            assertThat(e.getSummary()).contains("30 s limit");
        });
        assertThat(events.stream(FeaturedMomentWithdrawn.class)).singleElement()
                .isEqualTo(new FeaturedMomentWithdrawn(fr, Surface.HOME_ROW, null, longOne, "Longer than " + fr
                        + "'s 30 s limit for series (40 s)"));
    }

    @Test
    void aStricterVersionPublishedForLaterTakesTheMomentOffOnlyWhenTheCheckRunsAfterItsEffectiveTime() {
        Instant effective = Instant.now().plus(Duration.ofHours(2));
        policies.publish(fr, maxSeriesClip(30), effective);
        assertThat(featured(fr)).as("nothing changes at publication").containsExactly(longOne, shortOne);

        check.check();
        clock.set(effective.minusSeconds(60));
        assertThat(check.check()).isZero();
        assertThat(featured(fr)).as("not in force yet").containsExactly(longOne, shortOne);

        clock.set(effective.plusSeconds(30));
        assertThat(check.check()).isEqualTo(1);
        assertThat(featured(fr)).containsExactly(shortOne);
        assertThat(feed.at(BoardKey.homeRow(fr), clock.instant()).items()).extracting(FeaturedFeed.Item::momentId)
                .containsExactly(shortOne);
        assertThat(curator(fr, () -> curation.board(BoardKey.homeRow(fr))).notices()).singleElement()
                .satisfies(n -> assertThat(n.message()).contains("30 s limit"));
        assertThat(audit.lastEventAbout(CurationService.SUBJECT, boardId(fr))).get()
                .satisfies(e -> assertThat(e.getActor()).isEqualTo("system"));
        assertThat(featured(us)).containsExactly(longOne, shortOne);
        assertThat(check.check()).as("nothing more to do").isZero();
    }

    @Test
    void aPublicationThatMeetsACuratorSavingAnAffectedBoardStillPublishesAndKeepsTheCuratorsOrder() {
        long seen = curator(fr, () -> curation.board(BoardKey.homeRow(fr))).version();
        transaction.executeWithoutResult(status -> {
            // the publication's transaction has the board in memory already, as it was ...
            assertThat(boards.findByMarketCodeAndSurfaceAndTitleKey(fr, Surface.HOME_ROW, 0).orElseThrow().draft()).hasSize(2);
            // ... when a curator moves the short one to the top and commits
            CompletableFuture.runAsync(() -> curator(fr, () -> curation.move(BoardKey.homeRow(fr), seen, shortOne, 0)))
                    .join();
            policies.publish(fr, maxSeriesClip(30), null);
        });

        assertThat(featured(fr)).containsExactly(shortOne);
        assertThat(curator(fr, () -> curation.board(BoardKey.homeRow(fr))).notices()).singleElement()
                .satisfies(n -> assertThat(n.momentId()).isEqualTo(longOne));
    }

    private static PolicyRules maxSeriesClip(int seconds) {
        return new PolicyRules(null, Map.of(TitleKind.SERIES, seconds), null, null, null, null);
    }

    private java.util.List<Long> featured(String market) {
        BoardView board = curator(market, () -> curation.board(BoardKey.homeRow(market)));
        assertThat(board.draft()).extracting(BoardView.SlotView::momentId)
                .isEqualTo(board.published().stream().map(BoardView.SlotView::momentId).toList());
        return board.published().stream().map(BoardView.SlotView::momentId).toList();
    }

    private void publishBoard(String market) {
        BoardView b = curator(market, () -> curation.add(BoardKey.homeRow(market), null, longOne, null, null));
        long v1 = b.version();
        b = curator(market, () -> curation.add(BoardKey.homeRow(market), v1, shortOne, null, null));
        long v2 = b.version();
        curator(market, () -> curation.publish(BoardKey.homeRow(market), v2));
    }

    private long boardId(String market) {
        return boards.findByMarketCodeAndSurfaceAndTitleKey(market, Surface.HOME_ROW, 0).orElseThrow().getId();
    }

    private static <T> T curator(String market, Supplier<T> action) {
        AtomicReference<T> result = new AtomicReference<>();
        AsStaff.run("chloe", Set.of(Role.CURATOR), Set.of(market), () -> result.set(action.get()));
        return result.get();
    }
}
