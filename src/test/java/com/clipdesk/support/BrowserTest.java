package com.clipdesk.support;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PageAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Base of the Playwright tests against the app on a random port: one Chromium per class, this
 * context's security strategy before each test, and a page signed in through the dev provider.
 * Subclasses are {@code @SpringBootTest(webEnvironment = RANDOM_PORT)}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected ApplicationContext context;

    protected Chromium chromium;

    @BeforeAll
    void startChromium() {
        chromium = new Chromium();
    }

    @BeforeEach
    void ownSecurityStrategy() {
        Chromium.useSecurityStrategyOf(context);
    }

    @AfterAll
    void closeChromium() {
        chromium.close();
    }

    /** A new page in {@code browser}, signed in as the demo account {@code username}. */
    protected Page signedIn(BrowserContext browser, String username) {
        Page page = browser.newPage();
        page.setDefaultTimeout(Chromium.TIMEOUT);
        page.navigate(url("/"));
        Chromium.signIn(page, username);
        return page;
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected static LocatorAssertions.HasTextOptions textTimeout() {
        return new LocatorAssertions.HasTextOptions().setTimeout(Chromium.TIMEOUT);
    }

    protected static PageAssertions.HasURLOptions urlTimeout() {
        return new PageAssertions.HasURLOptions().setTimeout(Chromium.TIMEOUT);
    }
}
