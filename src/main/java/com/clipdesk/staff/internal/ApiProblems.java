package com.clipdesk.staff.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;

/**
 * 401 and 403 of the machine API as RFC 9457 problem documents, like every other API error, keeping
 * the {@code WWW-Authenticate} header (RFC 6750) that tells a client what was wrong with its token.
 */
final class ApiProblems {

    private static final BearerTokenAuthenticationEntryPoint BEARER = new BearerTokenAuthenticationEntryPoint();
    private static final BearerTokenAccessDeniedHandler BEARER_DENIED = new BearerTokenAccessDeniedHandler();

    private ApiProblems() {}

    static void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        BEARER.commence(request, response, e);
        write(response, 401, "unauthorized", "Unauthorized",
                "A valid bearer token is needed: a client-credentials access token of the identity provider.");
    }

    static void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        BEARER_DENIED.handle(request, response, e);
        write(response, 403, "forbidden", "Forbidden",
                "The token does not grant the scope this endpoint needs, or the endpoint does not exist.");
    }

    private static void write(HttpServletResponse response, int status, String type, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"https://clipdesk.example/problems/" + type + "\",\"title\":\""
                + title + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
    }
}
