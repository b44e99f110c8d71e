package com.clipdesk.staff.internal;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * The development provider's clients: the console itself, with the client id and secret of the
 * console's registration "clipdesk" (redirect URIs are exact ones built from the port the server
 * actually listens on — tests use a random port —, for localhost and 127.0.0.1 only); and, when
 * {@code clipdesk.dev-idp.link-resolver-secret} is set (application-local and test properties
 * only), the machine client {@value #LINK_RESOLVER} standing in for the product's link resolver:
 * client-credentials grant, scope {@code share-links.read}, JWT access tokens of 5 minutes; and,
 * when {@code clipdesk.dev-idp.member-app-secret} is set, {@value #MEMBER_APP} standing in for the
 * member app's backend that files appeals and asks for sharing decisions (scopes {@code appeals.write
 * appeals.read policy.decide featured.read}); and, when {@code clipdesk.dev-idp.product-backend-secret}
 * is set, {@value #PRODUCT_BACKEND} standing in for the product's systems that push content in and
 * read the decision feed (scopes {@code ingest.write feed.read}).
 */
final class DevRegisteredClients implements RegisteredClientRepository {

    private static final String REGISTRATION = "spring.security.oauth2.client.registration.clipdesk.";
    private static final String ID = "clipdesk-console";
    static final String LINK_RESOLVER = "link-resolver";
    private static final String LINK_RESOLVER_SECRET = "clipdesk.dev-idp.link-resolver-secret";
    static final String MEMBER_APP = "member-app";
    private static final String MEMBER_APP_SECRET = "clipdesk.dev-idp.member-app-secret";
    static final String PRODUCT_BACKEND = "product-backend";
    private static final String PRODUCT_BACKEND_SECRET = "clipdesk.dev-idp.product-backend-secret";

    private final Environment environment;

    DevRegisteredClients(Environment environment) {
        this.environment = environment;
    }

    /**
     * Ignored: the client is fixed. The provider calls this only to re-encode the client secret
     * ({noop} to a stronger hash), which a development provider does not need to keep.
     */
    @Override
    public void save(RegisteredClient registeredClient) {}

    @Override
    public @Nullable RegisteredClient findById(String id) {
        if (ID.equals(id)) {
            return console();
        }
        return machineClient(id);
    }

    @Override
    public @Nullable RegisteredClient findByClientId(String clientId) {
        RegisteredClient console = console();
        if (console.getClientId().equals(clientId)) {
            return console;
        }
        return machineClient(clientId);
    }

    private @Nullable RegisteredClient machineClient(String id) {
        if (LINK_RESOLVER.equals(id)) {
            return linkResolver();
        }
        if (PRODUCT_BACKEND.equals(id)) {
            return productBackend();
        }
        return MEMBER_APP.equals(id) ? memberApp() : null;
    }

    private @Nullable RegisteredClient productBackend() {
        String secret = environment.getProperty(PRODUCT_BACKEND_SECRET);
        if (secret == null || secret.isBlank()) {
            return null;
        }
        return RegisteredClient.withId(PRODUCT_BACKEND)
                .clientId(PRODUCT_BACKEND)
                .clientSecret("{noop}" + secret)
                .clientName("Product backend (development stand-in)")
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scope(ApiSecurityConfiguration.INGEST_WRITE)
                .scope(ApiSecurityConfiguration.FEED_READ)
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofMinutes(5)).build())
                .build();
    }

    private @Nullable RegisteredClient memberApp() {
        String secret = environment.getProperty(MEMBER_APP_SECRET);
        if (secret == null || secret.isBlank()) {
            return null;
        }
        return RegisteredClient.withId(MEMBER_APP)
                .clientId(MEMBER_APP)
                .clientSecret("{noop}" + secret)
                .clientName("Member app backend (development stand-in)")
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scope(ApiSecurityConfiguration.APPEALS_WRITE)
                .scope(ApiSecurityConfiguration.APPEALS_READ)
                .scope(ApiSecurityConfiguration.POLICY_DECIDE)
                .scope(ApiSecurityConfiguration.FEATURED_READ)
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofMinutes(5)).build())
                .build();
    }

    private @Nullable RegisteredClient linkResolver() {
        String secret = environment.getProperty(LINK_RESOLVER_SECRET);
        if (secret == null || secret.isBlank()) {
            return null;
        }
        return RegisteredClient.withId(LINK_RESOLVER)
                .clientId(LINK_RESOLVER)
                .clientSecret("{noop}" + secret)
                .clientName("Link resolver (development stand-in)")
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scope(ApiSecurityConfiguration.SHARE_LINKS_READ)
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofMinutes(5)).build())
                .build();
    }

    private RegisteredClient console() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String clientId = environment.getRequiredProperty(REGISTRATION + "client-id");
        String secret = environment.getRequiredProperty(REGISTRATION + "client-secret");
        RegisteredClient.Builder client = RegisteredClient.withId(ID)
                .clientId(clientId)
                .clientSecret("{noop}" + secret)
                .clientName("Clipdesk console")
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .scope(OidcScopes.EMAIL)
                .clientSettings(ClientSettings.builder()
                        .requireProofKey(true)
                        .requireAuthorizationConsent(false)
                        .build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(Duration.ofMinutes(15))
                        .build());
        for (String host : new String[] {"localhost", "127.0.0.1"}) {
            String base = "http://" + host + ":" + port;
            client.redirectUri(base + "/login/oauth2/code/clipdesk");
            client.postLogoutRedirectUri(base + StaffSecurityConfiguration.SIGNED_OUT_PATH);
        }
        return client.build();
    }
}
