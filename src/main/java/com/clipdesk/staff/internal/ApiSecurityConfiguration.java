package com.clipdesk.staff.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * The HTTP API for machine clients ({@code /api/**}), e.g. the product's link resolver: OAuth2
 * resource server with JWT bearer tokens (client-credentials grant), stateless, no cookies, no
 * CSRF (no browser session is ever used). Each endpoint needs its scope, as the token's
 * {@code scope} claim grants it ({@code SCOPE_share-links.read}). Tokens are checked with the
 * application's {@code JwtDecoder}: the development provider's keys locally, the identity provider
 * named by {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} in production.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    /** Scope of {@code GET /api/share-links/{token}}. */
    static final String SHARE_LINKS_READ = "share-links.read";
    /** Scope of {@code POST /api/appeals}. */
    static final String APPEALS_WRITE = "appeals.write";
    /** Scope of {@code GET /api/appeals/{id}}. */
    static final String APPEALS_READ = "appeals.read";
    /** Scope of {@code POST /api/policy/decisions}. */
    static final String POLICY_DECIDE = "policy.decide";
    /** Scope of {@code GET /api/featured/{market}}. */
    static final String FEATURED_READ = "featured.read";
    /** Scope of {@code /api/ingest/**}: the product pushes content, reports and appeals. */
    static final String INGEST_WRITE = "ingest.write";
    /** Scope of {@code GET /api/feed}: the product reads the decision feed. */
    static final String FEED_READ = "feed.read";

    @Bean
    @Order(StaffSecurityConfiguration.API_ORDER)
    SecurityFilterChain apiChain(HttpSecurity http) {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(org.springframework.http.HttpMethod.GET, "/api/share-links/**")
                        .hasAuthority("SCOPE_" + SHARE_LINKS_READ)
                        .requestMatchers(org.springframework.http.HttpMethod.POST, "/api/appeals")
                        .hasAuthority("SCOPE_" + APPEALS_WRITE)
                        .requestMatchers(org.springframework.http.HttpMethod.GET, "/api/appeals/*")
                        .hasAuthority("SCOPE_" + APPEALS_READ)
                        .requestMatchers(org.springframework.http.HttpMethod.POST, "/api/policy/decisions")
                        .hasAuthority("SCOPE_" + POLICY_DECIDE)
                        .requestMatchers(org.springframework.http.HttpMethod.GET, "/api/featured/*")
                        .hasAuthority("SCOPE_" + FEATURED_READ)
                        .requestMatchers("/api/ingest/**")
                        .hasAuthority("SCOPE_" + INGEST_WRITE)
                        .requestMatchers(org.springframework.http.HttpMethod.GET, "/api/feed")
                        .hasAuthority("SCOPE_" + FEED_READ)
                        .anyRequest().denyAll())
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(ApiProblems::unauthorized)
                        .accessDeniedHandler(ApiProblems::forbidden))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(ApiProblems::unauthorized)
                        .accessDeniedHandler(ApiProblems::forbidden))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .csrf(csrf -> csrf.disable());
        SecurityHeaders.apply(http, SecurityHeaders.API_CSP);
        return http.build();
    }

    /**
     * The OpenAPI description and Swagger UI: public read, no session. It is the published contract of
     * the API (no data in it), which the product's engineers read without a staff account; every
     * endpoint it describes still needs its token. Swagger UI runs scripts of its own: a CSP for it.
     */
    @Bean
    @Order(StaffSecurityConfiguration.API_ORDER)
    SecurityFilterChain apiDocsChain(HttpSecurity http) {
        http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html",
                        "/swagger-ui/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(org.springframework.http.HttpMethod.GET, "/**").permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .csrf(csrf -> csrf.disable());
        SecurityHeaders.apply(http, API_DOCS_CSP);
        return http.build();
    }

    /** Swagger UI: its own scripts and styles (some inline), data: images, calls to this origin only. */
    static final String API_DOCS_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";
}
