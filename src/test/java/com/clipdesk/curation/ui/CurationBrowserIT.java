package com.clipdesk.curation.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.curation.BoardKey;
import com.clipdesk.curation.BoardView;
import com.clipdesk.curation.CurationService;
import com.clipdesk.curation.Surface;
import com.clipdesk.member.Member;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import com.clipdesk.support.BrowserTest;
import com.clipdesk.support.Chromium;
import com.clipdesk.support.MemberAppClient;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.BoundingBox;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The issue's flow in Chromium: the demo curator (FR, DE, GB) builds the FR home row (adds three
 * Moments, reorders by dragging a row and with the keyboard move buttons, schedules two slots) and
 * publishes; the featured API (client-credentials token with {@code featured.read}) serves that order
 * and schedule. Then the demo lead takes one featured Moment down in FR: it leaves the API at once,
 * and the curator finds the notice on the board page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CurationBrowserIT extends BrowserTest {

    private static final Pattern MOMENT_ID = Pattern.compile("\"momentId\":(\\d+)");
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    TestData data;

    @Autowired
    CurationService curation;

    @Test
    void aCuratorBuildsAndPublishesTheFrHomeRowAndATakedownInFrTakesAMomentOffIt() {
        data.markets("FR", "DE", "GB", "US");
        emptyFrHomeRow();
        Episode episode = data.episode("Curation Browser " + System.nanoTime(), 2400);
        Member creator = data.member("FR");
        long a = data.moment(episode, creator, "The harbour standoff", Set.of("FR", "US")).getId();
        long b = data.moment(episode, creator, "The lighthouse confession", Set.of("FR", "US")).getId();
        long c = data.moment(episode, creator, "The storm finale", Set.of("FR", "US")).getId();
        MemberAppClient app = new MemberAppClient(port);
        String bearer = app.token("featured.read");

        try (BrowserContext browser = chromium.newContext()) {
            Page page = signedIn(browser, "curator");
            page.navigate(url("/curation/FR"));
            for (long id : new long[] {a, b, c}) {
                Locator field = page.locator("#curation-moment-id input");
                field.fill(Long.toString(id));
                field.press("Enter");
                assertThat(moveButton(page, id, "up")).isAttached(attachedTimeout());
            }
            // a, b, c: c is last
            assertThat(moveButton(page, c, "down")).isDisabled();

            // drag c's row above a's: c, a, b
            dragRowAbove(page, c, a);
            assertThat(moveButton(page, c, "up")).isDisabled(disabledTimeout());
            assertThat(moveButton(page, b, "down")).isDisabled();
            assertThat(draft(a, b, c)).containsExactly(c, a, b);

            // the keyboard: focus b's "up" button and press Enter: c, b, a
            moveButton(page, b, "up").press("Enter");
            assertThat(moveButton(page, a, "down")).isDisabled(disabledTimeout());
            assertThat(moveButton(page, b, "up")).isEnabled();
            assertThat(draft(a, b, c)).containsExactly(c, b, a);

            // b from yesterday for a month; a only from tomorrow
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            schedule(page, b, today.minusDays(1), today.plusDays(30));
            schedule(page, a, today.plusDays(1), null);

            page.locator("#curation-publish").click();
            assertThat(page.locator("#curation-status"))
                    .containsText("by curator: 3 Moments, 2 shown now", containsTimeout());
            Chromium.screenshot(page, "curation-board-published.png");

            HttpResponse<String> served = app.featured(bearer, "FR?surface=HOME_ROW", null);
            assertThat(served.statusCode()).as(served.body()).isEqualTo(200);
            assertThat(momentIds(served.body())).as("the published order, a not shown before tomorrow")
                    .containsExactly(c, b);
            assertThat(served.body()).contains("\"startsAt\":\"" + today.minusDays(1) + "T00:00:00Z\"",
                    "\"endsAt\":\"" + today.plusDays(30) + "T00:00:00Z\"");

            // the lead takes c down in FR
            try (BrowserContext leadBrowser = chromium.newContext()) {
                Page lead = signedIn(leadBrowser, "lead");
                lead.navigate(url("/moments/" + c));
                takeDownInFr(lead);
                assertThat(lead.locator("h4", new Page.LocatorOptions().setHasText("Taken down in FR")))
                        .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(Chromium.TIMEOUT));
            }
            HttpResponse<String> after = app.featured(bearer, "FR?surface=HOME_ROW", null);
            assertThat(momentIds(after.body())).as("at once, without the cache").containsExactly(b);

            page.navigate(url("/curation/FR"));
            assertThat(page.locator(".cd-curation__notice").first())
                    .containsText("Moment " + c + " left FR home row: Taken down in FR.", containsTimeout());
            assertThat(moveButton(page, b, "up")).isDisabled();
            assertThat(moveButton(page, c, "up")).hasCount(0);
            Chromium.screenshot(page, "curation-board-notice.png");
        }
    }

    /** Other tests share the database: start from an empty, published FR home row. */
    private void emptyFrHomeRow() {
        AsStaff.run("admin", Set.of(Role.ADMIN), Set.of("*"), () -> {
            BoardView board = curation.board(BoardKey.homeRow("FR"));
            for (BoardView.SlotView s : board.draft()) {
                board = curation.remove(BoardKey.homeRow("FR"), board.version(), s.momentId());
            }
            if (board.version() != null && (board.unpublishedChanges() || !board.published().isEmpty())) {
                curation.publish(BoardKey.homeRow("FR"), board.version());
            }
        });
    }

    /** The draft's order of our Moments, as the service has it (the other ones are filtered out). */
    private List<Long> draft(long... ours) {
        List<Long> ids = new ArrayList<>();
        AsStaff.run("admin", Set.of(Role.ADMIN), Set.of("*"), () -> curation.board(BoardKey.homeRow("FR")).draft()
                .forEach(s -> ids.add(s.momentId())));
        List<Long> mine = java.util.Arrays.stream(ours).boxed().toList();
        return ids.stream().filter(mine::contains).toList();
    }

    private static Locator moveButton(Page page, long momentId, String direction) {
        return page.locator("vaadin-button[aria-label='Move Moment " + momentId + " " + direction + "']");
    }

    /** The cell of the Moment column of a row (the grid's light DOM: what the mouse can grab). */
    private static Locator momentCell(Page page, long momentId) {
        return page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("#" + momentId + " ·"));
    }

    /**
     * Drags the row of {@code moving} onto the upper part of {@code target}'s row with the mouse (HTML5
     * drag and drop, as a person does it). The grid accepts drops only once the server answered the drag
     * start (it turns the drop mode on), so the pointer waits over the target for that before releasing.
     */
    private static void dragRowAbove(Page page, long moving, long target) {
        BoundingBox from = momentCell(page, moving).boundingBox();
        BoundingBox to = momentCell(page, target).boundingBox();
        page.mouse().move(from.x + from.width / 2, from.y + from.height / 2);
        page.mouse().down();
        page.mouse().move(from.x + from.width / 2, from.y + from.height / 2 - 10, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
        page.mouse().move(to.x + to.width / 2, to.y + 4, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(10));
        page.waitForFunction("() => document.querySelector('vaadin-grid').dropMode === 'between'", null,
                new Page.WaitForFunctionOptions().setTimeout(Chromium.TIMEOUT));
        page.mouse().move(to.x + to.width / 2, to.y + 2, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(3));
        page.mouse().up();
    }

    private static void schedule(Page page, long momentId, LocalDate from, @org.jspecify.annotations.Nullable LocalDate until) {
        page.locator("vaadin-button[aria-label='Schedule Moment " + momentId + "']").click();
        fillDateTime(page.locator("#schedule-from"), from);
        fillDateTime(page.locator("#schedule-until"), until);
        page.locator("#schedule-save").click();
        // the dialog closes once the server saved the schedule
        assertThat(page.locator("#schedule-save")).hasCount(0, new LocatorAssertions.HasCountOptions()
                .setTimeout(Chromium.TIMEOUT));
    }

    private static void fillDateTime(Locator picker, @org.jspecify.annotations.Nullable LocalDate day) {
        if (day == null) {
            return;
        }
        Locator date = picker.locator("vaadin-date-picker input");
        date.fill(UK_DATE.format(day));
        date.press("Enter");
        Locator time = picker.locator("vaadin-time-picker input");
        time.fill("00:00");
        time.press("Enter");
    }

    /** Fills and confirms the takedown dialog on the Moment's page: FR only, harassment, our terms. */
    private static void takeDownInFr(Page page) {
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Take down…")).click();
        page.locator("#takedown-markets vaadin-checkbox", new Page.LocatorOptions().setHasText("FR")).click();
        page.locator("#takedown-reason-code input").fill("Harassment");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Harassment (HARASSMENT)")).click();
        page.locator("#takedown-ground-reference input").fill("ToS 4.2 Harassment");
        page.locator("#takedown-explanation textarea").fill("Targets a member with abuse.");
        page.locator("#takedown-confirm").click();
    }

    private static List<Long> momentIds(String json) {
        List<Long> ids = new ArrayList<>();
        Matcher m = MOMENT_ID.matcher(json);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    private static LocatorAssertions.IsAttachedOptions attachedTimeout() {
        return new LocatorAssertions.IsAttachedOptions().setTimeout(Chromium.TIMEOUT);
    }

    private static LocatorAssertions.IsDisabledOptions disabledTimeout() {
        return new LocatorAssertions.IsDisabledOptions().setTimeout(Chromium.TIMEOUT);
    }

    private static LocatorAssertions.ContainsTextOptions containsTimeout() {
        return new LocatorAssertions.ContainsTextOptions().setTimeout(Chromium.TIMEOUT);
    }
}
