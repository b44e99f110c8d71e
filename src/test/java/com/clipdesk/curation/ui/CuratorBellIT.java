package com.clipdesk.curation.ui;

import static com.clipdesk.takedown.TakedownFixtures.inMarkets;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.content.ContentKind;
import com.clipdesk.curation.BoardKey;
import com.clipdesk.curation.BoardView;
import com.clipdesk.curation.CurationService;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import com.clipdesk.support.KaribuSupport;
import com.clipdesk.takedown.TakedownService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.popover.Popover;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The curators' bell: the open notices of the curator's markets, each linking to its board, dismissable. */
@SpringBootTest
@ActiveProfiles("test")
class CuratorBellIT extends KaribuSupport {

    @Autowired
    TestData data;

    @Autowired
    CurationService curation;

    @Autowired
    TakedownService takedowns;

    String fr;
    String elsewhere;
    long titleId;
    long moment;

    /** A Moment on the market's title page is taken down there: one notice for the market's curators. */
    @BeforeEach
    void aNotice() {
        String suffix = Long.toString(System.nanoTime() % 46656, 36).toUpperCase(java.util.Locale.ROOT);
        fr = "B" + suffix;
        elsewhere = "E" + suffix;
        data.markets(fr, elsewhere);
        Episode episode = data.episode("Bell " + System.nanoTime(), 1200);
        titleId = episode.getSeason().getTitle().getId();
        moment = data.moment(episode, data.member(fr), "rings the bell", Set.of(fr, elsewhere)).getId();
        AtomicReference<BoardView> b = new AtomicReference<>();
        AsStaff.run("chloe", Set.of(Role.CURATOR), Set.of(fr), () -> {
            b.set(curation.add(BoardKey.titlePage(fr, titleId), null, moment, null, null));
            curation.publish(b.get().key(), b.get().version());
        });
        AsStaff.run("lead", Set.of(Role.LEAD_MODERATOR), Set.of("*"),
                () -> takedowns.takeDown(inMarkets(ContentKind.MOMENT, moment, fr)));
    }

    @Test
    void aCuratorSeesTheNoticesOfTheirMarketAndDismissesThem() {
        signInAs(Set.of(Role.CURATOR), fr);
        UI.getCurrent().navigate("search");
        Button bell = _get(Button.class, spec -> spec.withId("curator-bell"));
        assertThat(bell.getElement().getAttribute("aria-label")).isEqualTo("1 curator notice");
        assertThat(_get(Span.class, spec -> spec.withClasses("cd-bell__badge")).getText()).isEqualTo("1");

        _get(Popover.class).open();
        Anchor board = _get(Anchor.class, spec -> spec.withText("Open board"));
        assertThat(board.getHref()).isEqualTo("curation/" + fr + "?surface=title_page&title=" + titleId);
        assertThat(_find(Span.class)).extracting(Span::getText).anySatisfy(text -> assertThat(text)
                .startsWith("Moment " + moment + " left " + fr + " title page of Bell ").endsWith("Taken down in " + fr + "."));
        _click(_get(Button.class, spec -> spec.withText("Dismiss")));

        assertThat(bell.getElement().getAttribute("aria-label")).isEqualTo("No curator notices");
        assertThat(_find(Span.class, spec -> spec.withClasses("cd-bell__badge"))).as("no badge without notices").isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Dismiss"))).isEmpty();
        AsStaff.run("chloe", Set.of(Role.CURATOR), Set.of(fr),
                () -> assertThat(curation.openNoticeCount()).isZero());
    }

    @Test
    void aCuratorOfAnotherMarketHasAQuietBellAndAModeratorNone() {
        signInAs(Set.of(Role.CURATOR), elsewhere);
        UI.getCurrent().navigate("search");
        assertThat(_get(Button.class, spec -> spec.withId("curator-bell")).getElement().getAttribute("aria-label"))
                .isEqualTo("No curator notices");

        signInAs(Set.of(Role.MODERATOR), fr);
        UI.getCurrent().navigate("search");
        assertThat(_find(Button.class, spec -> spec.withId("curator-bell"))).isEmpty();
    }
}
