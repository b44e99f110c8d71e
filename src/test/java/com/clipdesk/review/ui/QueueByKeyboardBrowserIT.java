package com.clipdesk.review.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.report.ReportReason;
import com.clipdesk.review.ReviewIntake;
import com.clipdesk.support.Chromium;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
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
 * The "done when": in Chromium, the demo moderator clears a queue of 50 cases with the
 * keyboard alone: N for the first case, then K, 1, Enter on each, until the queue is clear.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueueByKeyboardBrowserIT {

    private static final int CASES = 50;
    private static final Pattern CASE_URL = Pattern.compile(".*/review/cases/(\\d+)(\\?.*)?$");
    /** A queue of its own: Moments in MX (a demo moderator market) reported for "other" reasons. */
    private static final String QUEUE = "/review?lane=MODERATION&market=MX&kind=MOMENT&category=OTHER";

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
        cases = new CaseFixtures(data, intake, jdbc).cases("MX", CASES, ReportReason.OTHER);
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
    void moderatorClearsAQueueOfFiftyCasesByKeyboardAlone() {
        try (BrowserContext browser = chromium.newContext()) {
            Page page = browser.newPage();
            page.setDefaultTimeout(Chromium.TIMEOUT);
            page.navigate("http://localhost:" + port + QUEUE);
            Chromium.signIn(page, "moderator");
            // the first page after sign-in builds the queue view: give it the browser tests' timeout, not 5 s
            assertThat(page.locator("vaadin-grid")).isVisible(new LocatorAssertions.IsVisibleOptions()
                    .setTimeout(Chromium.TIMEOUT));
            page.keyboard().press("n");

            int decided = 0;
            String url = awaitCaseOrQueue(page, page.url());
            while (CASE_URL.matcher(url).matches()) {
                long caseId = caseIdOf(url);
                assertThat(page.locator(".cd-case__holder")).hasText("Held by you",
                        new LocatorAssertions.HasTextOptions().setTimeout(Chromium.TIMEOUT));
                page.keyboard().press("k");
                page.keyboard().press("1");
                page.keyboard().press("Enter");
                url = awaitCaseOrQueue(page, url);
                org.assertj.core.api.Assertions.assertThat(jdbc.sql("select status from review_case where id = ?")
                        .param(caseId).query(String.class).single()).as("case %d decided", caseId).isEqualTo("CLOSED");
                decided++;
                org.assertj.core.api.Assertions.assertThat(decided).as("the loop ends").isLessThan(CASES * 4);
            }
            assertThat(page.getByText("Queue clear")).isVisible();
            Chromium.screenshot(page, "queue-cleared.png");
            org.assertj.core.api.Assertions.assertThat(decided).isGreaterThanOrEqualTo(CASES);
        }
        for (long caseId : cases) {
            var row = jdbc.sql("select c.status, d.disposition, d.decided_by from review_case c"
                    + " join review_decision d on d.case_id = c.id where c.id = ?").param(caseId).query().singleRow();
            org.assertj.core.api.Assertions.assertThat(row).as("case %d", caseId)
                    .containsEntry("STATUS", "CLOSED").containsEntry("DISPOSITION", "KEEP")
                    .containsEntry("DECIDED_BY", "moderator");
        }
    }

    /** Waits until the page leaves {@code from} for another case or for the queue; returns the new URL. */
    private static String awaitCaseOrQueue(Page page, String from) {
        page.waitForURL(u -> !u.equals(from) && (CASE_URL.matcher(u).matches() || u.contains("/review?")
                || u.endsWith("/review")), new Page.WaitForURLOptions().setTimeout(Chromium.TIMEOUT));
        return page.url();
    }

    private static long caseIdOf(String url) {
        Matcher m = CASE_URL.matcher(url);
        org.assertj.core.api.Assertions.assertThat(m.matches()).isTrue();
        return Long.parseLong(m.group(1));
    }
}
