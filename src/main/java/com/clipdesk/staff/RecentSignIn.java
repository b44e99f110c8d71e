package com.clipdesk.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Sensitive actions (lifting a takedown, publishing or rolling back a policy, ending another staff
 * member's sessions, bulk actions over {@link #bulkThreshold()} items) ask for a recent
 * authentication: no older than {@code clipdesk.security.recent-sign-in} (default 10 min). Services
 * call {@link #require(String)} before they change anything; views never decide.
 *
 * <p>The authentication time is the ID token's {@code auth_time} (when the person last proved who they
 * are at the identity provider, which a single sign-on with a live provider session does not renew),
 * else its {@code iat}. Other authentications say it with a {@link SignInInstant} as their details;
 * without either, the action is refused. The comparison uses the system clock, not the application's
 * (tests move that one): sign-in times are real-world times stamped by the identity provider.
 */
@Component
public class RecentSignIn {

    /** The console's sign-in (OIDC registration "clipdesk"). */
    public static final String SIGN_IN_PATH = "/oauth2/authorization/clipdesk";
    /** Marks a sign-in asked for by a sensitive action: the identity provider checks the person again. */
    public static final String AGAIN_PARAMETER = "again";

    private final Duration window;
    private final int bulkThreshold;
    private final Clock clock;

    @Autowired
    RecentSignIn(@Value("${clipdesk.security.recent-sign-in:PT10M}") Duration window,
            @Value("${clipdesk.security.recent-sign-in-bulk-threshold:50}") int bulkThreshold) {
        this(window, bulkThreshold, Clock.systemUTC());
    }

    RecentSignIn(Duration window, int bulkThreshold, Clock clock) {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("clipdesk.security.recent-sign-in must be positive, not " + window);
        }
        this.window = window;
        this.bulkThreshold = bulkThreshold;
        this.clock = clock;
    }

    /**
     * Throws {@link RecentSignInRequiredException} unless the signed-in staff member authenticated within
     * the window. {@code action} names what is refused as a noun phrase ("Lifting a takedown").
     */
    public void require(String action) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Instant at = auth == null ? null : signedInAt(auth);
        Instant now = clock.instant();
        if (at == null || at.isBefore(now.minus(window))) {
            throw new RecentSignInRequiredException(action, at, now, window);
        }
    }

    /** {@link #require} when a bulk action covers more than {@link #bulkThreshold()} items. */
    public void requireForBulk(String action, int items) {
        if (items > bulkThreshold) {
            require(action + " on more than " + bulkThreshold + " items");
        }
    }

    public int bulkThreshold() {
        return bulkThreshold;
    }

    public Duration window() {
        return window;
    }

    /**
     * Where to send the browser to sign in again (the identity provider asks for the password whatever
     * session it has: {@code max_age=0}, {@code prompt=login}) and come back to {@code returnPath}, a
     * path of this console such as {@code /takedowns/5}.
     */
    public static String signInAgainPath(String returnPath) {
        return SIGN_IN_PATH + "?" + AGAIN_PARAMETER + "&return="
                + java.net.URLEncoder.encode(returnPath, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** When the person behind {@code auth} last authenticated, if known. */
    public static @Nullable Instant signedInAt(Authentication auth) {
        if (auth.getPrincipal() instanceof OidcUser oidc) {
            Instant authTime = oidc.getAuthenticatedAt();
            return authTime != null ? authTime : oidc.getIssuedAt();
        }
        if (auth.getDetails() instanceof SignInInstant instant) {
            return instant.at();
        }
        return null;
    }
}
