package com.clipdesk.spoiler.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.content.ContentKind;
import com.clipdesk.content.ContentModeration;
import com.clipdesk.spoiler.MarketTimeline;
import com.clipdesk.spoiler.ReleaseDates;
import com.clipdesk.spoiler.SpoilerTarget;
import com.clipdesk.staff.Role;
import com.clipdesk.support.KaribuSupport;
import com.clipdesk.support.TestClock;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The Spoilers section of a Moment's page: timeline per market, suggestion, flag and unflag, without a browser. */
@SpringBootTest
@ActiveProfiles("test")
class SpoilersUiIT extends KaribuSupport {

    static final Instant T0 = Instant.parse("2027-06-01T00:00:00Z");

    @Autowired
    TestData data;
    @Autowired
    ReleaseDates releases;
    @Autowired
    ContentModeration content;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;

    long moment;

    @BeforeEach
    void fixtures() {
        clock.set(T0);
        data.markets("FR", "DE");
        Episode episode = data.episode("Ui spoiler title " + System.nanoTime(), 1800);
        releases.set(episode, "FR", T0.minus(Duration.ofDays(3)));
        releases.set(episode, "DE", T0.plus(Duration.ofDays(4)));
        var created = data.moment(episode, data.member("FR"), "ui spoiler caption", Set.of("FR", "DE"));
        moment = created.getId();
        data.shareLink(created, "uis" + Long.toString(System.nanoTime(), 36));
    }

    @AfterEach
    void reset() {
        clock.reset();
        jdbc.sql("delete from spoiler_transition where done_at is null").update();
    }

    @Test
    void aModeratorSeesTheSuggestionFlagsTheSeasonAndSeesTheTimeline() {
        signInAs(Set.of(Role.MODERATOR), "FR");
        UI.getCurrent().navigate("moments/" + moment);

        assertThat(_find(Div.class, spec -> spec.withClasses("cd-spoilers__suggestion")))
                .singleElement().extracting(Div::getText).asString()
                .contains("Suggested: flag as spoiler of", "upcoming in DE on 5 Jun 2027", "released in FR 3 days ago");
        assertThat(_find(Button.class, spec -> spec.withText(SpoilersPanel.UNFLAG))).isEmpty();

        _click(_get(Button.class, spec -> spec.withText(SpoilersPanel.FLAG)));
        FlagSpoilerDialog dialog = _get(FlagSpoilerDialog.class);
        assertThat(dialog.target.getValue()).isEqualTo(SpoilerTarget.EPISODE);
        _setValue(dialog.target, SpoilerTarget.SEASON);
        _click(dialog.confirm);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(content.isSpoiler(ContentKind.MOMENT, moment)).isTrue();
        @SuppressWarnings("unchecked")
        Grid<MarketTimeline> grid = _get(Grid.class, spec -> spec.withClasses("cd-spoilers__grid"));
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(SpoilersPanel.dates(GridKt._get(grid, 0))).startsWith("Until release 2027-06-05 00:00")
                .contains("then spoiler-hidden until 2027-06-19 00:00");
        assertThat(GridKt._get(grid, 1).market()).isEqualTo("FR");
        assertThat(SpoilersPanel.dates(GridKt._get(grid, 1))).isEqualTo(
                "Released 2027-05-29 00:00 · spoiler-hidden until 2027-06-12 00:00");
        assertThat(_find(Div.class, spec -> spec.withClasses("cd-spoilers__suggestion"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText(SpoilersPanel.FLAG))).isEmpty();
        // the page above says where its links stop resolving
        assertThat(_find(Paragraph.class, spec -> spec.withText(
                "Its links do not resolve in DE, FR: embargoed or spoiler-hidden there (see Spoilers)."))).hasSize(1);
    }

    @Test
    void aLeadUnflagsWithAReasonAndNothingIsWrittenWithoutOne() {
        signInAs(Set.of(Role.LEAD_MODERATOR), "*");
        UI.getCurrent().navigate("moments/" + moment);
        _click(_get(Button.class, spec -> spec.withText(SpoilersPanel.FLAG)));
        _click(_get(FlagSpoilerDialog.class).confirm);

        _click(_get(Button.class, spec -> spec.withText(SpoilersPanel.UNFLAG)));
        UnflagSpoilerDialog unflag = _get(UnflagSpoilerDialog.class);
        _click(unflag.confirm);
        assertThat(unflag.error.isVisible()).isTrue();
        assertThat(unflag.error.getText()).contains("Say why");
        assertThat(content.isSpoiler(ContentKind.MOMENT, moment)).isTrue();

        _setValue(unflag.reason, "The trailer shows it everywhere");
        _click(unflag.confirm);
        assertThat(unflag.isOpened()).isFalse();
        assertThat(content.isSpoiler(ContentKind.MOMENT, moment)).isFalse();
        assertThat(_find(Button.class, spec -> spec.withText(SpoilersPanel.FLAG))).hasSize(1);
    }

    @Test
    void anAuditorSeesTheTimelineWithoutActions() {
        signInAs(Set.of(Role.AUDITOR), "*");
        UI.getCurrent().navigate("moments/" + moment);
        assertThat(_find(Grid.class, spec -> spec.withClasses("cd-spoilers__grid"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withText(SpoilersPanel.FLAG))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText(SpoilersPanel.UNFLAG))).isEmpty();
    }
}
