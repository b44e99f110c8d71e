package com.clipdesk.staff.internal;

import com.clipdesk.staff.RecentSignIn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * The console's OIDC authorization requests. A sign-in asked for by a sensitive action
 * ({@code ?}{@value RecentSignIn#AGAIN_PARAMETER}, see {@link RecentSignIn#signInAgainPath}) asks the
 * identity provider to check the person again whatever session it has ({@code max_age=0} and
 * {@code prompt=login}, standard OIDC), and comes back to the console page named by
 * {@code return} (a path of this console only) instead of the start page: that address is kept as
 * the request saved for after the sign-in, as if the person had opened it while signed out.
 */
final class SignInAgainRequests implements OAuth2AuthorizationRequestResolver {

    private final OAuth2AuthorizationRequestResolver plain;
    private final OAuth2AuthorizationRequestResolver again;
    /** The cache Vaadin's success handler reads ({@code VaadinDefaultRequestCache} delegates to this one). */
    private final RequestCache savedRequests = new HttpSessionRequestCache();

    SignInAgainRequests(ClientRegistrationRepository registrations) {
        String base = OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI;
        this.plain = new DefaultOAuth2AuthorizationRequestResolver(registrations, base);
        DefaultOAuth2AuthorizationRequestResolver withMaxAge = new DefaultOAuth2AuthorizationRequestResolver(registrations, base);
        withMaxAge.setAuthorizationRequestCustomizer(request -> request.additionalParameters(
                parameters -> {
                    parameters.put("max_age", "0");
                    parameters.put("prompt", "login");
                }));
        this.again = withMaxAge;
    }

    @Override
    public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
        return request.getParameter(RecentSignIn.AGAIN_PARAMETER) == null ? plain.resolve(request) : again(request);
    }

    @Override
    public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
        return request.getParameter(RecentSignIn.AGAIN_PARAMETER) == null
                ? plain.resolve(request, clientRegistrationId)
                : again.resolve(request, clientRegistrationId);
    }

    private @Nullable OAuth2AuthorizationRequest again(HttpServletRequest request) {
        OAuth2AuthorizationRequest resolved = again.resolve(request);
        String back = request.getParameter("return");
        if (resolved != null && back != null && isConsolePath(back)) {
            HttpServletResponse noResponse = null;
            savedRequests.saveRequest(new ReturnRequest(request, back), noResponse);
        }
        return resolved;
    }

    /** A path of this console ("/takedowns/5"), never another site ("//evil.example", "https:..."). */
    static boolean isConsolePath(String path) {
        return path.startsWith("/") && !path.startsWith("//") && !path.contains("\\") && !path.contains("://")
                && path.length() <= 2000 && path.chars().noneMatch(c -> c < 0x20);
    }

    /** The request as if it asked for {@code path}: what the request cache keeps for the redirect. */
    private static final class ReturnRequest extends HttpServletRequestWrapper {

        private final String path;
        private final @Nullable String query;

        ReturnRequest(HttpServletRequest request, String pathAndQuery) {
            super(request);
            int q = pathAndQuery.indexOf('?');
            this.path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
            this.query = q < 0 ? null : pathAndQuery.substring(q + 1);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getRequestURI() {
            return getContextPath() + path;
        }

        @Override
        public StringBuffer getRequestURL() {
            StringBuffer url = new StringBuffer();
            url.append(getScheme()).append("://").append(getServerName());
            int port = getServerPort();
            if (!("http".equals(getScheme()) && port == 80) && !("https".equals(getScheme()) && port == 443)) {
                url.append(':').append(port);
            }
            return url.append(getRequestURI());
        }

        @Override
        public String getServletPath() {
            return path;
        }

        @Override
        public @Nullable String getPathInfo() {
            return null;
        }

        @Override
        public @Nullable String getQueryString() {
            return query;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String @Nullable [] getParameterValues(String name) {
            return null;
        }

        @Override
        public @Nullable String getParameter(String name) {
            return null;
        }
    }
}
