package com.clipdesk.staff;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.clipdesk.support.Chromium;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PageAssertions;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Staff sign in through the development OIDC provider in Chromium, see who they are, and sign out. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class LoginBrowserIT {

    private static final double TIMEOUT = Chromium.TIMEOUT;
    private static final Path SHOTS = Chromium.SHOTS;

    private static Chromium chromium;

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.context.ApplicationContext applicationContext;

    @org.junit.jupiter.api.BeforeEach
    void ownSecurityStrategy() {
        com.clipdesk.support.Chromium.useSecurityStrategyOf(applicationContext);
    }

    @BeforeAll
    static void startBrowser() {
        chromium = new Chromium();
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void moderatorSignsInSeesWhoTheyAreSignsOutAndAdminSignsIn(CapturedOutput log) {
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            page.setDefaultTimeout(TIMEOUT);
            List<String> visited = new java.util.concurrent.CopyOnWriteArrayList<>();
            page.onRequest(request -> visited.add(request.url()));
            String base = "http://localhost:" + port;

            page.navigate(base + "/");
            assertThat(page).hasURL(Pattern.compile(".*/login$"), new PageAssertions.HasURLOptions().setTimeout(TIMEOUT));
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("provider-sign-in.png")));
            signIn(page, "moderator");

            Locator topBar = page.locator(".cd-staff");
            assertThat(topBar.locator(".cd-staff-name")).hasText("Mariana Costa", visible());
            assertThat(topBar).containsText("Moderator");
            assertThat(topBar.locator(".cd-staff-markets")).hasText("BR · ES · MX");
            assertThat(page.locator("vaadin-side-nav-item").first()).containsText("Home");
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("shell-moderator.png")));

            page.locator("vaadin-button.cd-sign-out").click();
            assertThat(page).hasURL(Pattern.compile(".*/signed-out$"), new PageAssertions.HasURLOptions().setTimeout(TIMEOUT));
            assertThat(page.getByText("You are signed out")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(TIMEOUT));
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("signed-out.png")));
            org.assertj.core.api.Assertions.assertThat(visited)
                    .as("RP-initiated logout at the provider's end-session endpoint")
                    .anyMatch(url -> url.contains("/connect/logout?") && url.contains("id_token_hint="));

            // Both sessions ended: the console asks the provider, and the provider asks for a password again.
            page.navigate(base + "/");
            assertThat(page).hasURL(Pattern.compile(".*/login$"), new PageAssertions.HasURLOptions().setTimeout(TIMEOUT));

            signIn(page, "admin");
            assertThat(page.locator(".cd-staff-name")).hasText("Alex Johnson", visible());
            assertThat(page.locator(".cd-staff-markets")).hasText("All markets");
            assertThat(page.locator(".cd-staff")).containsText("Admin");
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("shell-admin.png")));

            page.locator("vaadin-button.cd-theme-toggle").click();
            assertThat(page.locator("html")).hasAttribute("theme", "dark");
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("shell-admin-dark.png")));
            page.locator("vaadin-button.cd-theme-toggle").click();
            assertThat(page.locator("html")).not().hasAttribute("theme", "dark");

            problemPages(page, base, log);
        }
    }

    /** The shell's problem pages, inside the console frame (test-only views in ProblemTestViews). */
    private static void problemPages(Page page, String base, CapturedOutput log) {
        page.navigate(base + "/no-such-page");
        assertThat(page.locator(".cd-problem h2")).hasText("Page not found", visible());
        assertThat(page.locator(".cd-staff-name")).hasText("Alex Johnson");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("not-found.png")));

        page.navigate(base + "/test/missing-item");
        assertThat(page.locator(".cd-problem")).containsText("Moment 4711 does not exist");

        page.navigate(base + "/test/out-of-scope");
        assertThat(page.locator(".cd-problem h2")).hasText("Outside your markets", visible());
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("forbidden-out-of-scope.png")));

        page.navigate(base + "/test/boom");
        assertThat(page.locator(".cd-problem h2")).hasText("Something went wrong", visible());
        assertThat(page.locator(".cd-error-id")).hasText(Pattern.compile("^[2-9A-HJ-NP-Z]{8}$"));
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("error-id.png")));
        String errorId = page.locator(".cd-error-id").textContent();
        org.assertj.core.api.Assertions.assertThat(log.getOut())
                .as("an ERROR log line with the same id and the stack trace")
                .containsPattern("ERROR .*Error " + errorId + " while opening /test/boom")
                .contains("IllegalStateException: simulated failure for the error page");
    }

    private static void signIn(Page page, String username) {
        Chromium.signIn(page, username);
        page.waitForURL(Pattern.compile(".*://[^/]+/(\\?continue)?$"), new Page.WaitForURLOptions().setTimeout(TIMEOUT));
    }

    private static LocatorAssertions.HasTextOptions visible() {
        return new LocatorAssertions.HasTextOptions().setTimeout(TIMEOUT);
    }
}
