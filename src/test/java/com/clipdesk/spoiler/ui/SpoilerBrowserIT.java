package com.clipdesk.spoiler.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.content.ContentKind;
import com.clipdesk.member.Member;
import com.clipdesk.report.ReportReason;
import com.clipdesk.review.ReviewIntake;
import com.clipdesk.spoiler.ReleaseDates;
import com.clipdesk.support.Chromium;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PageAssertions;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
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
 * The issue's flow in Chromium: the demo moderator signs in through the development OIDC login,
 * flags a reported Moment as a spoiler from the review queue (K, P, 1, Enter), and its page shows the
 * spoiler timeline per market: spoiler-hidden in ES (released two days ago), embargoed in MX (not
 * released there yet).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpoilerBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    ReleaseDates releases;

    @Autowired
    ReviewIntake intake;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    private Chromium chromium;
    private long moment;
    private long caseId;

    @BeforeAll
    void setUp() {
        chromium = new Chromium();
        data.markets("ES", "MX");
        Episode episode = data.episode("Spoiler browser " + System.nanoTime(), 2400);
        Member creator = data.member("ES");
        moment = data.moment(episode, creator, "the twist at the end of the finale", Set.of("ES", "MX")).getId();
        releases.set(episode, "ES", Instant.now().minus(Duration.ofDays(2)));
        releases.set(episode, "MX", Instant.now().plus(Duration.ofDays(5)));
        data.report(ContentKind.MOMENT, moment, data.member("ES"), ReportReason.SPOILER, "ES");
        intake.gather();
        caseId = jdbc.sql("select id from review_case where subject_kind = 'MOMENT' and subject_id = ?").param(moment)
                .query(Long.class).single();
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
    void moderatorFlagsASpoilerFromTheQueueAndSeesTheTimelinePerMarket() {
        try (BrowserContext browser = chromium.newContext()) {
            Page page = browser.newPage();
            page.setDefaultTimeout(Chromium.TIMEOUT);
            page.navigate(base() + "/review/cases/" + caseId + "?lane=MODERATION&market=ES");
            Chromium.signIn(page, "moderator");
            assertThat(page.locator("h2.cd-item-title")).containsText("Case #" + caseId,
                    new LocatorAssertions.ContainsTextOptions().setTimeout(Chromium.TIMEOUT));

            page.keyboard().press("k");
            page.keyboard().press("p");
            page.keyboard().press("1");
            page.keyboard().press("Enter");
            assertThat(page).not().hasURL(Pattern.compile(".*/review/cases/" + caseId + "(\\?.*)?$"),
                    new PageAssertions.HasURLOptions().setTimeout(Chromium.TIMEOUT));

            page.navigate(base() + "/moments/" + moment);
            Locator section = page.locator(".cd-section", new Page.LocatorOptions()
                    .setHas(page.locator("h3", new Page.LocatorOptions().setHasText("Spoilers"))));
            assertThat(section).containsText("Spoiler-hidden", new LocatorAssertions.ContainsTextOptions()
                    .setTimeout(Chromium.TIMEOUT));
            assertThat(section).containsText("Embargoed");
            assertThat(section).containsText("ES");
            assertThat(section).containsText("MX");
            section.scrollIntoViewIfNeeded();
            Chromium.screenshot(page, "spoiler-timeline.png");
        }
        org.assertj.core.api.Assertions.assertThat(jdbc.sql(
                "select source from spoiler_flag where item_kind = 'MOMENT' and item_id = ? and active = 1")
                .param(moment).query(String.class).single()).isEqualTo("REVIEW");
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
