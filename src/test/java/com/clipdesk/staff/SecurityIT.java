package com.clipdesk.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clipdesk.staff.internal.DemoStaffAccounts;
import com.clipdesk.staff.internal.StaffMemberRepository;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/** The console's HTTP security against the running app and its development OIDC provider. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SecurityIT {

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.context.ApplicationContext applicationContext;

    @org.junit.jupiter.api.BeforeEach
    void ownSecurityStrategy() {
        com.clipdesk.support.Chromium.useSecurityStrategyOf(applicationContext);
    }

    @Autowired
    StaffMemberRepository members;

    @Autowired
    SignIns signIns;

    @Autowired
    StaffDirectory directory;

    @Test
    void consoleSendsAnonymousVisitorsToTheOidcSignIn() {
        HttpResponse<String> response = new ConsoleHttpSession(port).get("/");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(ConsoleHttpSession.location(response)).endsWith("/oauth2/authorization/clipdesk");
    }

    @Test
    void signInIsAnAuthorizationCodeFlowWithPkce() {
        HttpResponse<String> response = new ConsoleHttpSession(port).get("/oauth2/authorization/clipdesk");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(ConsoleHttpSession.location(response))
                .contains("/oauth2/authorize?")
                .contains("response_type=code", "client_id=clipdesk-console", "code_challenge_method=S256",
                        "redirect_uri=http://localhost:" + port + "/login/oauth2/code/clipdesk");
    }

    @Test
    void providerRejectsForeignRedirectUris() {
        ConsoleHttpSession session = new ConsoleHttpSession(port);
        session.signIn("moderator", "moderator");
        HttpResponse<String> response = session.get("/oauth2/authorize?response_type=code&client_id=clipdesk-console"
                + "&scope=openid&state=x&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
                + "&code_challenge_method=S256&redirect_uri=https://evil.example/login/oauth2/code/clipdesk");
        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void signingInOnTheProviderFormAloneDoesNotSignInToTheConsole() {
        ConsoleHttpSession session = new ConsoleHttpSession(port);
        HttpResponse<String> afterForm = session.submitProviderForm(session.get("/login"), "admin", "admin");
        assertThat(afterForm.statusCode()).as("provider accepted the password").isEqualTo(302);
        assertThat(ConsoleHttpSession.location(afterForm)).doesNotContain("error");

        HttpResponse<String> console = session.get("/");
        assertThat(console.statusCode()).isEqualTo(302);
        assertThat(ConsoleHttpSession.location(console)).endsWith("/oauth2/authorization/clipdesk");
        assertThat(session.get("/actuator/prometheus").statusCode()).isEqualTo(401);
    }

    @Test
    void wrongPasswordStaysOnTheProviderForm() {
        ConsoleHttpSession session = new ConsoleHttpSession(port);
        HttpResponse<String> response = session.submitProviderForm(session.get("/login"), "moderator", "wrong");
        assertThat(ConsoleHttpSession.location(response)).endsWith("/login?error");
        assertThat(session.get("/login?error").body()).contains("Wrong username or password");
    }

    @Test
    void signInRecordsTheStaffMemberAndPublishesStaffSignedIn() {
        new ConsoleHttpSession(port).signIn("curator", "curator");

        StaffMember member = members.findBySubject("curator").orElseThrow();
        assertThat(member.getDisplayName()).isEqualTo("Chloé Martin");
        assertThat(member.getRoles()).containsExactly(Role.CURATOR);
        assertThat(member.getScope()).isEqualTo(MarketScope.of("FR", "DE", "GB"));
        assertThat(member.getEmail()).isEqualTo(DemoStaffAccounts.of(Role.CURATOR).email());

        assertThat(signIns.events).anySatisfy(event -> {
            assertThat(event.subject()).isEqualTo("curator");
            assertThat(event.roles()).containsExactly(Role.CURATOR);
            assertThat(event.scope()).isEqualTo(MarketScope.of("FR", "DE", "GB"));
        });
    }

    @Test
    void providerSignInPageListsEveryDemoAccount() {
        String page = new ConsoleHttpSession(port).get("/login").body();
        for (DemoStaffAccounts.Account account : DemoStaffAccounts.ALL) {
            assertThat(page).contains(account.displayName(), account.role().label(),
                    "data-username=\"" + account.username() + "\"");
        }
        assertThat(page).contains("BR · MX · ES", "All markets", "Local development only");
    }

    @Test
    void staffDirectoryIsForAdminsAndAuditors() {
        new ConsoleHttpSession(port).signIn("lead", "lead");
        try {
            assertThatThrownBy(() -> directory.list(0, 10)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
            signInAs(Role.MODERATOR);
            assertThatThrownBy(() -> directory.list(0, 10)).isInstanceOf(AccessDeniedException.class);
            signInAs(Role.AUDITOR);
            assertThat(directory.list(0, 50)).extracting(StaffMember::getUsername).contains("lead");
            signInAs(Role.ADMIN);
            assertThat(directory.findBySubject("lead")).get().extracting(StaffMember::getDisplayName).isEqualTo("Lucas Meyer");
            assertThat(directory.count()).isPositive();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void signInAs(Role role) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(
                role.name().toLowerCase(java.util.Locale.ROOT), "n/a", role.authority(), "MARKET_*"));
    }

    @Test
    void healthAndInfoArePublic() {
        ConsoleHttpSession anonymous = new ConsoleHttpSession(port);
        HttpResponse<String> health = anonymous.get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("UP");
        assertThat(anonymous.get("/actuator/info").statusCode()).isEqualTo(200);
    }

    @Test
    void prometheusOnlyForTheScrapeCredentialAndAdmins() {
        ConsoleHttpSession anonymous = new ConsoleHttpSession(port);
        assertThat(anonymous.get("/actuator/prometheus").statusCode()).isEqualTo(401);
        assertThat(anonymous.getWithBasic("/actuator/prometheus", "prometheus", "wrong").statusCode()).isEqualTo(401);
        // a demo account is no scrape credential
        assertThat(anonymous.getWithBasic("/actuator/prometheus", "admin", "admin").statusCode()).isEqualTo(401);

        HttpResponse<String> scrape = anonymous.getWithBasic("/actuator/prometheus", "prometheus", "test-scrape-secret");
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("jvm_memory_used_bytes");

        for (String nonAdmin : List.of("moderator", "lead", "policy", "curator", "auditor")) {
            ConsoleHttpSession session = new ConsoleHttpSession(port);
            session.signIn(nonAdmin, nonAdmin);
            assertThat(session.get("/actuator/prometheus").statusCode()).as(nonAdmin).isEqualTo(403);
        }

        ConsoleHttpSession admin = new ConsoleHttpSession(port);
        admin.signIn("admin", "admin");
        assertThat(admin.get("/actuator/prometheus").statusCode()).isEqualTo(200);
    }

    /** Collects {@link StaffSignedIn} wherever it is published (the server's threads). */
    static class SignIns {
        final List<StaffSignedIn> events = new CopyOnWriteArrayList<>();

        @EventListener
        void on(StaffSignedIn event) {
            events.add(event);
        }
    }

    @TestConfiguration
    static class Events {
        @Bean
        SignIns signIns() {
            return new SignIns();
        }
    }
}
