package com.clipdesk.staff.internal;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security headers every chain sends, besides Spring Security's defaults
 * ({@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY}, no-cache, and HSTS on
 * requests that arrived over TLS, which behind a proxy needs {@code server.forward-headers-strategy}):
 * a Content-Security-Policy, {@code Referrer-Policy: same-origin} (console addresses name items and
 * searches; other sites get nothing) and a {@code Permissions-Policy} that turns off device features
 * nobody here uses.
 */
final class SecurityHeaders {

    /**
     * What Vaadin Flow needs (its docs, "Content Security Policy"): inline and eval'd scripts (the
     * bootstrap page's inline script, and the functions the client engine builds from executeJs and
     * event expressions), inline styles (components and Lumo set style attributes); everything else
     * from this origin only, and no framing (clickjacking on a moderation console).
     */
    static final String CONSOLE_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    /** JSON answers load nothing and are never framed. */
    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=()";

    private SecurityHeaders() {}

    static void apply(HttpSecurity http, String contentSecurityPolicy) {
        http.headers(headers -> {
            // written before the request is handled: Vaadin commits its pages on a response the lazy
            // writer never sees commit, which left console pages without these headers
            headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
            headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                    .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY));
        });
    }
}
