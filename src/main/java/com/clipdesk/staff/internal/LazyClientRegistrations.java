package com.clipdesk.staff.internal;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.util.StringUtils;

/**
 * The client registrations of {@code spring.security.oauth2.client.*}, read on first use instead of
 * at start-up. Two reasons: the local provider lives in this very application, so its token and
 * key URIs may name {@code ${local.server.port}}, known only once the server listens (tests use a
 * random port); and with an {@code issuer-uri} (production) the console starts even while the
 * identity provider is briefly unreachable. It also adds {@code clipdesk.oidc.end-session-uri} as
 * the provider's end-session endpoint when discovery does not supply one, for RP-initiated logout.
 */
final class LazyClientRegistrations implements ClientRegistrationRepository, Iterable<ClientRegistration> {

    private static final String END_SESSION_ENDPOINT = "end_session_endpoint";

    private final Environment environment;
    private volatile @Nullable Map<String, ClientRegistration> resolved;

    LazyClientRegistrations(Environment environment) {
        this.environment = environment;
    }

    @Override
    public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
        return registrations().get(registrationId);
    }

    @Override
    public Iterator<ClientRegistration> iterator() {
        return registrations().values().iterator();
    }

    private Map<String, ClientRegistration> registrations() {
        Map<String, ClientRegistration> current = resolved;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (resolved != null) {
                return resolved;
            }
            OAuth2ClientProperties properties = Binder.get(environment)
                    .bind("spring.security.oauth2.client", OAuth2ClientProperties.class)
                    .orElseGet(OAuth2ClientProperties::new);
            Map<String, ClientRegistration> registrations = new LinkedHashMap<>();
            String endSession = environment.getProperty("clipdesk.oidc.end-session-uri");
            new OAuth2ClientPropertiesMapper(properties).asClientRegistrations()
                    .forEach((id, registration) -> registrations.put(id, withEndSession(registration, endSession)));
            // Before the server listens, a ${local.server.port} may still be unresolved: do not keep that.
            if (environment.containsProperty("local.server.port")) {
                resolved = Map.copyOf(registrations);
            }
            return registrations;
        }
    }

    private static ClientRegistration withEndSession(ClientRegistration registration, @Nullable String endSession) {
        Map<String, Object> metadata = registration.getProviderDetails().getConfigurationMetadata();
        if (!StringUtils.hasText(endSession) || metadata.containsKey(END_SESSION_ENDPOINT)) {
            return registration;
        }
        Map<String, Object> withEndSession = new HashMap<>(metadata);
        withEndSession.put(END_SESSION_ENDPOINT, endSession);
        return ClientRegistration.withClientRegistration(registration)
                .providerConfigurationMetadata(withEndSession)
                .build();
    }
}
