package com.clipdesk.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/** The idle timeout, to the second (Tomcat alone would round 3 s up to a minute). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.servlet.session.timeout=3s")
@ActiveProfiles("test")
class SessionIdleTimeoutIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext applicationContext;

    @BeforeEach
    void ownSecurityStrategy() {
        com.clipdesk.support.Chromium.useSecurityStrategyOf(applicationContext);
    }

    @Test
    void anIdleSessionIsSentToTheSignInAndTheProviderAsksAgain() throws InterruptedException {
        ConsoleHttpSession session = new ConsoleHttpSession(port);
        session.signIn("moderator", "moderator");
        Thread.sleep(1_500);
        assertThat(session.get("/").statusCode()).as("used within the timeout: still signed in").isEqualTo(200);

        Thread.sleep(4_000);
        HttpResponse<String> next = session.get("/");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(ConsoleHttpSession.location(next)).endsWith("/oauth2/authorization/clipdesk");
        assertThat(session.follow(next).uri().getPath()).as("the provider's session timed out too").isEqualTo("/login");
    }
}
