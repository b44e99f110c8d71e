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
 * The development provider's only client: the console itself, with the client id and secret of
 * the console's registration "clipdesk". Its redirect URIs are exact ones built from the port the
 * server actually listens on (tests use a random port), for localhost and 127.0.0.1 only.
 */
final class DevRegisteredClients implements RegisteredClientRepository {

    private static final String REGISTRATION = "spring.security.oauth2.client.registration.clipdesk.";
    private static final String ID = "clipdesk-console";

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
        return ID.equals(id) ? console() : null;
    }

    @Override
    public @Nullable RegisteredClient findByClientId(String clientId) {
        RegisteredClient console = console();
        return console.getClientId().equals(clientId) ? console : null;
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
