package com.clipdesk.search.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.member.Member;
import com.clipdesk.support.BrowserTest;
import com.clipdesk.support.Chromium;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * In Chromium, signed in as the demo moderator: a leak's quotes are searched, removed in one bulk
 * action with a reason and a note, the run reaches its summary, and "state:removed" finds them all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SearchBulkBrowserIT extends BrowserTest {

    /** A word no other fixture has; ES and BR are among the demo moderator's markets. */
    private final String marker = "zqbulk" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);

    @Autowired
    TestData data;

    @BeforeAll
    void fixtures() {
        data.markets("ES", "BR");
        Episode episode = data.episode("Leak Browser " + System.nanoTime(), 2400);
        Member creator = data.member("ES");
        data.moment(episode, creator, "El final filtrado " + marker + ": muere el faro", Set.of("ES"));
        data.moment(episode, creator, "O final vazou " + marker + " — o farol morre", Set.of("BR"));
        data.moment(episode, creator, "Finale leaked " + marker + ", the lighthouse dies", Set.of("ES", "BR"));
        data.submission(episode, creator, "Theory from the leaked finale " + marker, Set.of("ES"));
    }

    @Test
    void moderatorRemovesEverythingTheSearchFindsAndFindsItRemoved() {
        try (BrowserContext browser = chromium.newContext()) {
            Page page = signedIn(browser, "moderator");
            page.navigate(url("/search?q=" + marker));
            assertThat(page.locator(".cd-search-summary")).hasText(Pattern.compile("^4 hits .*"), textTimeout());

            page.locator("vaadin-button.cd-search-act").click();
            Locator dialog = page.locator("vaadin-dialog.cd-bulk-dialog");
            assertThat(page.locator(".cd-bulk-count")).hasText("4 items: 3 Moments, 1 fandom submission.",
                    textTimeout());
            page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Remove")).check();
            page.locator("vaadin-combo-box").filter(new Locator.FilterOptions().setHasText("Reason code"))
                    .locator("input").click();
            page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Unmarked spoiler"))
                    .click();
            page.locator("vaadin-text-area textarea").fill("Finale leaked before release: every quote goes");
            Chromium.screenshot(page, "bulk-preview.png");
            page.evaluate("document.documentElement.setAttribute('theme', 'dark')");
            page.waitForTimeout(500); // let the theme's colour transitions settle before the shot
            Chromium.screenshot(page, "bulk-preview-dark.png");
            page.evaluate("document.documentElement.removeAttribute('theme')");

            page.locator("vaadin-button.cd-bulk-confirm").click();
            page.locator("vaadin-button[slot='confirm-button']").click();

            Locator summary = page.locator(".cd-bulk-summary");
            assertThat(summary).containsText("Removed 4 items of 4.",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(Chromium.TIMEOUT));
            Chromium.screenshot(page, "bulk-summary.png");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close")).click();
            assertThat(dialog).hasCount(0);

            page.navigate(url("/search?q=" + marker + "+state:removed"));
            assertThat(page.locator(".cd-search-summary")).hasText(Pattern.compile("^4 hits .*"), textTimeout());
            page.navigate(url("/search?q=" + marker + "+state:active"));
            assertThat(page.locator(".cd-search-summary")).hasText(Pattern.compile("^0 hits .*"), textTimeout());
        }
    }
}
