package com.clipdesk.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The product's link resolver as a test sees it: gets a client-credentials token from the
 * development provider ({@code link-resolver}, secret of application-test.properties) and calls the
 * share-link status API over HTTP.
 */
public final class LinkResolverClient {

    public static final String SECRET = "test-link-resolver-secret";
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public LinkResolverClient(int port) {
        this.base = "http://localhost:" + port;
    }

    /** A token with the given scope (space-separated), or none asked for when null. */
    public String token(@Nullable String scope) {
        return clientCredentials(http, base, "link-resolver", SECRET, scope);
    }

    /** A client-credentials access token of the development provider for this client. */
    static String clientCredentials(HttpClient http, String base, String clientId, String secret,
            @Nullable String scope) {
        String form = "grant_type=client_credentials"
                + (scope == null ? "" : "&scope=" + URLEncoder.encode(scope, StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response = send(http, request);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token endpoint answered " + response.statusCode() + ": " + response.body());
        }
        Matcher m = ACCESS_TOKEN.matcher(response.body());
        if (!m.find()) {
            throw new IllegalStateException("no access_token in " + response.body());
        }
        return m.group(1);
    }

    public String token() {
        return token("share-links.read");
    }

    /** GET /api/share-links/{token}?market=… with the bearer token (none when null). */
    public HttpResponse<String> status(@Nullable String bearer, String pathAndQuery) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/share-links/" + pathAndQuery))
                .header("Accept", "application/json").GET();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return send(request.build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        return send(http, request);
    }

    static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
