package com.clipdesk.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.report.ReportReason;
import com.clipdesk.review.Lane;
import com.clipdesk.review.QueueSelection;
import com.clipdesk.review.ReviewIntake;
import com.clipdesk.shell.ForbiddenPage;
import com.clipdesk.shell.RouteForbiddenPage;
import com.clipdesk.shell.RouteNotFoundPage;
import com.clipdesk.staff.Role;
import com.clipdesk.support.KaribuSupport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The case page per role: moderators, leads and admins decide; auditors read; policy admins and
 * curators do not open it; a moderator cannot open a case outside their markets. Each decider
 * works a case in a market of its own, so "next" after the decision stays among these fixtures.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseAuthorizationIT extends KaribuSupport {

    @Autowired
    TestData data;

    @Autowired
    ReviewIntake intake;

    @Autowired
    JdbcClient jdbc;

    private CaseFixtures fixtures;
    private long readCase;
    private long outOfMarketCase;

    @BeforeAll
    void fixtures() {
        fixtures = new CaseFixtures(data, intake, jdbc);
        readCase = fixtures.cases("CL", 1, ReportReason.SPAM).getFirst();
        outOfMarketCase = fixtures.cases("CI", 1, ReportReason.SPAM).getFirst();
    }

    @ParameterizedTest(name = "{0} decides from the case page")
    @EnumSource(value = Role.class, names = {"MODERATOR", "LEAD_MODERATOR", "ADMIN"})
    void reviewersDecide(Role role) {
        String market = switch (role) {
            case MODERATOR -> "CH";
            case LEAD_MODERATOR -> "CJ";
            default -> "CK";
        };
        long id = fixtures.cases(market, 1, ReportReason.HARASSMENT).getFirst();
        signInAs(Set.of(role), role == Role.MODERATOR ? market : "*");
        UI.getCurrent().navigate("review/cases/" + id,
                QueueParams.toQuery(new QueueSelection(Lane.MODERATION, market, null, null)));

        CaseView view = _get(CaseView.class);
        assertThat(view.isReadOnly()).isFalse();
        view.handleKey("k");
        view.handleKey("1");
        view.handleKey("Enter");
        assertThat(fixtures.status(id)).isEqualTo("CLOSED");
    }

    @Test
    void auditorReadsButCannotDecide() {
        signInAs(Set.of(Role.AUDITOR), "*");
        UI.getCurrent().navigate("review/cases/" + readCase);

        CaseView view = _get(CaseView.class);
        assertThat(_get(H2.class, spec -> spec.withClasses("cd-item-title")).getText()).startsWith("Case #" + readCase);
        assertThat(view.isReadOnly()).isTrue();
        assertThat(fixtures.row(readCase).get("claimed_by")).as("reading does not claim").isNull();
        assertThat(_find(Button.class, spec -> spec.withText("Skip"))).isEmpty();
        view.handleKey("k");
        view.handleKey("1");
        view.handleKey("Enter");
        assertThat(fixtures.decisions(readCase)).isZero();
        assertThat(view.panel().errorText()).contains("Read only");
    }

    @ParameterizedTest(name = "{0} may not open a case")
    @EnumSource(value = Role.class, names = {"POLICY_ADMIN", "CURATOR"})
    void otherRolesAreForbidden(Role role) {
        signInAs(Set.of(role), "*");
        UI.getCurrent().navigate("review/cases/" + readCase);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOfAny(RouteForbiddenPage.class, RouteNotFoundPage.class);
        assertThat(fixtures.row(readCase).get("claimed_by")).isNull();
    }

    @Test
    void moderatorOutsideTheCaseMarketsSeesTheForbiddenPage() {
        signInAs(Set.of(Role.MODERATOR), "CH");
        UI.getCurrent().navigate("review/cases/" + outOfMarketCase);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(ForbiddenPage.class);
        assertThat(_find(H2.class)).anyMatch(h -> h.getText().equals("Outside your markets"));
        assertThat(fixtures.row(outOfMarketCase).get("claimed_by")).isNull();
    }
}
