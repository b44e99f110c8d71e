package com.clipdesk.policy.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.support.BrowserTest;
import com.clipdesk.support.Chromium;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The flow in Chromium: the demo policy admin signs in through the development OIDC login and
 * drafts "no X in AT", submits it; the demo admin (a second account) approves and publishes it; the
 * simulator then denies sharing to X in AT, naming the rule. AT: no other test writes its policy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PolicyBrowserIT extends BrowserTest {

    @Autowired
    TestData data;

    private final String titleName = "Policy Browser " + System.nanoTime();

    @BeforeAll
    void fixtures() {
        data.markets("AT");
        data.episode(titleName, 1800);
    }

    @Test
    void aDraftIsSubmittedApprovedByAnotherAdminPublishedAndTheSimulatorAnswersWithTheNewRule() {
        try (BrowserContext browser = chromium.newContext()) {
            Page policy = signedIn(browser, "policy");
            policy.navigate(url("/policies/AT"));
            policy.locator("vaadin-button", new Page.LocatorOptions().setHasText("New draft")).click();
            policy.locator("#policy-draft-note textarea").fill("No X in AT after the ad dispute");
            policy.locator("vaadin-button", new Page.LocatorOptions().setHasText("Create draft")).click();
            policy.locator("#policy-mode-destinations").getByRole(AriaRole.RADIO,
                    new Locator.GetByRoleOptions().setName("Override")).check();
            Locator x = policy.locator("#policy-destinations").getByRole(AriaRole.CHECKBOX,
                    new Locator.GetByRoleOptions().setName("X").setExact(true));
            x.uncheck();
            assertThat(x).not().isChecked();
            Chromium.screenshot(policy, "policy-editor.png");
            policy.locator("#policy-submit").click();
            assertThat(policy.locator(".cd-policy-detail .cd-badge--policy-submitted-for-review"))
                    .isVisible(visible());
            assertThat(policy.locator(".cd-policy-detail")).containsText(
                    "You wrote this version: another policy admin reviews it", contains());
            assertThat(policy.locator("#policy-approve")).hasCount(0);
        }
        try (BrowserContext browser = chromium.newContext()) {
            Page admin = signedIn(browser, "admin");
            admin.navigate(url("/policies/AT"));
            admin.locator("#policy-approve").click();
            admin.locator("#policy-publish").click();
            admin.locator("#policy-publish-confirm").click();
            assertThat(admin.locator(".cd-policy-detail .cd-badge--policy-live")).isVisible(visible());

            admin.navigate(url("/policies/simulator?market=AT"));
            admin.locator("#sim-title input").fill(titleName);
            admin.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(titleName)).first().click();
            admin.locator("#sim-destination").click();
            admin.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("X").setExact(true)).click();
            admin.locator("#simulate").click();
            Locator answer = admin.locator("#simulator-answer");
            assertThat(answer).containsText("Denied", contains());
            assertThat(answer).containsText("X is not a share destination in AT.");
            Chromium.screenshot(admin, "policy-simulator.png");
        }
    }

    private static LocatorAssertions.IsVisibleOptions visible() {
        return new LocatorAssertions.IsVisibleOptions().setTimeout(Chromium.TIMEOUT);
    }

    private static LocatorAssertions.ContainsTextOptions contains() {
        return new LocatorAssertions.ContainsTextOptions().setTimeout(Chromium.TIMEOUT);
    }
}
