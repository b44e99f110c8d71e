package com.clipdesk.staff.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * LOCAL DEVELOPMENT ONLY: makes the development provider honour OIDC's {@code prompt=login} and
 * {@code max_age} on its authorization endpoint (Spring Authorization Server does not): when the
 * provider's own sign-in is older than asked, it is forgotten, so the provider shows its sign-in form
 * even with a live session. The time of the forced sign-in is kept in the session; the authorization
 * request replayed after the form carries the same parameters, and a sign-in after that time satisfies
 * it (with {@code max_age=0} nothing else could).
 */
final class DevProviderReauthentication extends OncePerRequestFilter {

    static final String FORCED_AT = "CLIPDESK_DEV_IDP_REAUTHENTICATION_FORCED_AT";

    private final String securityContextKey;
    private final Clock clock = Clock.systemUTC();

    DevProviderReauthentication(String securityContextKey) {
        this.securityContextKey = securityContextKey;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"/oauth2/authorize".equals(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Long maxAge = maxAge(request);
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (maxAge != null && session != null && auth != null && !(auth instanceof AnonymousAuthenticationToken)) {
            Instant signedIn = signedInAt(auth);
            Instant forcedAt = (Instant) session.getAttribute(FORCED_AT);
            Instant now = clock.instant();
            if (forcedAt != null && signedIn != null && signedIn.isAfter(forcedAt)) {
                session.removeAttribute(FORCED_AT); // signed in on the form this request sent them to
            } else if (signedIn == null || !signedIn.isAfter(now.minusSeconds(maxAge))) {
                session.removeAttribute(securityContextKey);
                SecurityContextHolder.clearContext();
                session.setAttribute(FORCED_AT, now);
            }
        }
        chain.doFilter(request, response);
    }

    /** {@code prompt=login} counts as {@code max_age=0}; none of them: null. */
    private static @Nullable Long maxAge(HttpServletRequest request) {
        String prompt = request.getParameter("prompt");
        if (prompt != null && Arrays.asList(prompt.split(" ")).contains("login")) {
            return 0L;
        }
        String maxAge = request.getParameter("max_age");
        if (maxAge == null) {
            return null;
        }
        try {
            return Math.max(0, Long.parseLong(maxAge.strip()));
        } catch (NumberFormatException e) {
            return 0L;
        }
    }

    /** The latest authentication factor's time (the password form's), as Spring Security 7 stamps it. */
    private static @Nullable Instant signedInAt(Authentication auth) {
        return auth.getAuthorities().stream()
                .filter(FactorGrantedAuthority.class::isInstance)
                .map(a -> ((FactorGrantedAuthority) a).getIssuedAt())
                .max(Instant::compareTo)
                .orElse(null);
    }
}
