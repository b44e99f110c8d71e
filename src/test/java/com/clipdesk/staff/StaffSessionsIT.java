package com.clipdesk.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clipdesk.support.AsStaff;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/**
 * Sign out everywhere, against the running app: an admin ends another member's console sessions
 * (every one, on every node through the database), a member ends their own, a sensitive sign-in asks
 * the provider to check the person again, and the security headers of console, sign-in page and API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StaffSessionsIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext applicationContext;

    @Autowired
    StaffDirectory directory;

    @Autowired
    ConsoleSessions sessions;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void ownSecurityStrategy() {
        com.clipdesk.support.Chromium.useSecurityStrategyOf(applicationContext);
    }

    @Test
    void anAdminEndsEverySessionOfAMemberWhoMustSignInAgain() {
        ConsoleHttpSession laptop = new ConsoleHttpSession(port);
        ConsoleHttpSession phone = new ConsoleHttpSession(port);
        laptop.signIn("lead", "lead");
        phone.signIn("lead", "lead");
        ConsoleHttpSession other = new ConsoleHttpSession(port);
        other.signIn("moderator", "moderator");
        int[] before = new int[1];
        asAdmin(Duration.ZERO, () -> before[0] = sessions.liveOnThisNode("lead"));
        assertThat(before[0]).isGreaterThanOrEqualTo(2);

        asAdmin(Duration.ofMinutes(1), () -> directory.endSessions("lead"));

        for (ConsoleHttpSession session : List.of(laptop, phone)) {
            HttpResponse<String> next = session.get("/");
            assertThat(next.statusCode()).as("sent to the sign-in").isEqualTo(302);
            assertThat(ConsoleHttpSession.location(next)).endsWith("/oauth2/authorization/clipdesk");
        }
        assertThat(other.get("/").statusCode()).as("someone else's session lives on").isEqualTo(200);
        asAdmin(Duration.ZERO, () -> assertThat(sessions.liveOnThisNode("lead")).isLessThanOrEqualTo(before[0] - 2));
        assertThat(jdbc.sql("select actor from audit_event where action = 'STAFF_SESSIONS_ENDED' and subject_id = 'lead'")
                .query(String.class).list()).contains("admin");

        // signing in again works, with the roles the identity provider gives now
        laptop.signIn("lead", "lead");
        assertThat(laptop.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void anotherNodesEndShowsHereWithinTheCheckInterval() {
        ConsoleHttpSession session = new ConsoleHttpSession(port);
        session.signIn("auditor", "auditor");
        assertThat(session.get("/").statusCode()).isEqualTo(200);

        // what another app node writes when its admin ends the sessions
        jdbc.sql("update staff_member set sessions_valid_after = ? where subject = 'auditor'")
                .param(java.time.LocalDateTime.ofInstant(Instant.now(), java.time.ZoneOffset.UTC)).update();

        long until = System.nanoTime() + Duration.ofSeconds(5 + 2).toNanos(); // clipdesk.security.session-check-interval
        int status = 200;
        while (status == 200 && System.nanoTime() < until) {
            status = session.get("/").statusCode();
        }
        assertThat(status).as("ended within the check interval").isEqualTo(302);
    }

    @Test
    void endingAnothersSessionsNeedsAnAdminWithARecentSignIn() {
        new ConsoleHttpSession(port).signIn("curator", "curator");
        jdbc.sql("update staff_member set sessions_valid_after = null where subject = 'curator'").update();

        assertThatThrownBy(() -> asAdmin(Duration.ofHours(3), () -> directory.endSessions("curator")))
                .isInstanceOf(RecentSignInRequiredException.class)
                .hasMessageStartingWith("Ending another staff member's sessions needs you to sign in again: "
                        + "you signed in 3 h ago");
        assertThatThrownBy(() -> AsStaff.run("lead", Set.of(Role.LEAD_MODERATOR), Set.of("*"),
                () -> directory.endSessions("curator"))).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.sql("select sessions_valid_after from staff_member where subject = 'curator'")
                .query(Instant.class).optional()).isEmpty();
    }

    @Test
    void aMemberSignsOutEverywhere() {
        ConsoleHttpSession first = new ConsoleHttpSession(port);
        ConsoleHttpSession second = new ConsoleHttpSession(port);
        first.signIn("policy", "policy");
        second.signIn("policy", "policy");

        AsStaff.run("policy", Set.of(Role.POLICY_ADMIN), Set.of("*"), () -> directory.endOwnSessions());

        assertThat(first.get("/").statusCode()).isEqualTo(302);
        assertThat(second.get("/").statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select summary from audit_event where action = 'STAFF_SESSIONS_ENDED' and actor = 'policy'")
                .query(String.class).list()).anySatisfy(s -> assertThat(s).startsWith("Signed out everywhere"));
    }

    @Test
    void signingInAgainShowsTheProviderFormDespiteItsSessionAndReturnsToThePage() {
        ConsoleHttpSession session = new ConsoleHttpSession(port);
        session.signIn("lead", "lead");
        // a plain sign-in rides on the provider's session: no form
        HttpResponse<String> plain = session.follow(session.get("/oauth2/authorization/clipdesk"));
        assertThat(plain.uri().getPath()).isEqualTo("/");

        HttpResponse<String> again = session.follow(session.get(RecentSignIn.signInAgainPath("/takedowns")));
        assertThat(again.uri().getPath()).as("the provider asks for the password").isEqualTo("/login");
        HttpResponse<String> back = session.follow(session.submitProviderForm(again, "lead", "lead"));
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(back.uri().getPath()).as("back on the page that asked").isEqualTo("/takedowns");
    }

    @Test
    void signInAgainReturnsOnlyToConsolePaths() {
        ConsoleHttpSession session = new ConsoleHttpSession(port);
        session.signIn("lead", "lead");
        HttpResponse<String> again = session.follow(session.get(
                "/oauth2/authorization/clipdesk?again&return=//evil.example/x"));
        HttpResponse<String> back = session.follow(session.submitProviderForm(again, "lead", "lead"));
        assertThat(back.uri().getHost()).isEqualTo("localhost");
        assertThat(back.uri().getPath()).isEqualTo("/");
    }

    @Test
    void consoleSignInPageAndApiSendTheSecurityHeaders() {
        ConsoleHttpSession session = new ConsoleHttpSession(port);
        HttpResponse<String> signInPage = session.get("/login");
        session.signIn("moderator", "moderator");
        HttpResponse<String> console = session.get("/takedowns");
        HttpResponse<String> api = session.get("/api/share-links/nothing");
        assertThat(console.statusCode()).isEqualTo(200);
        assertThat(signInPage.statusCode()).isEqualTo(200);
        assertThat(api.statusCode()).isEqualTo(401);

        for (HttpResponse<String> response : List.of(console, signInPage, api)) {
            var headers = response.headers();
            assertThat(headers.firstValue("X-Content-Type-Options")).as(response.uri().getPath()).contains("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
            assertThat(headers.firstValue("Referrer-Policy")).contains("same-origin");
            assertThat(headers.firstValue("Permissions-Policy")).get().asString().contains("camera=()");
            assertThat(headers.firstValue("Content-Security-Policy")).get().asString().contains("frame-ancestors 'none'");
        }
        assertThat(console.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("script-src 'self' 'unsafe-inline' 'unsafe-eval'", "style-src 'self' 'unsafe-inline'");
        assertThat(api.headers().firstValue("Content-Security-Policy")).contains("default-src 'none'; frame-ancestors 'none'");
        // HSTS only over TLS (behind the proxy: server.forward-headers-strategy); never on plain HTTP
        assertThat(console.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    private static void asAdmin(Duration signedInAgo, Runnable action) {
        AsStaff.runSignedInAgo(signedInAgo, "admin", Set.of(Role.ADMIN), Set.of("*"), action);
    }
}
