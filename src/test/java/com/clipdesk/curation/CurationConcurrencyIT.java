package com.clipdesk.curation;

import static com.clipdesk.takedown.TakedownFixtures.inMarkets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.content.ContentKind;
import com.clipdesk.member.Member;
import com.clipdesk.shared.ConcurrentEditException;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import com.clipdesk.takedown.TakedownService;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A takedown and a curator saving the same board at the same moment: the takedown never fails
 * because of the curator (it is moderation, the curator can redo a reorder), the curator's work that
 * committed first is kept, and a curator who saves a board the takedown changed under them is told.
 */
@SpringBootTest
@ActiveProfiles("test")
class CurationConcurrencyIT {

    @Autowired
    TestData data;

    @Autowired
    CurationService curation;

    @Autowired
    FeaturedFeed feed;

    @Autowired
    TakedownService takedowns;

    @Autowired
    FeaturedBoardRepository boards;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    String fr;
    long twist;
    long kiss;
    long finale;

    @BeforeEach
    void aPublishedBoardOfThree() {
        fr = "C" + Long.toString(System.nanoTime() % 46656, 36).toUpperCase(Locale.ROOT);
        data.markets(fr, "FR", "US");
        Episode episode = data.episode("Concurrency title " + System.nanoTime(), 1800);
        Member creator = data.member("FR");
        twist = data.moment(episode, creator, "the twist", Set.of(fr)).getId();
        kiss = data.moment(episode, creator, "the kiss", Set.of(fr)).getId();
        finale = data.moment(episode, creator, "the finale", Set.of(fr)).getId();
        BoardView b = curator(() -> curation.add(BoardKey.homeRow(fr), null, twist, null, null));
        for (long id : new long[] {kiss, finale}) {
            long v = b.version();
            b = curator(() -> curation.add(BoardKey.homeRow(fr), v, id, null, null));
        }
        long v = b.version();
        curator(() -> curation.publish(BoardKey.homeRow(fr), v));
    }

    @Test
    void aTakedownWhoseTransactionReadTheBoardBeforeACuratorSavedItStillSucceedsAndKeepsTheCuratorsOrder() {
        long seen = board().version();

        transaction.executeWithoutResult(status -> {
            // the takedown's transaction has the board in memory already, as it was
            FeaturedBoard before = boards.findByMarketCodeAndSurfaceAndTitleKey(fr, Surface.HOME_ROW, 0).orElseThrow();
            assertThat(before.draft()).hasSize(3);
            // meanwhile a curator moves the finale to the top and commits
            inAnotherThread(() -> curator(() -> curation.move(BoardKey.homeRow(fr), seen, finale, 0)));

            as("lead", Role.LEAD_MODERATOR, () -> takedowns.takeDown(inMarkets(ContentKind.MOMENT, twist, fr)));
        });

        BoardView after = board();
        assertThat(after.draft()).extracting(BoardView.SlotView::momentId).as("the curator's reorder is kept")
                .containsExactly(finale, kiss);
        assertThat(after.draft()).extracting(BoardView.SlotView::position).containsExactly(0, 1);
        assertThat(after.published()).extracting(BoardView.SlotView::momentId).containsExactly(kiss, finale);
        assertThat(after.published()).extracting(BoardView.SlotView::position).containsExactly(0, 1);
        assertThat(after.notices()).singleElement().satisfies(n -> assertThat(n.momentId()).isEqualTo(twist));
        assertThat(feed.at(BoardKey.homeRow(fr), Instant.now()).items()).extracting(FeaturedFeed.Item::momentId)
                .containsExactly(kiss, finale);
    }

    @Test
    void aCuratorWhoSavesWhatTheTakedownChangedUnderThemIsToldAndNothingIsLost() {
        long seen = board().version();
        as("lead", Role.LEAD_MODERATOR, () -> takedowns.takeDown(inMarkets(ContentKind.MOMENT, kiss, fr)));

        assertThatThrownBy(() -> curator(() -> curation.move(BoardKey.homeRow(fr), seen, finale, 0)))
                .isInstanceOf(ConcurrentEditException.class).hasMessageContaining("Nothing was saved");
        assertThat(board().draft()).extracting(BoardView.SlotView::momentId).containsExactly(twist, finale);
    }

    @Test
    void aCuratorSavingWhileTheTakedownHoldsTheBoardWaitsThenIsToldTheTakedownWins() throws Exception {
        long seen = board().version();
        CountDownLatch withdrawn = new CountDownLatch(1);
        CountDownLatch curatorTried = new CountDownLatch(1);
        AtomicReference<CompletableFuture<BoardView>> curatorSave = new AtomicReference<>();

        transaction.executeWithoutResult(status -> {
            as("lead", Role.LEAD_MODERATOR, () -> takedowns.takeDown(inMarkets(ContentKind.MOMENT, twist, fr)));
            withdrawn.countDown();
            // the curator saves while this transaction (holding the board) has not committed yet
            curatorSave.set(CompletableFuture.supplyAsync(() -> {
                curatorTried.countDown();
                return curator(() -> curation.move(BoardKey.homeRow(fr), seen, finale, 0));
            }));
            awaitLatch(curatorTried);
            pause(300);
        });

        assertThatThrownBy(() -> curatorSave.get().get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(ConcurrentEditException.class);
        BoardView after = board();
        assertThat(after.draft()).extracting(BoardView.SlotView::momentId).containsExactly(kiss, finale);
        assertThat(after.published()).extracting(BoardView.SlotView::momentId).containsExactly(kiss, finale);
    }

    @Test
    void aPublicationOnAnotherNodeReachesThisNodesApiWithinTheRecheckInterval() {
        assertThat(served()).containsExactly(twist, kiss, finale);
        // another node (same database, its own memory) withdraws the kiss: no event reaches this node
        jdbc.sql("delete from featured_slot where moment_id = ? and board_id in (select id from featured_board"
                + " where market_code = ?)").params(kiss, fr).update();
        jdbc.sql("update featured_board set version = version + 1, published_revision = published_revision + 1"
                + " where market_code = ?").param(fr).update();

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(served()).containsExactly(twist, finale));
    }

    private java.util.List<Long> served() {
        return feed.at(BoardKey.homeRow(fr), Instant.now()).items().stream().map(FeaturedFeed.Item::momentId).toList();
    }

    private BoardView board() {
        return curator(() -> curation.board(BoardKey.homeRow(fr)));
    }

    private static void inAnotherThread(Runnable action) {
        try {
            CompletableFuture.runAsync(action).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private <T> T curator(Supplier<T> action) {
        AtomicReference<T> result = new AtomicReference<>();
        AsStaff.run("chloe", Set.of(Role.CURATOR), Set.of(fr), () -> result.set(action.get()));
        return result.get();
    }

    private static void as(String username, Role role, Runnable action) {
        AsStaff.run(username, Set.of(role), Set.of("*"), action);
    }
}
