package com.clipdesk.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

class RecentSignInTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    private final RecentSignIn recent = new RecentSignIn(Duration.ofMinutes(10), 50, Clock.fixed(NOW, ZoneOffset.UTC));

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theIdTokensAuthTimeDecides() {
        signIn(oidc(NOW.minus(Duration.ofHours(2)), NOW.minusSeconds(30)));
        assertThatThrownBy(() -> recent.require("Lifting a takedown"))
                .isInstanceOf(RecentSignInRequiredException.class)
                .hasMessage("Lifting a takedown needs you to sign in again: you signed in 2 h ago, and it asks "
                        + "for a sign-in within the last 10 min.");

        signIn(oidc(NOW.minus(Duration.ofMinutes(9)), NOW.minus(Duration.ofHours(3))));
        assertThatCode(() -> recent.require("Lifting a takedown")).doesNotThrowAnyException();
    }

    @Test
    void withoutAuthTimeTheTokensIssueTimeDecides() {
        signIn(oidc(null, NOW.minus(Duration.ofMinutes(11))));
        assertThatThrownBy(() -> recent.require("Publishing a policy version"))
                .hasMessageContaining("you signed in 11 min ago");
        signIn(oidc(null, NOW.minus(Duration.ofMinutes(1))));
        assertThatCode(() -> recent.require("Publishing a policy version")).doesNotThrowAnyException();
    }

    @Test
    void anAuthenticationWithoutAnyTimeIsRefused() {
        signIn(UsernamePasswordAuthenticationToken.authenticated("someone", "n/a", List.of()));
        assertThatThrownBy(() -> recent.require("Lifting a takedown"))
                .hasMessageContaining("the console cannot tell when you signed in");
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> recent.require("Lifting a takedown")).isInstanceOf(RecentSignInRequiredException.class);
    }

    @Test
    void bulkActionsAskOnlyAboveTheThreshold() {
        var auth = UsernamePasswordAuthenticationToken.authenticated("someone", "n/a", List.of());
        auth.setDetails(new SignInInstant(NOW.minus(Duration.ofDays(3))));
        signIn(auth);
        assertThatCode(() -> recent.requireForBulk("A bulk action", 50)).doesNotThrowAnyException();
        assertThatThrownBy(() -> recent.requireForBulk("A bulk action", 51))
                .hasMessageStartingWith("A bulk action on more than 50 items needs you to sign in again: you signed "
                        + "in 3 days ago");
    }

    private static Authentication oidc(@Nullable Instant authTime, Instant issuedAt) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", "lead");
        claims.put("iat", issuedAt);
        if (authTime != null) {
            claims.put("auth_time", authTime);
        }
        OidcIdToken token = new OidcIdToken("token", issuedAt, issuedAt.plusSeconds(600), claims);
        var user = new DefaultOidcUser(List.of(new SimpleGrantedAuthority("ROLE_LEAD_MODERATOR")), token);
        return new OAuth2AuthenticationToken(user, user.getAuthorities(), "clipdesk");
    }

    private static void signIn(Authentication auth) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
    }
}
