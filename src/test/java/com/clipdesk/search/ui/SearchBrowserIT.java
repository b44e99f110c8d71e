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
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * In Chromium, signed in as the demo moderator: a word typed in the top-bar box finds a Moment and
 * a submission, the "Moment" kind facet narrows to the Moment, and the hit opens its page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SearchBrowserIT extends BrowserTest {

    /** A word no other fixture has; ES is one of the demo moderator's markets. */
    private final String marker = "zqb" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);

    @Autowired
    TestData data;

    private long momentId;
    private String caption;

    @BeforeAll
    void fixtures() {
        data.markets("ES");
        Episode episode = data.episode("Search Browser " + System.nanoTime(), 2400);
        Member creator = data.member("ES");
        caption = "The " + marker + " on the pier at night";
        momentId = data.moment(episode, creator, caption, Set.of("ES")).getId();
        data.submission(episode, creator, "A theory about the " + marker, Set.of("ES"));
    }

    /** The engine the page names with the test configuration (Lucene in memory). */
    String expectedEngine() {
        return "Embedded Lucene " + org.apache.lucene.util.Version.LATEST;
    }

    String screenshotName() {
        return "search-facet.png";
    }

    @Test
    void moderatorSearchesFromTheTopBarNarrowsByAFacetAndOpensAHit() {
        try (BrowserContext browser = chromium.newContext()) {
            Page page = signedIn(browser, "moderator");

            Locator box = page.locator("vaadin-text-field.cd-search-box input");
            box.fill(marker);
            box.press("Enter");
            assertThat(page).hasURL(Pattern.compile(".*/search\\?q=" + marker + "$"), urlTimeout());
            Locator summary = page.locator(".cd-search-summary");
            assertThat(summary).hasText(Pattern.compile("^2 hits .*"), textTimeout());

            page.locator("vaadin-button.cd-search-facet-value[data-token='kind:moment']").click();
            assertThat(page).hasURL(Pattern.compile(".*/search\\?q=" + marker + "(\\+|%20)kind(:|%3A)moment$"),
                    urlTimeout());
            assertThat(summary).hasText(Pattern.compile("^1 hit .*"), textTimeout());
            Chromium.screenshot(page, screenshotName());
            assertThat(page.locator(".cd-search-engine")).hasText("Search engine: " + expectedEngine(), textTimeout());

            // the grid keeps row elements for reuse: take the visible one
            page.locator("vaadin-grid.cd-search-grid vaadin-grid-cell-content .cd-search-context")
                    .filter(new Locator.FilterOptions().setVisible(true)).first().click();
            assertThat(page).hasURL(Pattern.compile(".*/moments/" + momentId + "$"), urlTimeout());
            assertThat(page.locator("h2.cd-item-title")).containsText(caption,
                    new LocatorAssertions.ContainsTextOptions().setTimeout(Chromium.TIMEOUT));
        }
    }
}
