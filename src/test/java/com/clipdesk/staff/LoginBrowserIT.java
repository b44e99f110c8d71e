package com.clipdesk.staff;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.clipdesk.staff.internal.DemoStaffAccounts;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PageAssertions;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Staff sign in through the development OIDC provider in Chromium, see who they are, and sign out. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LoginBrowserIT {

    private static final Path SHOTS = Paths.get(System.getProperty("clipdesk.screenshots", "target/screenshots"));
    private static final double TIMEOUT = 60_000;

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium"))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void moderatorSignsInSeesWhoTheyAreSignsOutAndAdminSignsIn() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768))) {
            Page page = context.newPage();
            page.setDefaultTimeout(TIMEOUT);
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

            // Both sessions ended: the console asks the provider, and the provider asks for a password again.
            page.navigate(base + "/");
            assertThat(page).hasURL(Pattern.compile(".*/login$"), new PageAssertions.HasURLOptions().setTimeout(TIMEOUT));

            signIn(page, "admin");
            assertThat(page.locator(".cd-staff-name")).hasText("Alex Johnson", visible());
            assertThat(page.locator(".cd-staff-markets")).hasText("All markets");
            assertThat(page.locator(".cd-staff")).containsText("Admin");
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("shell-admin.png")));
        }
    }

    private static void signIn(Page page, String username) {
        DemoStaffAccounts.Account account = DemoStaffAccounts.find(username).orElseThrow();
        page.locator("button.fill[data-username='" + account.username() + "']").click();
        page.locator("button.primary").click();
        page.waitForURL(Pattern.compile(".*://[^/]+/(\\?continue)?$"), new Page.WaitForURLOptions().setTimeout(TIMEOUT));
    }

    private static LocatorAssertions.HasTextOptions visible() {
        return new LocatorAssertions.HasTextOptions().setTimeout(TIMEOUT);
    }
}
