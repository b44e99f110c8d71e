package com.clipdesk.takedown.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.member.Member;
import com.clipdesk.support.BrowserTest;
import com.clipdesk.support.Chromium;
import com.clipdesk.support.LinkResolverClient;
import com.clipdesk.support.MemberAppClient;
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
 * The issue's flow in Chromium: the demo lead signs in through the development OIDC login, takes a
 * Moment down in FR only; the share-link API (called with a client-credentials token) says blocked
 * in FR and allowed in US; FR search no longer shows it, US search does; the lead lifts it and FR is
 * allowed again. And the appeal: the member app files an appeal against a FR takedown, the lead who
 * took it cannot decide it, an admin overturns it and the link resolves in FR again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TakedownBrowserIT extends BrowserTest {

    private final String marker = "zqt" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);
    private final String appealMarker = "zqa" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);

    @Autowired
    TestData data;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private long momentId;
    private String token;
    private String creatorHandle;
    private long appealedMomentId;
    private String appealedToken;

    @BeforeAll
    void fixtures() {
        data.markets("FR", "US");
        Episode episode = data.episode("Takedown Browser " + System.nanoTime(), 2400);
        Member creator = data.member("FR");
        var moment = data.moment(episode, creator, "The " + marker + " duel on the rooftop", Set.of("FR", "US"));
        momentId = moment.getId();
        token = "pw" + Long.toString(System.nanoTime(), 36);
        data.shareLink(moment, token);
        creatorHandle = creator.getHandle();
        var appealed = data.moment(episode, creator, "The " + appealMarker + " appealed chase", Set.of("FR", "US"));
        appealedMomentId = appealed.getId();
        appealedToken = "pa" + Long.toString(System.nanoTime(), 36);
        data.shareLink(appealed, appealedToken);
    }

    @Test
    void aTakedownInFrIsAppealedAndOverturnedByAnotherDeciderAndTheLinkResolvesAgain() {
        var resolver = new LinkResolverClient(port);
        String bearer = resolver.token();
        var memberApp = new MemberAppClient(port);
        String appBearer = memberApp.token();

        try (BrowserContext browser = chromium.newContext()) {
            Page lead = signedIn(browser, "lead");
            lead.navigate(url("/moments/" + appealedMomentId));
            takeDownInFr(lead, false);
            assertThat(lead.locator("h4", new Page.LocatorOptions().setHasText("Taken down in FR")))
                    .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                            .setTimeout(Chromium.TIMEOUT));
            assertThat(resolver.status(bearer, appealedToken + "?market=FR").body()).contains("\"status\":\"blocked\"");
            assertThat(resolver.status(bearer, appealedToken + "?market=US").body()).contains("\"status\":\"allowed\"");
            Locator summary = lead.locator(".cd-search-summary");
            lead.navigate(url("/search?q=" + appealMarker + "+market:FR"));
            assertThat(summary).hasText(Pattern.compile("^0 hits .*"), textTimeout());
        }
        long takedownId = Long.parseLong(jdbc.sql("select max(id) from takedown where item_id = ? and item_kind = 'MOMENT'")
                .param(appealedMomentId).query(String.class).single());

        // the member appeals in the app; its backend files the appeal through the API
        var filed = memberApp.file(appBearer, "{\"decision\":\"takedown\",\"decisionId\":" + takedownId
                + ",\"member\":" + MemberAppClient.quote(creatorHandle) + ",\"statement\":\"It is a scene from the show.\"}");
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);

        try (BrowserContext browser = chromium.newContext()) {
            // the lead took the decision: they see the appeal but may not decide it
            Page lead = signedIn(browser, "lead");
            lead.navigate(url("/appeals"));
            Locator row = lead.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("your decision"));
            assertThat(row.first()).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                    .setTimeout(Chromium.TIMEOUT));
        }
        try (BrowserContext browser = chromium.newContext()) {
            Page admin = signedIn(browser, "admin");
            admin.navigate(url("/moments/" + appealedMomentId));
            admin.locator("vaadin-button", new Page.LocatorOptions().setHasText("against takedown #" + takedownId)).click();
            admin.locator("#appeal-outcome vaadin-radio-button", new Page.LocatorOptions().setHasText("Overturn")).click();
            admin.locator("#appeal-note textarea").fill("A scene from the show, shared as the trailer does.");
            Chromium.screenshot(admin, "appeal-dialog.png");
            admin.locator("#appeal-decide").click();
            assertThat(admin.locator(".cd-appeal-line .cd-badge", new Page.LocatorOptions().setHasText("Overturned")))
                    .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                            .setTimeout(Chromium.TIMEOUT));
            assertThat(admin.locator(".cd-takedown--lifted")).isVisible();
            assertThat(resolver.status(bearer, appealedToken + "?market=FR").body()).contains("\"status\":\"allowed\"");
            Locator summary = admin.locator(".cd-search-summary");
            admin.navigate(url("/search?q=" + appealMarker + "+market:FR"));
            assertThat(summary).hasText(Pattern.compile("^1 hit .*"), textTimeout());
            admin.navigate(url("/appeals"));
            Chromium.screenshot(admin, "appeals.png");
        }
    }

    @Test
    void leadTakesAMomentDownInFrOnlyThenLiftsIt() {
        var resolver = new LinkResolverClient(port);
        String bearer = resolver.token();
        assertThat(resolver.status(bearer, token + "?market=FR").body()).contains("\"status\":\"allowed\"");

        try (BrowserContext browser = chromium.newContext()) {
            Page page = signedIn(browser, "lead");
            page.navigate(url("/moments/" + momentId));
            takeDownInFr(page, true);
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

    /** Fills and confirms the takedown dialog on the Moment's page: FR only, harassment, our terms. */
    private static void takeDownInFr(Page page, boolean screenshot) {
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Take down…")).click();

        page.locator("#takedown-markets vaadin-checkbox", new Page.LocatorOptions().setHasText("FR")).click();
        Locator reason = page.locator("#takedown-reason-code input");
        reason.fill("Harassment");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Harassment (HARASSMENT)")).click();
        page.locator("#takedown-ground-reference input").fill("ToS 4.2 Harassment");
        page.locator("#takedown-explanation textarea").fill("Targets a member with abuse.");
        if (screenshot) {
            Chromium.screenshot(page, "takedown-dialog.png");
        }
        page.locator("#takedown-confirm").click();
    }
}
