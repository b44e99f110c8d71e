package com.clipdesk.support;

import com.clipdesk.staff.internal.DemoStaffAccounts;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Debian's Chromium driven by Playwright (which must never download a browser of its own), and
 * the sign-in through the development provider's page as a person does it.
 */
public final class Chromium implements AutoCloseable {

    public static final double TIMEOUT = 60_000;
    public static final Path SHOTS = Paths.get(System.getProperty("clipdesk.screenshots", "target/screenshots"));

    private final Playwright playwright;
    private final Browser browser;

    public Chromium() {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium"))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    /** A fresh browser profile (no cookies) with a laptop-sized window. */
    public BrowserContext newContext() {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768));
    }

    /**
     * Makes the static {@link SecurityContextHolder} use this Spring context's strategy again. Vaadin
     * installs its strategy statically when a context starts; when a test class with its own
     * configuration starts a second server in the same JVM, the first server's static look-ups
     * (the sign-in provider's among them) would read the other strategy's thread-locals. Only
     * tests run several servers in one JVM. Call before driving the browser.
     */
    public static void useSecurityStrategyOf(ApplicationContext context) {
        SecurityContextHolder.setContextHolderStrategy(context.getBean(SecurityContextHolderStrategy.class));
    }

    /** On the provider's sign-in page: fills a demo account and signs in. */
    public static void signIn(Page page, String username) {
        DemoStaffAccounts.Account account = DemoStaffAccounts.find(username).orElseThrow();
        page.locator("button.fill[data-username='" + account.username() + "']").click();
        page.locator("button.primary").click();
        page.waitForURL(Pattern.compile("^(?!.*/login).*$"), new Page.WaitForURLOptions().setTimeout(TIMEOUT));
    }

    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name)));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
