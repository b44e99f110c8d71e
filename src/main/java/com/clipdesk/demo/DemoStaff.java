package com.clipdesk.demo;

import com.clipdesk.staff.CurrentStaff;
import com.clipdesk.staff.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs demo history through the real services as a demo staff account would. */
final class DemoStaff {

    private DemoStaff() {}

    /** As {@code username} with {@code role}, all markets in scope (the moderator with theirs). */
    static <T> T as(String username, Role role, Supplier<T> action) {
        return as(username, null, role, action);
    }

    /**
     * The same, signed in through OIDC with their name, as the demo accounts are: rows that show who
     * acted by name (a rule's "promoted by") then read as if that staff member had done it.
     */
    static <T> T as(String username, @org.jspecify.annotations.Nullable String displayName, Role role,
            Supplier<T> action) {
        var authorities = new ArrayList<SimpleGrantedAuthority>();
        authorities.add(new SimpleGrantedAuthority(role.authority()));
        if (role == Role.MODERATOR) {
            for (String market : List.of("BR", "ES", "MX")) {
                authorities.add(new SimpleGrantedAuthority(CurrentStaff.MARKET_AUTHORITY_PREFIX + market));
            }
        } else {
            authorities.add(new SimpleGrantedAuthority(CurrentStaff.MARKET_AUTHORITY_PREFIX + "*"));
        }
        var context = SecurityContextHolder.createEmptyContext();
        Object principal = username;
        if (displayName != null) {
            java.time.Instant now = java.time.Instant.now();
            principal = new org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser(authorities,
                    org.springframework.security.oauth2.core.oidc.OidcIdToken.withTokenValue("demo").subject(username)
                            .claim("preferred_username", username).claim("name", displayName).issuedAt(now)
                            .expiresAt(now.plusSeconds(60)).build());
        }
        var auth = UsernamePasswordAuthenticationToken.authenticated(principal, "n/a", authorities);
        // the demo data's staff act as if they had just signed in (policy publications need a recent sign-in)
        auth.setDetails(new com.clipdesk.staff.SignInInstant(java.time.Instant.now()));
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
