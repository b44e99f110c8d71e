package com.clipdesk.staff;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PageAssertions;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.test.context.ActiveProfiles;

/**
 * A staff member whose identity provider grants no known role gets the no-access page, not the
 * console and not a crash. The provider here sends {@code roles: ["guest"]} for {@code auditor}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NoRoleBrowserIT {

    private static final Path SHOTS = Paths.get(System.getProperty("clipdesk.screenshots", "target/screenshots"));
    private static final double TIMEOUT = 60_000;

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.context.ApplicationContext applicationContext;

    @org.junit.jupiter.api.BeforeEach
    void ownSecurityStrategy() {
        com.clipdesk.support.Chromium.useSecurityStrategyOf(applicationContext);
    }

    @Test
    void staffWithoutKnownRoleSeeTheNoAccessPage() {
        try (Playwright playwright = Playwright.create(
                        new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Paths.get("/usr/bin/chromium"))
                        .setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                                "--disable-component-update", "--disable-sync", "--no-first-run")));
                BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768))) {
            Page page = context.newPage();
            page.setDefaultTimeout(TIMEOUT);
            String base = "http://localhost:" + port;

            page.navigate(base + "/");
            page.locator("button.fill[data-username='auditor']").click();
            page.locator("button.primary").click();

            assertThat(page.getByText("No access to Clipdesk")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(TIMEOUT));
            assertThat(page.locator(".cd-problem")).containsText("Aiko Tanaka");
            assertThat(page.locator("vaadin-side-nav")).hasCount(0);
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("no-access.png")));

            page.navigate(base + "/");
            assertThat(page.getByText("No access to Clipdesk")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(TIMEOUT));

            page.getByText("Sign out").click();
            assertThat(page).hasURL(Pattern.compile(".*/signed-out$"), new PageAssertions.HasURLOptions().setTimeout(TIMEOUT));
        }
    }

    @TestConfiguration
    static class ProviderWithoutKnownRoles {

        @Bean
        static BeanPostProcessor auditorWithoutKnownRole() {
            return new BeanPostProcessor() {
                @Override
                @SuppressWarnings("unchecked")
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof OAuth2TokenCustomizer<?> customizer) || !"staffClaims".equals(name)) {
                        return bean;
                    }
                    OAuth2TokenCustomizer<JwtEncodingContext> original = (OAuth2TokenCustomizer<JwtEncodingContext>) customizer;
                    return (OAuth2TokenCustomizer<JwtEncodingContext>) context -> {
                        original.customize(context);
                        if ("auditor".equals(context.getPrincipal().getName())) {
                            context.getClaims().claim("roles", List.of("guest"));
                        }
                    };
                }
            };
        }
    }
}
