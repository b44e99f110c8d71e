package com.clipdesk.takedown.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.member.Member;
import com.clipdesk.support.BrowserTest;
import com.clipdesk.support.Chromium;
import com.clipdesk.support.LinkResolverClient;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The flow in Chromium: the demo lead signs in through the development OIDC login, takes a
 * Moment down in FR only; the share-link API (called with a client-credentials token) says blocked
 * in FR and allowed in US; FR search no longer shows it, US search does; the lead lifts it and FR is
 * allowed again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TakedownBrowserIT extends BrowserTest {

    private final String marker = "zqt" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);

    @Autowired
    TestData data;

    private long momentId;
    private String token;

    @BeforeAll
    void fixtures() {
        data.markets("FR", "US");
        Episode episode = data.episode("Takedown Browser " + System.nanoTime(), 2400);
        Member creator = data.member("FR");
        var moment = data.moment(episode, creator, "The " + marker + " duel on the rooftop", Set.of("FR", "US"));
        momentId = moment.getId();
        token = "pw" + Long.toString(System.nanoTime(), 36);
        data.shareLink(moment, token);
    }

    @Test
    void leadTakesAMomentDownInFrOnlyThenLiftsIt() {
        var resolver = new LinkResolverClient(port);
        String bearer = resolver.token();
        assertThat(resolver.status(bearer, token + "?market=FR").body()).contains("\"status\":\"allowed\"");

        try (BrowserContext browser = chromium.newContext()) {
            Page page = signedIn(browser, "lead");
            page.navigate(url("/moments/" + momentId));
            page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Take down…")).click();

            page.locator("#takedown-markets vaadin-checkbox", new Page.LocatorOptions().setHasText("FR")).click();
            Locator reason = page.locator("#takedown-reason-code input");
            reason.fill("Harassment");
            page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Harassment (HARASSMENT)")).click();
            page.locator("#takedown-ground-reference input").fill("ToS 4.2 Harassment");
            page.locator("#takedown-explanation textarea").fill("Targets a member with abuse.");
            Chromium.screenshot(page, "takedown-dialog.png");
            page.locator("#takedown-confirm").click();

            assertThat(page.locator("h4", new Page.LocatorOptions().setHasText("Taken down in FR")))
                    .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                            .setTimeout(Chromium.TIMEOUT));
            assertThat(resolver.status(bearer, token + "?market=FR").body())
                    .contains("\"status\":\"blocked\"", "\"reason\":\"taken_down\"");
            assertThat(resolver.status(bearer, token + "?market=US").body()).contains("\"status\":\"allowed\"");

            Locator summary = page.locator(".cd-search-summary");
            page.navigate(url("/search?q=" + marker + "+market:FR"));
            assertThat(summary).hasText(Pattern.compile("^0 hits .*"), textTimeout());
            page.navigate(url("/search?q=" + marker + "+market:US"));
            assertThat(summary).hasText(Pattern.compile("^1 hit .*"), textTimeout());
            assertThat(page.locator(".cd-badge--takedown", new Page.LocatorOptions().setHasText("Taken down in FR"))
                    .first()).isVisible();
            Chromium.screenshot(page, "takedown-search.png");

            page.navigate(url("/moments/" + momentId));
            page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Lift…")).click();
            page.locator("#takedown-change-reason textarea").fill("The order was withdrawn");
            page.locator("#takedown-change-confirm").click();
            assertThat(page.locator(".cd-takedown--lifted")).isVisible(
                    new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(Chromium.TIMEOUT));
            assertThat(resolver.status(bearer, token + "?market=FR").body()).contains("\"status\":\"allowed\"");
            page.navigate(url("/search?q=" + marker + "+market:FR"));
            assertThat(summary).hasText(Pattern.compile("^1 hit .*"), textTimeout());
        }
    }
}
