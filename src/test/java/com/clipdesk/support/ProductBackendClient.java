package com.clipdesk.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jspecify.annotations.Nullable;

/**
 * The product's backend as a test sees it: a client-credentials token of the development provider
 * ({@code product-backend}, secret of application-test.properties, scopes {@code ingest.write
 * feed.read}) and plain HTTP calls to the API. Tests call {@code Chromium.useSecurityStrategyOf(context)}
 * before {@link #token} when other test classes start servers of their own.
 */
public final class ProductBackendClient {

    public static final String SECRET = "test-product-backend-secret";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public ProductBackendClient(int port) {
        this.base = "http://localhost:" + port;
    }

    /** A token with the given scope (space-separated); none asked for when null. */
    public String token(@Nullable String scope) {
        return LinkResolverClient.clientCredentials(http, base, "product-backend", SECRET, scope);
    }

    /** A token with both of the client's scopes. */
    public String token() {
        return token("ingest.write feed.read");
    }

    /** A request to {@code pathAndQuery} (e.g. "/api/feed?after=0"), with the bearer token when given. */
    public HttpResponse<String> send(String method, String pathAndQuery, @Nullable String bearer,
            @Nullable String contentType, @Nullable String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .header("Accept", "application/json, application/x-ndjson, application/problem+json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return LinkResolverClient.send(http, request.build());
    }

    /** The same with raw bytes (e.g. invalid UTF-8). */
    public HttpResponse<String> sendBytes(String method, String pathAndQuery, @Nullable String bearer,
            String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .header("Accept", "application/json, application/x-ndjson, application/problem+json")
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return LinkResolverClient.send(http, request.build());
    }
}
