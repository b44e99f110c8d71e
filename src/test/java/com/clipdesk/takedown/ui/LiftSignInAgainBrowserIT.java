package com.clipdesk.takedown.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.content.ContentKind;
import com.clipdesk.content.ContentModeration;
import com.clipdesk.member.Member;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import com.clipdesk.support.BrowserTest;
import com.clipdesk.support.Chromium;
import com.clipdesk.takedown.Ground;
import com.clipdesk.takedown.TakedownRequest;
import com.clipdesk.takedown.TakedownService;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A sensitive action with an old sign-in, in Chromium through the real OIDC login: the lead's sign-in
 * grows older than the (here tiny) window, lifting a takedown is refused with the dialog that says why,
 * "Sign in again" shows the provider's form despite its live session, comes back to the same Moment,
 * and the repeated lift goes through. No console error from the Content-Security-Policy on the way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "clipdesk.security.recent-sign-in=PT8S")
@ActiveProfiles("test")
class LiftSignInAgainBrowserIT extends BrowserTest {

    @Autowired
    TestData data;

    @Autowired
    TakedownService takedowns;

    @Autowired
    ContentModeration moderation;

    private long momentId;

    @BeforeAll
    void fixtures() {
        data.markets("FR", "US");
        Episode episode = data.episode("Sign in again " + System.nanoTime(), 2400);
        Member creator = data.member("FR");
        momentId = data.moment(episode, creator, "Rooftop duel", Set.of("FR", "US")).getId();
        AsStaff.run("lead", Set.of(Role.LEAD_MODERATOR), Set.of("*"), () -> takedowns.takeDown(new TakedownRequest(
                ContentKind.MOMENT, momentId, false, Set.of("FR"), "HARASSMENT", Ground.TERMS, "ToS 4.2",
                "Targets a member with abuse.", null)));
    }

    @Test
    void aStaleSignInIsAskedToSignInAgainAndThenLifts() throws InterruptedException {
        try (BrowserContext browser = chromium.newContext()) {
            Page page = signedIn(browser, "lead");
            List<String> cspErrors = new ArrayList<>();
            page.onConsoleMessage(message -> {
                if ("error".equals(message.type()) && message.text().contains("Content Security Policy")) {
                    cspErrors.add(message.text());
                }
            });
            page.navigate(url("/moments/" + momentId));
            assertThat(page.locator("h4", new Page.LocatorOptions().setHasText("Taken down in FR"))).isVisible();

            Thread.sleep(9_000); // older than the window
            lift(page);
            assertThat(page.locator(".cd-sign-in-again-why")).hasText(Pattern.compile(
                    "^Lifting a takedown needs you to sign in again: you signed in \\d+ s ago.*"),
                    new LocatorAssertions.HasTextOptions().setTimeout(Chromium.TIMEOUT));
            assertThat(page.getByText("Nothing was changed.", new Page.GetByTextOptions().setExact(false))).isVisible();
            Chromium.screenshot(page, "sign-in-again.png");
            assertThat(moderation.hiddenIn(ContentKind.MOMENT, momentId)).containsExactly("FR");

            page.locator("#sign-in-again").click();
            page.waitForURL(Pattern.compile(".*/login.*"), new Page.WaitForURLOptions().setTimeout(Chromium.TIMEOUT));
            Chromium.signIn(page, "lead");
            page.waitForURL(Pattern.compile(".*/moments/" + momentId + "(\\?.*)?$"),
                    new Page.WaitForURLOptions().setTimeout(Chromium.TIMEOUT));

            lift(page);
            assertThat(page.locator(".cd-takedown--lifted")).isVisible(
                    new LocatorAssertions.IsVisibleOptions().setTimeout(Chromium.TIMEOUT));
            assertThat(moderation.hiddenIn(ContentKind.MOMENT, momentId)).isEmpty();
            assertThat(cspErrors).as("the console runs under its Content-Security-Policy").isEmpty();
        }
    }

    private static void lift(Page page) {
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Lift…")).click();
        page.locator("#takedown-change-reason textarea").fill("The order was withdrawn");
        page.locator("#takedown-change-confirm").click();
    }
}
