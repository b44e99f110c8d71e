package com.clipdesk.home;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.content.ContentKind;
import com.clipdesk.member.Member;
import com.clipdesk.report.ReportReason;
import com.clipdesk.support.Chromium;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PageAssertions;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * In Chromium, through the real OIDC sign-in: a deep link survives the sign-in, each role sees its
 * own navigation, and a Moment opens from the grid and from its report.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    ApplicationContext context;

    private Chromium chromium;
    private long momentId;
    private long reportId;
    private String caption;

    @BeforeAll
    void setUp() {
        chromium = new Chromium();
        data.markets("BR", "MX", "ES", "FR");
        Episode episode = data.episode("Browser Flow " + System.nanoTime(), 2700);
        Member member = data.member("MX");
        caption = "The rooftop chase, browser test " + System.nanoTime();
        momentId = data.moment(episode, member, caption, Set.of("MX", "FR")).getId();
        reportId = data.report(ContentKind.MOMENT, momentId, member, ReportReason.HARASSMENT, "MX").getId();
    }

    @BeforeEach
    void ownSecurityStrategy() {
        Chromium.useSecurityStrategyOf(context);
    }

    @AfterAll
    void tearDown() {
        chromium.close();
    }

    @Test
    void aDeepLinkOpensAfterSignInAndTheMomentLinksToItsReports() {
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            page.setDefaultTimeout(Chromium.TIMEOUT);
            page.navigate(base() + "/moments/" + momentId);
            assertThat(page).hasURL(Pattern.compile(".*/login$"), urlTimeout());
            Chromium.signIn(page, "moderator");

            // Spring Security's saved request adds "?continue" to the page the staff member asked for
            assertThat(page).hasURL(Pattern.compile(".*/moments/" + momentId + "(\\?continue)?$"), urlTimeout());
            assertThat(page.locator("h2.cd-item-title")).containsText(caption, textTimeout());
            assertThat(page.locator(".cd-facts")).containsText("MX");
            Chromium.screenshot(page, "moment-deep-link.png");

            // the report on it, then back to the Moment from the report page
            page.locator("vaadin-grid").last().locator("vaadin-grid-cell-content", new Locator.LocatorOptions()
                    .setHasText("Harassment")).first().click();
            assertThat(page).hasURL(Pattern.compile(".*/reports/" + reportId + "$"), urlTimeout());
            assertThat(page.locator("h2.cd-item-title")).hasText("Report #" + reportId + ": Harassment");
            page.getByText("Open the moment page").click();
            assertThat(page).hasURL(Pattern.compile(".*/moments/" + momentId + "$"), urlTimeout());
        }
    }

    @Test
    void eachRoleSeesOnlyTheNavigationItMayUse() {
        check("moderator", List.of("Home", "Review", "Takedowns", "Appeals", "Search", "Moments", "Fandom submissions",
                "Release calendar", "Reports", "Spoiler windows", "Sharing policies"));
        check("curator", List.of("Home", "Dashboards", "Search", "Moments", "Fandom submissions", "Release calendar",
                "Featured Moments", "Clip heatmap", "Spoiler windows", "Sharing policies"));
        check("auditor", List.of("Home", "Review", "Takedowns", "Appeals", "Search", "Moments", "Fandom submissions",
                "Release calendar", "Reports", "Spoiler windows", "Sharing policies", "Audit trail", "DSA statements"));
        check("admin", List.of("Home", "Review", "Review team", "Dashboards", "Takedowns", "Appeals", "Search", "Moments",
                "Fandom submissions", "Release calendar", "Reports", "Featured Moments", "Clip heatmap", "Markets",
                "Release dates", "Spoiler windows", "Sharing policies", "Reason codes", "Notice templates",
                "Service levels", "Rules on ingest", "Search index", "Webhooks", "Audit trail", "Staff", "DSA statements"));
    }

    private void check(String username, List<String> expected) {
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            page.setDefaultTimeout(Chromium.TIMEOUT);
            page.navigate(base() + "/");
            Chromium.signIn(page, username);
            Locator items = page.locator("vaadin-side-nav-item");
            assertThat(items).hasCount(expected.size(), new LocatorAssertions.HasCountOptions()
                    .setTimeout(Chromium.TIMEOUT));
            org.assertj.core.api.Assertions.assertThat(items.allInnerTexts()).as("navigation of %s", username)
                    .map(String::strip).containsExactlyElementsOf(expected);
            Chromium.screenshot(page, "home-" + username + ".png");
            if (!expected.contains("Markets")) {
                page.navigate(base() + "/markets");
                assertThat(page.locator(".cd-problem h2")).hasText(Pattern.compile("Not allowed.*|Page not found"),
                        new LocatorAssertions.HasTextOptions().setTimeout(Chromium.TIMEOUT));
            }
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static PageAssertions.HasURLOptions urlTimeout() {
        return new PageAssertions.HasURLOptions().setTimeout(Chromium.TIMEOUT);
    }

    private static LocatorAssertions.ContainsTextOptions textTimeout() {
        return new LocatorAssertions.ContainsTextOptions().setTimeout(Chromium.TIMEOUT);
    }
}
