package com.clipdesk.policy.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.catalog.TitleKind;
import com.clipdesk.content.ShareDestination;
import com.clipdesk.policy.PolicyRules;
import com.clipdesk.policy.PolicyService;
import com.clipdesk.policy.PolicyVersionView;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import com.clipdesk.support.Chromium;
import com.clipdesk.support.MemberAppClient;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The decision API over HTTP with a real client-credentials token: the default policy's answer, a
 * market's newly published version answering at once, problem documents naming the field, and the
 * scope.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PolicyDecisionApiIT {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    PolicyService policies;

    MemberAppClient app;
    String bearer;
    long titleId;
    long episodeId;

    @Autowired
    ApplicationContext context;

    /** This server's security strategy again, after another test class started its own context in this JVM. */
    @BeforeEach
    void ownSecurityStrategy() {
        Chromium.useSecurityStrategyOf(context);
    }

    @BeforeAll
    void fixtures() {
        Chromium.useSecurityStrategyOf(context);
        data.markets("IE", "FR");
        Episode episode = data.episode("Policy api " + System.nanoTime(), 1800);
        episodeId = episode.getId();
        titleId = episode.getSeason().getTitle().getId();
        app = new MemberAppClient(port);
        bearer = app.token("policy.decide");
    }

    @Test
    void answersFromThePublishedPoliciesAndANewVersionAtOnce() {
        int defaultVersion = liveDefaultNumber();
        HttpResponse<String> allowed = app.decide(bearer, question("IE", 30, "x", "25_34"));
        assertThat(allowed.statusCode()).as(allowed.body()).isEqualTo(200);
        assertThat(allowed.body()).contains("\"allowed\":true", "\"market\":\"IE\"", "\"denials\":[]")
                .as("IE inherits everything: its version is 0, the default's is named")
                .contains("\"policyVersion\":0", "\"defaultVersion\":" + defaultVersion);

        HttpResponse<String> tooLong = app.decide(bearer, question("IE", 6000, "x", "25_34"));
        assertThat(tooLong.body()).contains("\"allowed\":false", "\"rule\":\"clip_length\"", "\"code\":\"clip_too_long\"");

        publish("IE", new PolicyRules(Set.of(ShareDestination.INSTAGRAM, ShareDestination.COPY_LINK), null, null, null,
                null, null));
        HttpResponse<String> noX = app.decide(bearer, question("IE", 30, "x", "25_34"));
        assertThat(noX.body()).contains("\"allowed\":false", "\"code\":\"destination_not_allowed\"")
                .contains("\"policyVersion\":1", "\"defaultVersion\":" + defaultVersion);
        assertThat(app.decide(bearer, question("FR", 30, "x", "25_34")).body()).as("other markets unchanged")
                .contains("\"allowed\":true");
    }

    @Test
    void badQuestionsGetAProblemNamingTheField() {
        problem(app.decide(bearer, question("ZZ", 30, "x", "25_34")), "market");
        problem(app.decide(bearer, question("IE", -5, "x", "25_34")), "clipSeconds");
        problem(app.decide(bearer, question("IE", 30, "myspace", "25_34")), "destination");
        problem(app.decide(bearer, question("IE", 30, "x", "12")), "ageBand");
        problem(app.decide(bearer, "{\"market\":\"IE\",\"titleId\":" + Long.MAX_VALUE
                + ",\"clipSeconds\":30,\"destination\":\"x\",\"ageBand\":\"25_34\"}"), "titleId");
        HttpResponse<String> garbage = app.decide(bearer, "[1,2");
        assertThat(garbage.statusCode()).isEqualTo(400);
        assertThat(garbage.body()).contains("unreadable-body");
    }

    @Test
    void theScopeIsChecked() {
        assertThat(app.decide(null, question("IE", 30, "x", "25_34")).statusCode()).isEqualTo(401);
        assertThat(app.decide(app.token("appeals.read"), question("IE", 30, "x", "25_34")).statusCode()).isEqualTo(403);
    }

    private int liveDefaultNumber() {
        return as("ana", () -> policies.versions("*").stream().filter(PolicyVersionView::live).findFirst()
                .orElseThrow().number());
    }

    private String question(String market, int seconds, String destination, String band) {
        return "{\"market\":\"" + market + "\",\"titleId\":" + titleId + ",\"episodeId\":" + episodeId
                + ",\"clipSeconds\":" + seconds + ",\"destination\":\"" + destination + "\",\"ageBand\":\"" + band + "\"}";
    }

    private static void problem(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(response.body()).contains("\"field\":\"" + field + "\"");
    }

    private void publish(String market, PolicyRules rules) {
        PolicyVersionView draft = as("ana", () -> policies.draft(market, null, "API test"));
        PolicyVersionView edited = as("ana", () -> policies.edit(draft.id(), draft.version(), rules, "API test"));
        PolicyVersionView submitted = as("ana", () -> policies.submit(edited.id(), edited.version()));
        PolicyVersionView approved = as("ben", () -> policies.approve(submitted.id(), submitted.version(), null));
        as("ben", () -> policies.publish(approved.id(), approved.version(), null));
    }

    private static <T> T as(String name, Supplier<T> action) {
        AtomicReference<T> result = new AtomicReference<>();
        AsStaff.run(name, Set.of(Role.POLICY_ADMIN), Set.of("*"), () -> result.set(action.get()));
        return result.get();
    }
}
