package com.clipdesk.ingest.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.support.Chromium;
import com.clipdesk.support.ProductBackendClient;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile and malformed payloads, generated with a seeded {@link Random}, sent over HTTP to both
 * ingest endpoints: wrong types, huge strings, invalid UTF-8, unknown fields, deep nesting, duplicate
 * keys and ids, injection strings, NUL bytes, numbers out of range, empty bodies, wrong content types.
 * Every one must get a 4xx problem (whole request) or a per-line rejection, never a 5xx, and nothing
 * from them may be written. Each payload carries at least one fault that makes it invalid (and names
 * members nobody pushed), so a correct API rejects all of them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestFuzzIT {

    static final long SEED = 20261130L;
    static final int WHOLE_REQUESTS = 2_500;
    static final int BULK_REQUESTS = 80;
    static final int LINES_PER_BULK = 100;
    static final List<String> TABLES = List.of("member", "moment", "moment_market", "moment_hold", "share_link",
            "fandom_submission", "fandom_submission_market", "watch_party", "watch_party_message",
            "private_recommendation", "report", "appeal", "external_ref", "review_case");
    static final String[] HOSTILE = {"'; drop table moment; --", "\" or 1=1 --", "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>", "{\"type\":\"member\"}", "\\u0000", "${jndi:ldap://x/a}", "../../etc/passwd",
            "\u202Eevil", "😀😀😀", "%00", "' union select * from staff_member --", "\\\"},{\"x\":1"};
    static final String[] TYPES = {"member", "moment", "share-link", "fandom-submission", "watch-party",
            "watch-party-message", "private-recommendation", "report", "appeal"};
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestData data;

    @Autowired
    ApplicationContext context;

    ProductBackendClient client;
    String bearer;
    final Random random = new Random(SEED);

    @BeforeAll
    void token() {
        Chromium.useSecurityStrategyOf(context);
        data.markets("FR", "DE");
        client = new ProductBackendClient(port);
        bearer = client.token();
    }

    @Test
    void hostilePayloadsGetA4xxOrALineRejectionAndWriteNothing() {
        Map<String, Long> before = counts();
        int payloads = 0;
        int wholeRejections = 0;
        int lineRejections = 0;
        for (int i = 0; i < WHOLE_REQUESTS; i++) {
            HttpResponse<String> response = wholeRequest(i);
            payloads++;
            int status = response.statusCode();
            assertThat(status).as("request %d: %s", i, response.body()).isBetween(200, 499);
            if (status == 200) {
                // a bulk of one line: the line is rejected
                JsonNode body = JSON.readTree(response.body());
                assertThat(body.get("rejected").longValue()).as(response.body()).isEqualTo(body.get("received").longValue());
                lineRejections += body.get("rejected").intValue();
            } else {
                assertThat(status).as(response.body()).isGreaterThanOrEqualTo(400);
                assertThat(response.headers().firstValue("Content-Type").orElse("")).as("request %d %s: %d %s", i,
                        response.request().uri(), status, response.body()).contains("json");
                JsonNode problem = JSON.readTree(response.body());
                assertThat(problem.has("title") || problem.has("status")).as(response.body()).isTrue();
                wholeRejections++;
            }
        }
        for (int i = 0; i < BULK_REQUESTS; i++) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            int lines = 0;
            for (int l = 0; l < LINES_PER_BULK; l++) {
                byte[] line = hostileLine(random.nextInt(TYPES.length), true);
                body.writeBytes(line);
                body.write('\n');
                if (!new String(line, StandardCharsets.ISO_8859_1).isBlank()) {
                    lines++; // blank lines are skipped by design: no payload, no result
                }
            }
            payloads += lines;
            // duplicate ids within one request: the same (hostile) line twice
            byte[] twice = hostileLine(1, true);
            while (new String(twice, StandardCharsets.ISO_8859_1).isBlank()) {
                twice = hostileLine(1, true); // a blank line is no payload
            }
            body.writeBytes(twice);
            body.write('\n');
            body.writeBytes(twice);
            payloads += 2;
            HttpResponse<String> response = client.sendBytes("POST", "/api/ingest/bulk", bearer, "application/x-ndjson",
                    body.toByteArray());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode result = JSON.readTree(response.body());
            assertThat(result.get("received").intValue()).isEqualTo(lines + 2);
            assertThat(result.get("rejected").intValue()).as(response.body()).isEqualTo(lines + 2);
            result.get("results").forEach(r -> {
                assertThat(r.get("problem").get("type").stringValue()).startsWith("https://clipdesk.example/problems/");
                assertThat(r.get("problem").get("errors").isEmpty()).isFalse();
            });
            lineRejections += result.get("rejected").intValue();
        }
        assertThat(payloads).isGreaterThanOrEqualTo(10_000);
        assertThat(wholeRejections).isGreaterThan(1_000);
        assertThat(lineRejections + wholeRejections).isEqualTo(payloads);
        assertThat(counts()).isEqualTo(before);
    }

    private HttpResponse<String> wholeRequest(int i) {
        int kind = random.nextInt(10);
        String type = TYPES[random.nextInt(TYPES.length)];
        return switch (kind) {
            case 0 -> client.sendBytes("PUT", "/api/ingest/" + type + "/fz-" + i, bearer, randomContentType(false),
                    hostileLine(random.nextInt(TYPES.length), false));
            case 1 -> client.sendBytes("POST", "/api/ingest/bulk", bearer, randomContentType(true),
                    hostileLine(random.nextInt(TYPES.length), true));
            case 2 -> client.sendBytes(random.nextBoolean() ? "PUT" : "POST", random.nextBoolean()
                    ? "/api/ingest/" + type + "/fz-" + i : "/api/ingest/bulk", bearer,
                    random.nextBoolean() ? "application/json" : "application/x-ndjson", new byte[0]);
            case 3 -> client.sendBytes("PUT", "/api/ingest/" + pick("nothing", "MOMENT", "moments", "%00", "..")
                    + "/fz-" + i, bearer, "application/json", hostileLine(1, false));
            case 4 -> client.sendBytes("POST", "/api/ingest/bulk", bearer, "application/x-ndjson",
                    hostileLine(random.nextInt(TYPES.length), true));
            default -> client.sendBytes("PUT", "/api/ingest/" + type + "/fz-" + i, bearer, "application/json",
                    hostileLine(indexOf(type), false));
        };
    }

    private String randomContentType(boolean bulk) {
        return random.nextInt(3) == 0 ? pick("text/plain", "application/xml", "multipart/form-data; boundary=x",
                "application/json; charset=latin1", "*/*", "application/x-www-form-urlencoded", "garbage///")
                : bulk ? "application/x-ndjson" : "application/json";
    }

    /** A line of the type, built valid-looking, then broken in at least one way, maybe dressed up with hostile text. */
    private byte[] hostileLine(int typeIndex, boolean withEnvelope) {
        String type = TYPES[typeIndex];
        Map<String, Object> fields = new LinkedHashMap<>();
        if (withEnvelope) {
            fields.put("type", type);
            fields.put("externalId", "fz-" + random.nextInt(1_000_000));
        }
        fields.put("version", 1 + random.nextInt(5));
        String ghost = "fz-ghost-" + random.nextInt(1000);
        switch (type) {
            case "member" -> {
                fields.put("handle", "fz" + random.nextInt(100000));
                fields.put("homeMarket", "FR");
                fields.put("ageBand", "25_34");
            }
            case "moment" -> {
                fields.put("episodeId", 1 + random.nextInt(5));
                fields.put("startSecond", 10);
                fields.put("endSecond", 20);
                fields.put("caption", "caption");
                fields.put("language", "en");
                fields.put("creator", ghost);
                fields.put("markets", List.of("FR"));
            }
            case "share-link" -> {
                fields.put("moment", ghost);
                fields.put("token", "tok" + random.nextInt(100000));
                fields.put("destination", "tiktok");
            }
            case "fandom-submission" -> {
                fields.put("titleId", 1);
                fields.put("kind", "theory");
                fields.put("body", "body");
                fields.put("language", "en");
                fields.put("creator", ghost);
                fields.put("markets", List.of("FR"));
            }
            case "watch-party" -> {
                fields.put("episodeId", 1);
                fields.put("host", ghost);
                fields.put("market", "FR");
            }
            case "watch-party-message" -> {
                fields.put("party", ghost);
                fields.put("author", ghost);
                fields.put("body", "hi");
                fields.put("language", "en");
            }
            case "private-recommendation" -> {
                fields.put("sender", ghost);
                fields.put("recipient", ghost + "x");
                fields.put("titleId", 1);
                fields.put("message", "m");
                fields.put("language", "en");
                fields.put("market", "FR");
                fields.put("report", Map.of("externalId", "fz-r" + random.nextInt(1000), "reporter", ghost,
                        "reason", "spam"));
            }
            case "report" -> {
                fields.put("subjectType", "moment");
                fields.put("subject", ghost);
                fields.put("reporter", ghost);
                fields.put("reason", "spam");
                fields.put("market", "FR");
            }
            default -> {
                fields.put("decision", "takedown");
                fields.put("decisionId", 1);
                fields.put("member", ghost);
                fields.put("statement", "unfair");
            }
        }
        List<String> names = new ArrayList<>(fields.keySet());
        if (random.nextInt(3) == 0) { // hostile text in a text field (never enough to be valid on its own)
            String name = names.get(random.nextInt(names.size()));
            if (fields.get(name) instanceof String) {
                fields.put(name, pick(HOSTILE));
            }
        }
        String json = JSON.writeValueAsString(fields);
        String field = names.get(random.nextInt(names.size()));
        int breaking = random.nextInt(14);
        return switch (breaking) {
            case 0 -> bytes(json.replaceFirst("\"" + field + "\":", "\"" + field + "\":" + pick("true", "[]", "{}",
                    "\"x\"", "12.5", "null", "-1") + ",\"_" + field + "\":")); // wrong type + unknown field
            case 1 -> bytes(json.replace("{", "{\"" + field + "\":" + "\"" + "x".repeat(4_001 + random.nextInt(withEnvelope ? 26_000 : 50_000))
                    + "\",")); // huge string (and a duplicate key); a bulk line stays under 64 KB even when it lands twice
            case 2 -> invalidUtf8(json);
            case 3 -> bytes(json.replace("{", "{\"unexpected" + random.nextInt(100) + "\":1,"));
            case 4 -> bytes(json.replace("{", "{\"nested\":" + "[".repeat(10 + random.nextInt(500))
                    + "]".repeat(0) + ","));
            case 5 -> bytes(json.replace("{", "{\"" + field + "\":1,"));
            case 6 -> bytes(json.replace("{", "{\"version\":\"\\u0000\",")); // NUL in the version (duplicate key too)
            case 7 -> bytes(json.replaceFirst("\"version\":\\d+", "\"version\":" + pick("1e400",
                    "99999999999999999999999999", "-5", "0", "1.5", "9223372036854775808", "1" + "0".repeat(40))));
            case 8 -> bytes(json.replaceFirst("\"version\":\\d+,?", ""));
            case 9 -> bytes(pick("", " ", "[", "[]", "null", "42", "\"text\"", json.substring(0, json.length() / 2),
                    json + json, json + "x", "{\"a\":1}}", "\u0000"));
            case 10 -> bytes(withEnvelope // an unknown type, or one that contradicts the path
                    ? json.replaceFirst("\"type\":\"[a-z-]+\"", "\"type\":\"" + pick("nothing", "MEMBER", "<b>", "")
                            + "\"")
                    : json.replace("{", "{\"type\":\"" + pick("nothing", "MEMBER", "<b>", "") + "\","));
            case 11 -> bytes(withEnvelope ? json.replaceFirst("\"externalId\":\"[^\"]*\"", Matcher.quoteReplacement("\"externalId\":"
                    + pick("\"" + "e".repeat(101) + "\"", "\"with space\"", "\"nul\\u0000\"", "12", "\"\"", "null")))
                    : json.replace("{", "{\"externalId\":\"other\","));
            case 12 -> bytes(json.replace("\"version\":", "\"version\":1,\"version\":")); // duplicate key
            default -> bytes(json.replace("{", "{\"" + field + "\":\"a\\u0000b\",\"dup\":" + "{\"a\":".repeat(20)
                    + "1" + "}".repeat(20) + ","));
        };
    }

    private byte[] invalidUtf8(String json) {
        byte[] text = json.getBytes(StandardCharsets.UTF_8);
        int at = Math.max(1, json.indexOf(":\"") + 2);
        byte[][] bad = {{(byte) 0xC3}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0x80},
                {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}};
        byte[] insert = bad[random.nextInt(bad.length)];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(text, 0, Math.min(at, text.length));
        out.writeBytes(insert);
        out.write(text, Math.min(at, text.length), text.length - Math.min(at, text.length));
        return out.toByteArray();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    private static int indexOf(String type) {
        return List.of(TYPES).indexOf(type);
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        TABLES.forEach(t -> counts.put(t, jdbc.queryForObject("select count(*) from " + t, Long.class)));
        return counts;
    }
}
