package com.clipdesk.support;

import com.clipdesk.staff.CurrentStaff;
import com.clipdesk.staff.RecentSignIn;
import com.clipdesk.staff.Role;
import com.clipdesk.staff.SignInInstant;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs code as a staff member with the given roles and markets, as the sign-in would map them. */
public final class AsStaff {

    private AsStaff() {}

    public static void run(Set<Role> roles, Set<String> markets, Runnable action) {
        run("test-" + roles, roles, markets, action);
    }

    /** As {@link #run(Set, Set, Runnable)}, signed in under a given username (claims are per username). */
    public static void run(String username, Set<Role> roles, Set<String> markets, Runnable action) {
        runSignedInAgo(Duration.ZERO, username, roles, markets, action);
    }

    /**
     * As {@link #run(String, Set, Set, Runnable)}, for a staff member who signed in {@code ago}: sensitive
     * actions ({@link RecentSignIn}) refuse a sign-in older than their window. The other methods sign in
     * just now.
     */
    public static void runSignedInAgo(Duration ago, String username, Set<Role> roles, Set<String> markets,
            Runnable action) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        roles.forEach(r -> authorities.add(new SimpleGrantedAuthority(r.authority())));
        markets.forEach(m -> authorities.add(new SimpleGrantedAuthority(CurrentStaff.MARKET_AUTHORITY_PREFIX + m)));
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        var auth = UsernamePasswordAuthenticationToken.authenticated(username, "n/a", authorities);
        auth.setDetails(new SignInInstant(Instant.now().minus(ago)));
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        try {
            action.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
