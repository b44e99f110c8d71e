package com.clipdesk.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A cookie-keeping HTTP client that follows redirects by hand, like a browser without JavaScript. */
final class ConsoleHttpSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    ConsoleHttpSession(int port) {
        this.base = "http://localhost:" + port;
    }

    HttpResponse<String> get(String pathOrUrl) {
        return send(HttpRequest.newBuilder(uri(pathOrUrl)).GET().build());
    }

    HttpResponse<String> getWithBasic(String path, String username, String password) {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + credentials).GET().build());
    }

    HttpResponse<String> postForm(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** Follows redirects from this response, at most ten. */
    HttpResponse<String> follow(HttpResponse<String> response) {
        HttpResponse<String> current = response;
        for (int i = 0; i < 10 && isRedirect(current); i++) {
            current = get(current.request().uri().resolve(location(current)).toString());
        }
        return current;
    }

    /** Submits the development provider's sign-in form shown in this response. */
    HttpResponse<String> submitProviderForm(HttpResponse<String> signInPage, String username, String password) {
        assertThat(signInPage.statusCode()).isEqualTo(200);
        Matcher csrf = CSRF.matcher(signInPage.body());
        assertThat(csrf.find()).as("the sign-in form carries a CSRF token").isTrue();
        return postForm("/login", Map.of("username", username, "password", password, "_csrf", csrf.group(1)));
    }

    /** The full OIDC sign-in to the console, as a browser would do it. */
    void signIn(String username, String password) {
        HttpResponse<String> signInPage = follow(get("/"));
        assertThat(signInPage.uri().getPath()).isEqualTo("/login");
        HttpResponse<String> console = follow(submitProviderForm(signInPage, username, password));
        assertThat(console.statusCode()).as("console after sign-in").isEqualTo(200);
        assertThat(console.uri().getPath()).isEqualTo("/");
    }

    static boolean isRedirect(HttpResponse<?> response) {
        return response.statusCode() >= 300 && response.statusCode() < 400;
    }

    static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElseThrow();
    }

    private URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
