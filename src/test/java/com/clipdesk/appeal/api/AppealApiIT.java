package com.clipdesk.appeal.api;

import static com.clipdesk.support.MemberAppClient.quote;
import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.content.ContentKind;
import com.clipdesk.member.Member;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import com.clipdesk.support.LinkResolverClient;
import com.clipdesk.support.MemberAppClient;
import com.clipdesk.takedown.Ground;
import com.clipdesk.takedown.TakedownRequest;
import com.clipdesk.takedown.TakedownService;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The appeals API over HTTP with real client-credentials tokens of the development provider: filing,
 * reading back, problem documents for bad input, and authentication and scopes (401/403 as problem
 * documents too).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AppealApiIT {

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    TakedownService takedowns;

    MemberAppClient app;
    String bearer;
    Member creator;
    long takedown;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @BeforeAll
    void client() {
        // a server another test class started since makes its strategy the static one (see Chromium)
        com.clipdesk.support.Chromium.useSecurityStrategyOf(context);
        app = new MemberAppClient(port);
        bearer = app.token();
        data.markets("FR", "US");
    }

    @BeforeEach
    void takedown() {
        Episode episode = data.episode("Appeal api " + System.nanoTime(), 1800);
        creator = data.member("FR");
        long moment = data.moment(episode, creator, "caption", Set.of("FR", "US")).getId();
        AtomicLong id = new AtomicLong();
        AsStaff.run("lead", Set.of(Role.LEAD_MODERATOR), Set.of("*"), () -> id.set(takedowns.takeDown(
                new TakedownRequest(ContentKind.MOMENT, moment, false, Set.of("FR"), "HARASSMENT", Ground.TERMS,
                        "ToS 4.2 Harassment", "Targets a member.", null)).id()));
        takedown = id.get();
    }

    @Test
    void theMemberAppFilesAnAppealAndReadsItBack() {
        HttpResponse<String> filed = app.file(bearer, body("takedown", takedown, creator.getHandle(), "It is satire."));
        assertThat(filed.statusCode()).isEqualTo(201);
        Matcher id = ID.matcher(filed.body());
        assertThat(id.find()).isTrue();
        assertThat(filed.headers().firstValue("Location")).contains("/api/appeals/" + id.group(1));
        assertThat(filed.body()).contains("\"status\":\"open\"", "\"decision\":\"takedown\"",
                "\"decisionId\":" + takedown, "\"item\":\"moments/");

        HttpResponse<String> read = app.status(bearer, id.group(1));
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("\"status\":\"open\"", "\"outcome\":null");

        HttpResponse<String> again = app.file(bearer, body("takedown", takedown, creator.getHandle(), "Again."));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(again.body()).contains("open already", "\"field\":\"decision\"");
    }

    @Test
    void badRequestsGetAProblemNamingTheField() {
        assertProblem(app.file(bearer, body("ban", takedown, creator.getHandle(), "x")), 422, "decision",
                "is not a decision kind");
        assertProblem(app.file(bearer, "{\"decision\":\"takedown\",\"member\":\"x\",\"statement\":\"x\"}"), 422,
                "decisionId", "Missing decisionId");
        assertProblem(app.file(bearer, body("takedown", takedown, "someone-else-" + System.nanoTime(), "x")), 422,
                "member", "No member has the handle");
        assertProblem(app.file(bearer, body("takedown", takedown, creator.getHandle(), " ")), 422, "statement",
                "Say why");
        HttpResponse<String> unknown = app.file(bearer, body("takedown", Long.MAX_VALUE, creator.getHandle(), "x"));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("not-found");
        HttpResponse<String> garbage = app.file(bearer, "{not json");
        assertThat(garbage.statusCode()).isEqualTo(400);
        assertThat(garbage.body()).contains("unreadable-body");
        assertProblem(app.status(bearer, "abc"), 422, "id", "is not an appeal id");
        assertThat(app.status(bearer, String.valueOf(Long.MAX_VALUE)).statusCode()).isEqualTo(404);
    }

    @Test
    void tokensAndScopesAreChecked() {
        String json = body("takedown", takedown, creator.getHandle(), "x");
        HttpResponse<String> anonymous = app.file(null, json);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).get().asString().startsWith("Bearer");
        assertThat(anonymous.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/problem+json");
        assertThat(anonymous.body()).contains("\"status\":401");
        assertThat(app.file("not-a-token", json).statusCode()).isEqualTo(401);
        assertThat(app.file(app.token(null), json).statusCode()).isEqualTo(403);

        String readOnly = app.token("appeals.read");
        HttpResponse<String> noWrite = app.file(readOnly, json);
        assertThat(noWrite.statusCode()).isEqualTo(403);
        assertThat(noWrite.body()).contains("\"status\":403");
        String writeOnly = app.token("appeals.write");
        assertThat(app.status(writeOnly, "1").statusCode()).isEqualTo(403);

        // the link resolver's token opens share links, not appeals
        String resolver = new LinkResolverClient(port).token();
        assertThat(app.file(resolver, json).statusCode()).isEqualTo(403);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String field, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/problem+json");
        assertThat(response.body()).contains("\"field\":\"" + field + "\"", detail);
    }

    private static String body(String decision, long id, String member, String statement) {
        return "{\"decision\":" + quote(decision) + ",\"decisionId\":" + id + ",\"member\":" + quote(member)
                + ",\"statement\":" + quote(statement) + "}";
    }
}
