package com.clipdesk.content.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.content.ContentKind;
import com.clipdesk.content.Moment;
import com.clipdesk.spoiler.ReleaseDates;
import com.clipdesk.spoiler.SpoilerFlags;
import com.clipdesk.spoiler.SpoilerTarget;
import com.clipdesk.spoiler.SpoilerTicker;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import com.clipdesk.support.LinkResolverClient;
import com.clipdesk.support.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The share-link status API answers embargoed and spoiler-hidden per market, with the end when known,
 * over HTTP with the link resolver's token, on time with a controlled clock (issue 7).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SpoilerShareLinkApiIT {

    @Autowired
    org.springframework.context.ApplicationContext context;

    static final Instant T0 = Instant.parse("2027-05-01T00:00:00Z");

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    ReleaseDates releases;
    @Autowired
    SpoilerFlags flags;
    @Autowired
    SpoilerTicker ticker;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void reset() {
        clock.reset();
        jdbc.sql("delete from spoiler_transition where done_at is null").update();
    }

    @Test
    void embargoedThenSpoilerHiddenThenAllowedPerMarket() {
        clock.set(T0);
        data.markets("FR", "DE", "US");
        Episode episode = data.episode("Api spoiler title " + System.nanoTime(), 1800);
        Instant fr = T0.plus(Duration.ofDays(1));
        Instant de = T0.plus(Duration.ofDays(20));
        releases.set(episode, "FR", fr);
        releases.set(episode, "DE", de);
        Moment moment = data.moment(episode, data.member("FR"), "caption", Set.of("FR", "DE", "US"));
        String token = "sp" + Long.toString(System.nanoTime(), 36);
        data.shareLink(moment, token);
        AsStaff.run("lead", Set.of(Role.LEAD_MODERATOR), Set.of("*"),
                () -> flags.flag(ContentKind.MOMENT, moment.getId(), SpoilerTarget.EPISODE));
        // a server another test class started since makes its strategy the static one (see Chromium)
        com.clipdesk.support.Chromium.useSecurityStrategyOf(context);
        LinkResolverClient resolver = new LinkResolverClient(port);
        String bearer = resolver.token();

        assertThat(resolver.status(bearer, token + "?market=FR").body()).contains("\"status\":\"blocked\"",
                "\"reason\":\"embargoed\"", "\"until\":\"" + fr + "\"", "\"spoiler\":true");
        assertThat(resolver.status(bearer, token + "?market=US").body())
                .as("no release date in US: embargoed with no end")
                .contains("\"reason\":\"embargoed\"", "\"until\":null");

        clock.set(fr.plus(Duration.ofHours(1)));
        ticker.tick();
        assertThat(resolver.status(bearer, token + "?market=FR").body()).contains("\"status\":\"blocked\"",
                "\"reason\":\"spoiler_hidden\"", "\"until\":\"" + fr.plus(Duration.ofDays(14)) + "\"");
        assertThat(resolver.status(bearer, token + "?market=DE").body()).contains("\"reason\":\"embargoed\"",
                "\"until\":\"" + de + "\"");

        clock.set(fr.plus(Duration.ofDays(15)));
        ticker.tick();
        assertThat(resolver.status(bearer, token + "?market=FR").body()).contains("\"status\":\"allowed\"",
                "\"reason\":null", "\"until\":null");
        assertThat(resolver.status(bearer, token + "?market=DE").body()).contains("\"reason\":\"embargoed\"");
    }
}
