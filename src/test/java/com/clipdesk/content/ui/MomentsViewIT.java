package com.clipdesk.content.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.content.ContentKind;
import com.clipdesk.content.Moment;
import com.clipdesk.support.AsStaff;
import com.clipdesk.takedown.TakedownFixtures;
import com.clipdesk.takedown.TakedownService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.html.Paragraph;
import com.clipdesk.catalog.Episode;
import com.clipdesk.content.MomentRow;
import com.clipdesk.member.Member;
import com.clipdesk.staff.Role;
import com.clipdesk.support.GridRows;
import com.clipdesk.support.KaribuSupport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MomentsViewIT extends KaribuSupport {

    @Autowired
    TestData data;

    @Autowired
    TakedownService takedowns;

    long inBrazil;
    long inFrance;

    @BeforeAll
    void fixtures() {
        data.markets("BR", "MX", "FR");
        Episode episode = data.episode("Grid Test " + System.nanoTime(), 2400);
        Member creator = data.member("BR");
        inBrazil = data.moment(episode, creator, "the lighthouse scene", Set.of("BR")).getId();
        inFrance = data.moment(episode, creator, "la scène du phare", Set.of("FR")).getId();
    }

    @Test
    void moderatorSeesOnlyMomentsOfTheirMarketsAndOpensOneByClick() {
        signInAs(Set.of(Role.MODERATOR), "BR", "MX");
        UI.getCurrent().navigate("moments");
        @SuppressWarnings("unchecked")
        Grid<MomentRow> grid = _get(Grid.class);
        List<Long> ids = GridRows.of(grid).stream().map(MomentRow::id).toList();
        assertThat(ids).contains(inBrazil).doesNotContain(inFrance);

        MomentRow row = GridRows.of(grid).stream().filter(r -> r.id() == inBrazil).findFirst().orElseThrow();
        UI.getCurrent().navigate("moments/" + row.id());
        assertThat(_get(H2.class).getText()).contains("the lighthouse scene");
    }

    @Test
    void deepLinkToAMomentOutsideTheScopeDoesNotShowIt() {
        signInAs(Set.of(Role.MODERATOR), "BR", "MX");
        UI.getCurrent().navigate("moments/" + inFrance);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(com.clipdesk.shell.ForbiddenPage.class);
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(H2.class)).noneMatch(
                h -> h.getText().contains("phare"));
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(H2.class))
                .anyMatch(h -> h.getText().equals("Outside your markets"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void filtersComeFromTheAddressSoALinkOpensAFilteredList() {
        signInAs(Set.of(Role.MODERATOR), "BR", "MX");
        UI.getCurrent().navigate("moments", QueryParameters.fromString("market=BR&state=ACTIVE&language=en"));
        Grid<MomentRow> grid = _get(Grid.class);
        assertThat(GridRows.of(grid)).isNotEmpty().allMatch(r -> r.markets().contains("BR") && r.language().equals("en")
                && r.state() == com.clipdesk.content.ContentState.ACTIVE);
        com.vaadin.flow.component.combobox.ComboBox<?> market = _get(com.vaadin.flow.component.combobox.ComboBox.class,
                spec -> spec.withLabel("Market"));
        assertThat(market.getValue()).isNotNull();

        UI.getCurrent().navigate("moments", QueryParameters.fromString("market=FR"));
        assertThat(_get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withLabel("Market"))
                .getValue()).as("a market outside the scope is ignored, not trusted").isNull();
        Grid<MomentRow> again = _get(Grid.class);
        assertThat(GridRows.of(again)).extracting(MomentRow::id).doesNotContain(inFrance);
    }

    @Test
    void shareLinksOfAMomentTakenDownInFranceSayTheyAreBlockedThere() {
        Episode episode = data.episode("Links " + System.nanoTime(), 1800);
        Member creator = data.member("FR");
        Moment takenDown = data.moment(episode, creator, "taken down in france", Set.of("BR", "FR"));
        Moment untouched = data.moment(episode, creator, "never taken down", Set.of("BR", "FR"));
        String suffix = Long.toString(System.nanoTime() % 100_000_000L, 36);
        data.shareLink(takenDown, "tdfr" + suffix);
        data.shareLink(untouched, "okfr" + suffix);
        AsStaff.run("lead", Set.of(Role.LEAD_MODERATOR), Set.of("*"),
                () -> takedowns.takeDown(TakedownFixtures.inMarkets(ContentKind.MOMENT, takenDown.getId(), "FR")));
        signInAs(Set.of(Role.MODERATOR), "BR", "FR");

        UI.getCurrent().navigate("moments/" + takenDown.getId());
        Grid<?> links = _get(Grid.class, spec -> spec.withClasses("cd-share-links"));
        assertThat(GridKt._getCellComponent(links, 0, "status").getElement().getTextRecursively())
                .contains("Active").contains("Blocked in FR");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Paragraph.class,
                spec -> spec.withText("Its links do not resolve in FR: taken down there."))).hasSize(1);

        UI.getCurrent().navigate("moments/" + untouched.getId());
        Grid<?> clean = _get(Grid.class, spec -> spec.withClasses("cd-share-links"));
        assertThat(GridKt._getCellComponent(clean, 0, "status").getElement().getTextRecursively())
                .isEqualTo("Active");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Paragraph.class,
                spec -> spec.withClasses("cd-share-links-blocked"))).isEmpty();
    }
}
