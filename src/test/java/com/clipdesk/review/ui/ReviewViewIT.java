package com.clipdesk.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.content.ContentKind;
import com.clipdesk.report.ReportReason;
import com.clipdesk.review.CaseFixtures;
import com.clipdesk.review.CaseRow;
import com.clipdesk.review.Lane;
import com.clipdesk.review.QueueCategory;
import com.clipdesk.staff.Role;
import com.clipdesk.support.GridRows;
import com.clipdesk.support.KaribuSupport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tab;
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
class ReviewViewIT extends KaribuSupport {

    private static final Set<String> MODERATOR_MARKETS = Set.of("BR", "MX", "ES");

    @Autowired
    CaseFixtures fixtures;

    long hateInBrazil;
    long spamInBrazil;
    long hateInMexico;
    long hateInFrance;

    @BeforeAll
    void fixtures() {
        hateInBrazil = fixtures.reportedMoments(1, Set.of("BR"), "BR", ReportReason.HATE).getFirst();
        spamInBrazil = fixtures.reportedMoments(1, Set.of("BR"), "BR", ReportReason.SPAM).getFirst();
        hateInMexico = fixtures.reportedMoments(1, Set.of("MX"), "MX", ReportReason.HATE).getFirst();
        hateInFrance = fixtures.reportedMoments(1, Set.of("FR"), "FR", ReportReason.HATE).getFirst();
    }

    @Test
    void aModeratorSeesOnlyCasesOfTheirMarkets() {
        signInAs(Set.of(Role.MODERATOR), "BR", "MX", "ES");
        UI.getCurrent().navigate("review");

        List<CaseRow> rows = GridRows.of(cases());
        assertThat(rows).extracting(CaseRow::id).contains(hateInBrazil, spamInBrazil, hateInMexico)
                .doesNotContain(hateInFrance);
        assertThat(rows).allSatisfy(r -> assertThat(r.markets()).containsAnyElementsOf(MODERATOR_MARKETS));
        assertThat(_find(Button.class, spec -> spec.withId(
                QueueBoard.id(Lane.MODERATION, "FR", ContentKind.MOMENT, QueueCategory.ABUSE)))).isEmpty();
        assertThat(_find(Tab.class)).extracting(Tab::getLabel).singleElement().asString().startsWith("Moderation (");
    }

    @Test
    void selectingAQueueOnTheBoardFiltersTheCasesAndGoesIntoTheAddress() {
        signInAs(Set.of(Role.MODERATOR), "BR", "MX", "ES");
        UI.getCurrent().navigate("review");

        _click(_get(Button.class, spec -> spec.withId(
                QueueBoard.id(Lane.MODERATION, "BR", ContentKind.MOMENT, QueueCategory.ABUSE))));

        List<CaseRow> rows = GridRows.of(cases());
        assertThat(rows).extracting(CaseRow::id).contains(hateInBrazil).doesNotContain(spamInBrazil, hateInMexico);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.markets()).contains("BR");
            assertThat(r.kind()).isEqualTo(ContentKind.MOMENT);
            assertThat(r.category()).isEqualTo(QueueCategory.ABUSE);
        });
        var location = UI.getCurrent().getInternals().getActiveViewLocation();
        assertThat(location.getPath()).isEqualTo("review");
        assertThat(location.getQueryParameters().getParameters()).isEqualTo(java.util.Map.of("lane",
                List.of("MODERATION"), "market", List.of("BR"), "kind", List.of("MOMENT"), "category", List.of("ABUSE")));
    }

    @Test
    void aDeepLinkSelectsItsQueue() {
        signInAs(Set.of(Role.MODERATOR), "BR", "MX", "ES");
        open("review?market=MX&category=ABUSE");

        assertThat(GridRows.of(cases())).extracting(CaseRow::id).contains(hateInMexico)
                .doesNotContain(hateInBrazil, spamInBrazil);
    }

    @Test
    void nextOnAnEmptyQueueSaysNothingIsWaiting() {
        signInAs(Set.of(Role.MODERATOR), "BR", "MX", "ES");
        open("review?market=ES&kind=WATCH_PARTY_MESSAGE&category=RIGHTS");
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("cd-nothing-waiting"))).isEmpty();

        _click(_get(Button.class, spec -> spec.withText("Next case (N)")));

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("cd-nothing-waiting")).getText())
                .isEqualTo("Nothing waiting in this queue.");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("review");
    }

    @Test
    void nextClaimsTheMostUrgentCaseAndOpensItsPageWithTheQueue() {
        long urgent = fixtures.reportedMoments(1, Set.of("ES"), "ES", ReportReason.CHILD_SAFETY).getFirst();
        signInAs(Set.of(Role.MODERATOR), "BR", "MX", "ES");
        open("review?market=ES");

        _click(_get(Button.class, spec -> spec.withText("Next case (N)")));

        assertThat(fixtures.claimedBy(urgent)).isEqualTo("karibu-moderator");
        // where "next" then lands, the case page (review/cases/{id}), is built on another branch
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("cd-nothing-waiting"))).isEmpty();
        assertThat(ReviewView.caseRoute(urgent)).isEqualTo("review/cases/" + urgent);
    }

    @Test
    void anAuditorReadsTheQueuesButNeitherClaimsNorSelects() {
        signInAs(Set.of(Role.AUDITOR), "*");
        UI.getCurrent().navigate("review");

        assertThat(GridRows.of(cases())).extracting(CaseRow::id).contains(hateInBrazil, hateInFrance);
        assertThat(_find(Button.class, spec -> spec.withText("Next case (N)"))).isEmpty();
        assertThat(cases().getSelectionModel()).isInstanceOf(
                com.vaadin.flow.component.grid.GridNoneSelectionModel.class);
        assertThat(_find(Tab.class)).hasSize(1);
    }

    @Test
    void aLeadAlsoSeesTheEscalationAndSecondOpinionLanes() {
        signInAs(Set.of(Role.LEAD_MODERATOR), "*");
        open("review?lane=ESCALATION");

        assertThat(_find(Tab.class)).extracting(Tab::getLabel).map(l -> l.replaceAll(" \\(.*", ""))
                .containsExactly("Moderation", "Escalations", "Second opinions");
        assertThat(GridRows.of(cases())).extracting(CaseRow::id).doesNotContain(hateInBrazil);
        assertThat(cases().getSelectionModel()).isNotInstanceOf(
                com.vaadin.flow.component.grid.GridNoneSelectionModel.class);
    }

    /** Navigates as a typed address would, query included. */
    static void open(String address) {
        int q = address.indexOf('?');
        UI.getCurrent().navigate(address.substring(0, q), com.vaadin.flow.router.QueryParameters.fromString(
                address.substring(q + 1)));
    }

    @SuppressWarnings("unchecked")
    private static Grid<CaseRow> cases() {
        return _get(Grid.class);
    }
}
