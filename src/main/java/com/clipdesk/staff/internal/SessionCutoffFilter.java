package com.clipdesk.staff.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a console session authenticated before its staff member's "sessions valid after" instant
 * ({@link SessionCutoffs}): the HTTP session is invalidated and the request goes on unauthenticated,
 * so a page is sent to the sign-in and Vaadin's own requests get its "session expired" answer, which
 * reloads the page into the sign-in. The session's authentication time is the one
 * {@link SignInRecorder} kept in it (the console's OIDC sign-in, to the millisecond), else the ID
 * token's issue time.
 */
final class SessionCutoffFilter extends OncePerRequestFilter {

    /** Session attribute: when this console session signed in (an {@link Instant}). */
    static final String SIGNED_IN_AT = "CLIPDESK_CONSOLE_SIGNED_IN_AT";

    private static final Logger log = LoggerFactory.getLogger(SessionCutoffFilter.class);

    private final SessionCutoffs cutoffs;

    SessionCutoffFilter(SessionCutoffs cutoffs) {
        this.cutoffs = cutoffs;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session != null && auth != null && auth.getPrincipal() instanceof OidcUser oidc) {
            Instant validAfter = cutoffs.validAfter(oidc.getSubject());
            Instant signedIn = signedInAt(session, oidc);
            if (validAfter != null && (signedIn == null || signedIn.isBefore(validAfter))) {
                log.info("Ending console session of {} signed in at {}: sessions were ended at {}",
                        oidc.getSubject(), signedIn, validAfter);
                SecurityContextHolder.clearContext();
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }

    private static @Nullable Instant signedInAt(HttpSession session, OidcUser oidc) {
        try {
            if (session.getAttribute(SIGNED_IN_AT) instanceof Instant at) {
                return at;
            }
        } catch (IllegalStateException invalidated) {
            return null;
        }
        return oidc.getIssuedAt();
    }
}
