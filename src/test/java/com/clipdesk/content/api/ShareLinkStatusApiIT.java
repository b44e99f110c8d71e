package com.clipdesk.content.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.content.ContentKind;
import com.clipdesk.content.Moment;
import com.clipdesk.member.Member;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import com.clipdesk.support.LinkResolverClient;
import com.clipdesk.takedown.TakedownFixtures;
import com.clipdesk.takedown.TakedownService;
import com.clipdesk.takedown.TakedownView;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.Cache;
import org.springframework.test.context.ActiveProfiles;

/**
 * The share-link status API over HTTP with a real client-credentials token of the development
 * provider: answers per market, authentication and scope, problem documents, and that its cache
 * never outlives a decision.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShareLinkStatusApiIT {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    TakedownService takedowns;

    @Autowired
    @Qualifier("share-link-facts")
    Cache cache;

    LinkResolverClient resolver;
    String bearer;
    Moment moment;
    String token;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @BeforeAll
    void client() {
        // a server another test class started since makes its strategy the static one (see Chromium)
        com.clipdesk.support.Chromium.useSecurityStrategyOf(context);
        resolver = new LinkResolverClient(port);
        bearer = resolver.token();
        data.markets("FR", "US", "DE");
    }

    @BeforeEach
    void moment() {
        Episode episode = data.episode("Api title " + System.nanoTime(), 1800);
        Member creator = data.member("FR");
        moment = data.moment(episode, creator, "caption", Set.of("FR", "US"));
        token = "t" + Long.toString(System.nanoTime(), 36);
        data.shareLink(moment, token);
    }

    @Test
    void allowedWhereTheMomentIsListedAndNotInMarketElsewhere() {
        HttpResponse<String> us = resolver.status(bearer, token + "?market=US");
        assertThat(us.statusCode()).isEqualTo(200);
        assertThat(us.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        assertThat(us.headers().firstValue("Cache-Control")).get().asString().contains("no-store");
        assertThat(us.body()).contains("\"token\":\"" + token + "\"", "\"market\":\"US\"", "\"status\":\"allowed\"",
                "\"reason\":null", "\"moment\":" + moment.getId());
        assertThat(resolver.status(bearer, token + "?market=de").body())
                .contains("\"market\":\"DE\"", "\"status\":\"blocked\"", "\"reason\":\"not_in_market\"");
    }

    @Test
    void aTakedownInFrBlocksFrAtOnceAndALiftAllowsItAgain() {
        // cached first: the eviction after commit is what makes the next answer right
        assertThat(resolver.status(bearer, token + "?market=FR").body()).contains("\"status\":\"allowed\"");
        assertThat(cache.get(token)).isNotNull();

        TakedownView view = asLead(() -> takedowns.takeDown(
                TakedownFixtures.inMarkets(ContentKind.MOMENT, moment.getId(), "FR")));
        assertThat(resolver.status(bearer, token + "?market=FR").body())
                .contains("\"status\":\"blocked\"", "\"reason\":\"taken_down\"");
        assertThat(resolver.status(bearer, token + "?market=US").body()).contains("\"status\":\"allowed\"");

        asLead(() -> takedowns.lift(view.id(), view.version(), "Order withdrawn"));
        assertThat(resolver.status(bearer, token + "?market=FR").body()).contains("\"status\":\"allowed\"");
    }

    @Test
    void aReviewRemovalBlocksEverywhere(@Autowired com.clipdesk.content.ContentModeration moderation,
            @Autowired org.springframework.transaction.support.TransactionTemplate tx) {
        assertThat(resolver.status(bearer, token + "?market=US").body()).contains("\"status\":\"allowed\"");
        AsStaff.run("lead", Set.of(Role.LEAD_MODERATOR), Set.of("*"),
                () -> tx.executeWithoutResult(s -> moderation.remove(ContentKind.MOMENT, moment.getId())));
        assertThat(resolver.status(bearer, token + "?market=US").body())
                .contains("\"status\":\"blocked\"", "\"reason\":\"removed\"");
    }

    @Test
    void withoutATokenIs401AndWithoutTheScope403() {
        assertThat(resolver.status(null, token + "?market=FR").statusCode()).isEqualTo(401);
        assertThat(resolver.status("not-a-jwt", token + "?market=FR").statusCode()).isEqualTo(401);
        String noScope = resolver.token(null);
        assertThat(resolver.status(noScope, token + "?market=FR").statusCode()).isEqualTo(403);
    }

    @Test
    void badMarketAndUnknownTokenAreProblemDocumentsNamingTheParameter() {
        HttpResponse<String> bad = resolver.status(bearer, token + "?market=FRA");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(bad.body()).contains("\"status\":400", "\"parameter\":\"market\"", "not a market code",
                "\"type\":\"https://clipdesk.example/problems/invalid-parameter\"");
        HttpResponse<String> missing = resolver.status(bearer, token);
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("\"parameter\":\"market\"", "Missing query parameter market");

        HttpResponse<String> unknown = resolver.status(bearer, "nosuchtoken?market=FR");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(unknown.body()).contains("\"status\":404", "\"parameter\":\"token\"", "nosuchtoken");
    }

    private static <T> T asLead(java.util.function.Supplier<T> action) {
        AtomicReference<T> result = new AtomicReference<>();
        AsStaff.run("lead", Set.of(Role.LEAD_MODERATOR), Set.of("*"), () -> result.set(action.get()));
        return result.get();
    }
}
