package com.clipdesk.review.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.report.ReportReason;
import com.clipdesk.review.ReviewIntake;
import com.clipdesk.support.Chromium;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PageAssertions;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * In Chromium, signed in through the development provider as the demo moderator: the top case
 * decided with three keys (K, 1, Enter), and the next case opens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseBrowserIT {

    @Autowired
    com.clipdesk.review.ReasonCodes reasonCodes;

    private static final Pattern CASE_URL = Pattern.compile(".*/review/cases/(\\d+)(\\?.*)?$");

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    ReviewIntake intake;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    private Chromium chromium;
    private List<Long> cases;

    @BeforeAll
    void setUp() {
        chromium = new Chromium();
        // child safety comes first in every queue; ES is one of the demo moderator's markets
        cases = new CaseFixtures(data, intake, jdbc).cases("ES", 2, ReportReason.CHILD_SAFETY);
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
    void moderatorKeepsTheTopCaseWithThreeKeysAndTheNextOneOpens() {
        long first = cases.getFirst();
        try (BrowserContext browser = chromium.newContext()) {
            Page page = browser.newPage();
            page.setDefaultTimeout(Chromium.TIMEOUT);
            page.navigate(base() + "/review/cases/" + first + "?lane=MODERATION&market=ES");
            Chromium.signIn(page, "moderator");
            assertThat(page.locator("h2.cd-item-title")).containsText("Case #" + first,
                    new LocatorAssertions.ContainsTextOptions().setTimeout(Chromium.TIMEOUT));
            assertThat(page.locator(".cd-case__holder")).hasText("Held by you");
            Chromium.screenshot(page, "case-page.png");

            page.keyboard().press("k");
            assertThat(page.locator(".cd-decision__dispositions vaadin-button[aria-pressed='true']"))
                    .containsText("Keep");
            String firstKeepReason = firstKeepReason();
            page.keyboard().press("1");
            assertThat(page.locator("vaadin-radio-button[checked]")).containsText(firstKeepReason);
            page.keyboard().press("Enter");

            assertThat(page).hasURL(Pattern.compile(".*/review/cases/(?!" + first + "\\b)\\d+\\?.*market=ES.*"),
                    new PageAssertions.HasURLOptions().setTimeout(Chromium.TIMEOUT));
            Matcher url = CASE_URL.matcher(page.url());
            org.assertj.core.api.Assertions.assertThat(url.matches()).isTrue();
            long next = Long.parseLong(url.group(1));
            assertThat(page.locator("h2.cd-item-title")).containsText("Case #" + next);
            Chromium.screenshot(page, "case-page-next.png");
        }
        var row = jdbc.sql("select status, outcome from review_case where id = ?").param(first).query().singleRow();
        org.assertj.core.api.Assertions.assertThat(row.get("status")).isEqualTo("CLOSED");
        org.assertj.core.api.Assertions.assertThat(row.get("outcome")).isEqualTo("KEEP");
    }

    private String base() {
        return "http://localhost:" + port;
    }

    /** Other tests may add reason codes: the first of the list is whatever the service says it is. */
    private String firstKeepReason() {
        String[] label = new String[1];
        com.clipdesk.support.AsStaff.run(java.util.Set.of(com.clipdesk.staff.Role.MODERATOR), java.util.Set.of("ES"),
                () -> label[0] = reasonCodes.activeFor(com.clipdesk.review.Disposition.KEEP).get(0).label());
        return label[0];
    }
}
