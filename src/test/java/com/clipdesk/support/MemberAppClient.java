package com.clipdesk.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jspecify.annotations.Nullable;

/**
 * The member app's backend as a test sees it: a client-credentials token of the development provider
 * ({@code member-app}, secret of application-test.properties) and the appeals API over HTTP.
 */
public final class MemberAppClient {

    public static final String SECRET = "test-member-app-secret";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public MemberAppClient(int port) {
        this.base = "http://localhost:" + port;
    }

    /** A token with the given scope (space-separated); none asked for when null. */
    public String token(@Nullable String scope) {
        return LinkResolverClient.clientCredentials(http, base, "member-app", SECRET, scope);
    }

    /** A token with both of the client's scopes. */
    public String token() {
        return token("appeals.write appeals.read");
    }

    /** POST /api/appeals with a JSON body. */
    public HttpResponse<String> file(@Nullable String bearer, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/appeals"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return LinkResolverClient.send(http, request.build());
    }

    /** POST /api/policy/decisions with a JSON body. */
    public HttpResponse<String> decide(@Nullable String bearer, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/policy/decisions"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return LinkResolverClient.send(http, request.build());
    }

    /** GET /api/featured/{pathAndQuery}, e.g. "FR?surface=HOME_ROW", with If-None-Match when given. */
    public HttpResponse<String> featured(@Nullable String bearer, String pathAndQuery, @Nullable String ifNoneMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/featured/" + pathAndQuery))
                .header("Accept", "application/json").GET();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return LinkResolverClient.send(http, request.build());
    }

    /** GET /api/appeals/{id}. */
    public HttpResponse<String> status(@Nullable String bearer, String id) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/appeals/" + id))
                .header("Accept", "application/json").GET();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return LinkResolverClient.send(http, request.build());
    }

    /** A JSON string literal. */
    public static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
