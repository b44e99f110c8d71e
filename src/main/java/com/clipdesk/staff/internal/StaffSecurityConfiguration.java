package com.clipdesk.staff.internal;

import com.clipdesk.staff.RecentSignIn;
import com.clipdesk.staff.Role;
import com.clipdesk.staff.StaffAuthoritiesMapper;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * The console's security. Filter chains, in order: actuator ({@link #ACTUATOR_ORDER}), the
 * development OIDC provider when enabled ({@link DevIdentityProviderConfiguration}), the machine API
 * under {@code /api/} ({@link ApiSecurityConfiguration}: bearer tokens, stateless), and the Vaadin
 * console ({@link #CONSOLE_ORDER}), which signs staff in only through OIDC.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(jsr250Enabled = true)
class StaffSecurityConfiguration {

    static final int ACTUATOR_ORDER = 1;
    static final int DEV_IDP_ORDER = 2;
    static final int API_ORDER = 3;
    static final int CONSOLE_ORDER = 4;

    /** Where the console sends anyone who is not signed in: starts the OIDC flow of registration "clipdesk". */
    static final String SIGN_IN_PATH = RecentSignIn.SIGN_IN_PATH;
    /** Public page shown after sign-out and after a failed sign-in (a shell view). */
    static final String SIGNED_OUT_PATH = "/signed-out";

    static final String SCRAPE_AUTHORITY = "METRICS_SCRAPE";

    @Bean
    ClientRegistrationRepository clientRegistrationRepository(Environment environment) {
        return new LazyClientRegistrations(environment);
    }

    /**
     * Health and info are public (load balancers, dashboards). Prometheus: admins signed in to the
     * console, or HTTP basic with the scrape credential; an empty scrape password disables it.
     */
    @Bean
    @Order(ACTUATOR_ORDER)
    SecurityFilterChain actuatorChain(
            HttpSecurity http,
            @Value("${clipdesk.metrics.scrape-username:prometheus}") String scrapeUsername,
            @Value("${clipdesk.metrics.scrape-password:}") String scrapePassword) {
        InMemoryUserDetailsManager scrapers = new InMemoryUserDetailsManager();
        if (!scrapePassword.isBlank()) {
            scrapers.createUser(User.withUsername(scrapeUsername)
                    .password("{noop}" + scrapePassword)
                    .authorities(SCRAPE_AUTHORITY)
                    .build());
        }
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to("health", "info")).permitAll()
                        .requestMatchers(EndpointRequest.to("prometheus"))
                        .hasAnyAuthority(Role.ADMIN.authority(), SCRAPE_AUTHORITY)
                        .anyRequest().hasAuthority(Role.ADMIN.authority()))
                .httpBasic(Customizer.withDefaults())
                .authenticationManager(new ProviderManager(new DaoAuthenticationProvider(scrapers)))
                // scrapes must not pile up sessions; a signed-in admin's session is still read
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /** Console sessions per staff member on this node (shown to admins; see ConsoleSessions). */
    @Bean
    SessionRegistry consoleSessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when the servlet container ends a session (time-out, invalidation). */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    @Order(CONSOLE_ORDER)
    SecurityFilterChain consoleChain(HttpSecurity http, StaffAuthoritiesMapper authoritiesMapper,
            ClientRegistrationRepository registrations, SessionRegistry sessionRegistry, SessionCutoffs cutoffs) {
        // every console sign-in is registered (no limit on concurrent sessions), for the admins' counts
        http.sessionManagement(sessions -> sessions.maximumSessions(-1).sessionRegistry(sessionRegistry));
        // "sign out everywhere": sessions signed in before the member's cut-off end here, on every node
        http.addFilterBefore(new SessionCutoffFilter(cutoffs), AnonymousAuthenticationFilter.class);
        SecurityHeaders.apply(http, SecurityHeaders.CONSOLE_CSP);
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles/**", "/images/**", "/icons/**", "/favicon.ico", "/robots.txt")
                .permitAll()
                .requestMatchers(SIGNED_OUT_PATH).permitAll()
                // error dispatches render the original request's status (e.g. a scrape's 401)
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll());
        http.oauth2Login(login -> login
                // set here too (Vaadin sets it later): otherwise start-up lists the registrations,
                // which with an issuer-uri means calling the identity provider
                .loginPage(SIGN_IN_PATH)
                // a sensitive action's "sign in again" asks the provider to check the person again
                .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(new SignInAgainRequests(registrations)))
                .userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(authoritiesMapper))
                // never back to the sign-in path: with a live provider session that would loop
                .failureHandler(new SignInFailureHandler(SIGNED_OUT_PATH + "?failed")));
        // The post-logout URI makes Vaadin use RP-initiated logout: the provider ends its session too.
        // Any other path goes to Vaadin's router for signed-in staff (Vaadin's default denies it
        // with a bare 403), so an unknown address shows the console's not-found page. Views are
        // still checked by their access annotations. HTTP endpoints outside Vaadin (APIs) must
        // get their own SecurityFilterChain ordered before this one.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .oauth2LoginPage(SIGN_IN_PATH, "{baseUrl}" + SIGNED_OUT_PATH)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        return http.build();
    }
}
