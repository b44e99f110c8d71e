package com.clipdesk.transparency.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.content.ContentKind;
import com.clipdesk.member.Member;
import com.clipdesk.report.ReportReason;
import com.clipdesk.review.CaseFixtures;
import com.clipdesk.review.Decision;
import com.clipdesk.review.Disposition;
import com.clipdesk.review.ReviewIntake;
import com.clipdesk.review.ReviewService;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import com.clipdesk.support.BrowserTest;
import com.clipdesk.support.Chromium;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * In Chromium, signed in as the demo admin: the statements page checks the month's statements and
 * the downloads deliver a JSON body the Transparency Database's API takes and a CSV with the same
 * statements.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TransparencyBrowserIT extends BrowserTest {

    @Autowired
    TestData data;
    @Autowired
    ReviewIntake intake;
    @Autowired
    CaseFixtures fixtures;
    @Autowired
    ReviewService reviews;

    private final List<String> puids = new java.util.ArrayList<>();

    @BeforeAll
    void removals() {
        data.markets("DE", "FR", "ES", "BR");
        Episode episode = data.episode("Browser SoR " + System.nanoTime(), 1800);
        Member member = data.member("DE");
        puids.add(removed(episode, member, Set.of("DE", "FR"), ReportReason.HATE, "HATE_SPEECH"));
        puids.add(removed(episode, member, Set.of("ES", "BR"), ReportReason.SPAM, "SPAM"));
        puids.add(removed(episode, member, Set.of("FR"), ReportReason.COPYRIGHT, "COPYRIGHT"));
    }

    private String removed(Episode episode, Member member, Set<String> markets, ReportReason reported, String reason) {
        long moment = data.moment(episode, member, "browser fixture", markets).getId();
        data.report(ContentKind.MOMENT, moment, member, reported, markets.iterator().next());
        intake.gather();
        long caseId = fixtures.caseOf(ContentKind.MOMENT, moment);
        long[] decision = new long[1];
        AsStaff.run("browser-mod", Set.of(Role.MODERATOR), Set.of("*"), () -> {
            var work = reviews.open(caseId);
            decision[0] = reviews.decide(caseId, work.version(), Decision.of(Disposition.REMOVE, reason)).id();
        });
        return "clipdesk-sor-" + decision[0];
    }

    @Test
    void adminChecksTheMonthAndDownloadsJsonAndCsv() throws IOException {
        try (BrowserContext browser = chromium.newContext()) {
            Page page = signedIn(browser, "admin");
            page.navigate(url("/transparency"));
            assertThat(page.locator(".cd-count")).hasText(Pattern.compile("\\d+ statements?"), textTimeout());
            page.locator("vaadin-button").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("Check for export")).click();
            assertThat(page.locator(".cd-export-check")).containsText("the Transparency Database's checks",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(Chromium.TIMEOUT));
            Chromium.screenshot(page, "transparency.png");

            Download json = page.waitForDownload(() -> page.getByText("Download JSON").click());

            assertThat(json.suggestedFilename()).matches("clipdesk-statements-\\d{4}-\\d{2}-\\d{2}_\\d{4}-\\d{2}-\\d{2}\\.json");
            JsonNode body = JsonMapper.builder().build().readTree(Files.readString(json.path()));
            List<String> exported = new java.util.ArrayList<>();
            body.get("statements").forEach(s -> exported.add(s.get("puid").asString()));
            assertThat(exported).containsAll(puids);

            Download csv = page.waitForDownload(() -> page.getByText("Download CSV").click());
            List<String> lines = Files.readAllLines(csv.path());
            assertThat(lines.getFirst()).startsWith("decision_visibility,decision_visibility_other,")
                    .endsWith(",automated_detection,automated_decision,puid");
            assertThat(lines).hasSize(exported.size() + 1);
            for (String puid : puids) {
                assertThat(lines).anySatisfy(l -> assertThat(l).endsWith("," + puid));
            }
        }
    }
}
