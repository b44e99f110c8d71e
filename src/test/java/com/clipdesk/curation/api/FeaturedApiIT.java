package com.clipdesk.curation.api;

import static com.clipdesk.takedown.TakedownFixtures.inMarkets;
import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.content.ContentKind;
import com.clipdesk.curation.BoardKey;
import com.clipdesk.curation.BoardView;
import com.clipdesk.curation.CurationService;
import com.clipdesk.curation.Surface;
import com.clipdesk.member.Member;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import com.clipdesk.support.Chromium;
import com.clipdesk.support.MemberAppClient;
import com.clipdesk.takedown.TakedownService;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The featured API over HTTP with a real client-credentials token: order and schedules, the ETag and
 * 304, a takedown reaching the API at once, problems naming the field, and the scope.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeaturedApiIT {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    CurationService curation;

    @Autowired
    TakedownService takedowns;

    @Autowired
    ApplicationContext context;

    MemberAppClient app;
    String bearer;
    long shown;
    long later;
    long over;
    long titleId;
    long otherTitleId;

    @BeforeEach
    void ownSecurityStrategy() {
        Chromium.useSecurityStrategyOf(context);
    }

    @BeforeAll
    void fixtures() {
        Chromium.useSecurityStrategyOf(context);
        data.markets("IE", "NL");
        Episode episode = data.episode("Featured api " + System.nanoTime(), 1800);
        Member creator = data.member("IE");
        shown = data.moment(episode, creator, "shown now", Set.of("IE", "NL")).getId();
        later = data.moment(episode, creator, "shown tomorrow", Set.of("IE", "NL")).getId();
        over = data.moment(episode, creator, "shown last week", Set.of("IE", "NL")).getId();
        Instant now = Instant.now();
        BoardView b = admin(() -> curation.add(BoardKey.homeRow("IE"), null, shown, null, null));
        long v1 = b.version();
        b = admin(() -> curation.add(BoardKey.homeRow("IE"), v1, later, now.plus(1, ChronoUnit.DAYS), null));
        long v2 = b.version();
        b = admin(() -> curation.add(BoardKey.homeRow("IE"), v2, over, now.minus(7, ChronoUnit.DAYS),
                now.minus(1, ChronoUnit.DAYS)));
        long v3 = b.version();
        admin(() -> curation.publish(BoardKey.homeRow("IE"), v3));
        BoardView nl = admin(() -> curation.add(BoardKey.homeRow("NL"), null, shown, null, null));
        admin(() -> curation.publish(BoardKey.homeRow("NL"), nl.version()));
        titleId = episode.getSeason().getTitle().getId();
        otherTitleId = data.episode("Featured api other " + System.nanoTime(), 1200).getSeason().getTitle().getId();
        BoardView page = admin(() -> curation.add(BoardKey.titlePage("IE", titleId), null, over, null, null));
        admin(() -> curation.publish(page.key(), page.version()));
        app = new MemberAppClient(port);
        bearer = app.token("featured.read");
    }

    @Test
    void servesThePublishedOrderWithinSchedulesWithAnEtagAnd304() {
        HttpResponse<String> first = app.featured(bearer, "ie?surface=HOME_ROW", null);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(first.body()).contains("\"market\":\"IE\"", "\"momentId\":" + shown, "shown now")
                .doesNotContain("\"momentId\":" + later + ",", "\"momentId\":" + over + ",");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control")).get().asString().contains("max-age=15");

        HttpResponse<String> again = app.featured(bearer, "IE?surface=home_row", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

    }

    @Test
    void aTitlePageServesItsTitlesBoardWithItsOwnEtag() {
        HttpResponse<String> page = app.featured(bearer, "IE?surface=title_page&title=" + titleId, null);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("\"surface\":\"TITLE_PAGE\"", "\"titleId\":" + titleId,
                "\"momentId\":" + over).doesNotContain("\"momentId\":" + shown + ",");
        String etag = page.headers().firstValue("ETag").orElseThrow();
        assertThat(app.featured(bearer, "IE?surface=TITLE_PAGE&title=" + titleId, etag).statusCode()).isEqualTo(304);

        HttpResponse<String> other = app.featured(bearer, "IE?surface=title_page&title=" + otherTitleId, null);
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(other.body()).contains("\"items\":[]");
        assertThat(other.headers().firstValue("ETag")).get().as("another title, another list").isNotEqualTo(etag);
        HttpResponse<String> home = app.featured(bearer, "IE", null);
        assertThat(home.headers().firstValue("ETag")).get().isNotEqualTo(etag);
    }

    @Test
    void aTitlePageNeedsAKnownTitleAndAHomeRowNone() {
        HttpResponse<String> missing = app.featured(bearer, "IE?surface=TITLE_PAGE", null);
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(missing.body()).contains("\"field\":\"title\"", "needs a title");
        HttpResponse<String> homeWithTitle = app.featured(bearer, "IE?surface=home_row&title=" + titleId, null);
        assertThat(homeWithTitle.statusCode()).isEqualTo(400);
        assertThat(homeWithTitle.body()).contains("\"field\":\"title\"");
        HttpResponse<String> unknown = app.featured(bearer, "IE?surface=title_page&title=987654321", null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("\"field\":\"title\"", "987654321");
        HttpResponse<String> notANumber = app.featured(bearer, "IE?surface=title_page&title=abc", null);
        assertThat(notANumber.statusCode()).isEqualTo(400);
        assertThat(notANumber.body()).contains("\"field\":\"title\"");
    }

    @Test
    void aTakedownThereChangesTheAnswerAndItsEtagAtOnce() {
        HttpResponse<String> before = app.featured(bearer, "NL", null);
        assertThat(before.body()).contains("\"momentId\":" + shown);
        String etag = before.headers().firstValue("ETag").orElseThrow();
        AsStaff.run("lead", Set.of(Role.LEAD_MODERATOR), Set.of("*"),
                () -> takedowns.takeDown(inMarkets(ContentKind.MOMENT, shown, "NL")));
        HttpResponse<String> after = app.featured(bearer, "NL", etag);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).contains("\"items\":[]");
        assertThat(after.headers().firstValue("ETag")).get().isNotEqualTo(etag);
    }

    @Test
    void unknownMarketsAndSurfacesGetAProblemNamingTheField() {
        HttpResponse<String> market = app.featured(bearer, "ZZ", null);
        assertThat(market.statusCode()).isEqualTo(404);
        assertThat(market.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(market.body()).contains("\"field\":\"market\"");
        HttpResponse<String> surface = app.featured(bearer, "IE?surface=SIDEBAR", null);
        assertThat(surface.statusCode()).isEqualTo(400);
        assertThat(surface.body()).contains("\"field\":\"surface\"", "HOME_ROW");
    }

    @Test
    void theScopeIsChecked() {
        HttpResponse<String> none = app.featured(null, "IE", null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        HttpResponse<String> wrong = app.featured(app.token("policy.decide"), "IE", null);
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(wrong.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
    }

    private static <T> T admin(Supplier<T> action) {
        AtomicReference<T> result = new AtomicReference<>();
        AsStaff.run("alex", Set.of(Role.ADMIN), Set.of("*"), () -> result.set(action.get()));
        return result.get();
    }
}
