package com.clipdesk.staff.internal;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * LOCAL DEVELOPMENT ONLY: an OIDC provider (Spring Authorization Server) inside the console, with
 * the {@link DemoStaffAccounts}, so the console runs with zero setup and still signs staff in
 * through a real authorization-code + PKCE flow. Enabled by {@code clipdesk.dev-idp.enabled=true},
 * which only application-local.properties (and the test profile) set; production uses a real
 * identity provider (application-prod.properties).
 *
 * <p>The provider keeps its own login session apart from the console's: its security context and
 * saved request live under their own session attributes. Signing in on the provider's form alone
 * therefore does not sign anyone in to the console.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "clipdesk.dev-idp.enabled", havingValue = "true")
class DevIdentityProviderConfiguration {

    static final String SIGN_IN_PAGE = "/login";
    private static final String SECURITY_CONTEXT_KEY = "CLIPDESK_DEV_IDP_SECURITY_CONTEXT";
    private static final String SAVED_REQUEST_KEY = "CLIPDESK_DEV_IDP_SAVED_REQUEST";

    @Bean
    @Order(StaffSecurityConfiguration.DEV_IDP_ORDER)
    SecurityFilterChain devIdentityProviderChain(HttpSecurity http) {
        OAuth2AuthorizationServerConfigurer provider = new OAuth2AuthorizationServerConfigurer();
        PathPatternRequestMatcher signInPage = PathPatternRequestMatcher.withDefaults().matcher(SIGN_IN_PAGE);

        HttpSessionSecurityContextRepository providerContexts = new HttpSessionSecurityContextRepository();
        providerContexts.setSpringSecurityContextKey(SECURITY_CONTEXT_KEY);
        HttpSessionRequestCache providerSavedRequests = new HttpSessionRequestCache();
        providerSavedRequests.setSessionAttrName(SAVED_REQUEST_KEY);

        http.securityMatcher(new OrRequestMatcher(provider.getEndpointsMatcher(), signInPage))
                .with(provider, server -> server.oidc(Customizer.withDefaults()))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(signInPage).permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage(SIGN_IN_PAGE).permitAll())
                .userDetailsService(demoAccounts())
                // the console calls /userinfo with the access token
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()))
                .securityContext(context -> context.securityContextRepository(providerContexts))
                .requestCache(cache -> cache.requestCache(providerSavedRequests))
                // prompt=login / max_age: a console's "sign in again" shows the form even with a live session
                .addFilterAfter(new DevProviderReauthentication(SECURITY_CONTEXT_KEY),
                        org.springframework.security.web.context.SecurityContextHolderFilter.class)
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint(SIGN_IN_PAGE),
                        new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        // the sign-in form posts to itself, then redirects back to the console (a form-action would block that)
        SecurityHeaders.apply(http, SecurityHeaders.CONSOLE_CSP);
        return http.build();
    }

    private static InMemoryUserDetailsManager demoAccounts() {
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
        for (DemoStaffAccounts.Account account : DemoStaffAccounts.ALL) {
            UserDetails user = User.withUsername(account.username())
                    .password("{noop}" + account.password())
                    .authorities(account.role().authority())
                    .build();
            users.createUser(user);
        }
        return users;
    }

    /** The console's own client registration "clipdesk", registered from the same properties. */
    @Bean
    RegisteredClientRepository devRegisteredClients(Environment environment) {
        return new DevRegisteredClients(environment);
    }

    /** Puts the demo account's roles, markets, name and e-mail into its ID token. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> staffClaims() {
        return context -> {
            if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                return;
            }
            DemoStaffAccounts.find(context.getPrincipal().getName()).ifPresent(account -> {
                context.getClaims()
                        .claim("roles", java.util.List.of(account.role().name()))
                        .claim("markets", account.markets())
                        .claim("name", account.displayName())
                        .claim("preferred_username", account.username());
                if (context.getAuthorizedScopes().contains(OidcScopes.EMAIL)) {
                    context.getClaims().claim("email", account.email()).claim("email_verified", true);
                }
            });
        };
    }

    /** A fresh signing key per start: tokens of the development provider need not survive a restart. */
    @Bean
    JWKSource<SecurityContext> devJwkSource() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            RSAKey rsa = new RSAKey.Builder((RSAPublicKey) keys.getPublic())
                    .privateKey((RSAPrivateKey) keys.getPrivate())
                    .keyID(UUID.randomUUID().toString())
                    .build();
            return new ImmutableJWKSet<>(new JWKSet(rsa));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
    }

    @Bean
    JwtDecoder devJwtDecoder(JWKSource<SecurityContext> devJwkSource) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(devJwkSource);
    }

    @Bean
    AuthorizationServerSettings devAuthorizationServerSettings() {
        return AuthorizationServerSettings.builder().build();
    }
}
