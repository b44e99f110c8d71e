package com.clipdesk.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.content.ContentKind;
import com.clipdesk.member.Member;
import com.clipdesk.report.ReportReason;
import com.clipdesk.staff.Role;
import com.clipdesk.support.KaribuSupport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import com.clipdesk.review.ReviewIntake;

/**
 * Every route for every role, with the demo accounts' market scopes: who may open what, and the
 * side navigation shows exactly the list pages the role may open.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteAuthorizationIT extends KaribuSupport {

    /** Columns: MODERATOR LEAD_MODERATOR POLICY_ADMIN CURATOR AUDITOR ADMIN. */
    private static final String MATRIX = """
            route            MOD LEAD POL CUR AUD ADM
            /                 y   y    y   y   y   y
            moments           y   y    y   y   y   y
            moments/{m}       y   y    y   y   y   y
            submissions       y   y    y   y   y   y
            submissions/{s}   y   y    y   y   y   y
            messages/{g}      y   y    n   n   y   y
            recommendations/{p}  y   y    n   n   y   y
            reports           y   y    n   n   y   y
            reports/{r}       y   y    n   n   y   y
            markets           n   n    n   n   n   y
            audit             n   n    n   n   y   y
            staff             n   n    n   n   n   y
            search            y   y    y   y   y   y
            takedowns         y   y    n   n   y   y
            appeals           y   y    n   n   y   y
            search/index      n   n    n   n   n   y
            review            y   y    n   n   y   y
            review/team       n   y    n   n   n   y
            dashboards        n   y    n   y   n   y
            review/cases/{c}  y   y    n   n   y   y
            review/reason-codes     n   n    y   n   n   y
            review/service-levels   n   y    n   n   n   y
            transparency            n   y    n   n   y   y
            members/{u}       y   y    n   n   y   y
            notices/templates n   n    y   n   n   y
            releases          n   n    n   n   n   y
            spoilers/windows  y   y    y   y   y   y
            spoilers/calendar y   y    n   y   y   y
            policies          y   y    y   y   y   y
            policies/{k}      y   y    y   y   y   y
            policies/simulator  y   y    y   y   y   y
            policies/impact/{v} y   y    y   y   y   y
            curation          n   n    n   y   n   y
            curation/heatmap  n   n    n   y   n   y
            webhooks          n   n    n   n   n   y
            rules             n   y    n   n   n   y
            """;

    /** List pages reached from another page, not from the side navigation. */
    private static final Set<String> NOT_IN_MENU = Set.of("policies/simulator");

    private static final Role[] COLUMNS = {Role.MODERATOR, Role.LEAD_MODERATOR, Role.POLICY_ADMIN, Role.CURATOR,
            Role.AUDITOR, Role.ADMIN};

    /** The demo accounts' markets. */
    private static final Map<Role, String[]> MARKETS = new EnumMap<>(Map.of(
            Role.MODERATOR, new String[] {"BR", "MX", "ES"},
            Role.LEAD_MODERATOR, new String[] {"*"},
            Role.POLICY_ADMIN, new String[] {"*"},
            Role.CURATOR, new String[] {"FR", "DE", "GB"},
            Role.AUDITOR, new String[] {"*"},
            Role.ADMIN, new String[] {"*"}));

    @Autowired
    TestData data;

    private long momentId;
    private long submissionId;
    private long reportId;
    private long messageId;
    private long recommendationId;
    private long caseId;
    private long memberId;
    private long policyVersionId;

    @Autowired
    ReviewIntake intake;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    void fixtures() {
        data.markets("BR", "MX", "ES", "FR", "DE", "GB");
        Episode episode = data.episode("Matrix " + System.nanoTime(), 3000);
        Member member = data.member("BR");
        memberId = member.getId();
        // visible in one market of the moderator and one of the curator
        momentId = data.moment(episode, member, "matrix moment", Set.of("BR", "FR")).getId();
        submissionId = data.submission(episode, member, "matrix theory", Set.of("BR", "FR")).getId();
        reportId = data.report(ContentKind.MOMENT, momentId, member, ReportReason.SPAM, "BR").getId();
        // in BR: one of the moderator's markets (the page is for report readers only)
        messageId = data.message(data.party(episode, member, "BR"), member, "matrix chat", "en", 5).getId();
        Member friend = data.member("BR");
        recommendationId = data.recommendation(episode, member, friend, "matrix tip", "BR").getId();
        data.report(ContentKind.PRIVATE_RECOMMENDATION, recommendationId, friend, ReportReason.SPAM, "BR");
        intake.gather();
        policyVersionId = jdbc.sql("select min(id) from policy_version where market_code = '*'").query(Long.class)
                .single();
        caseId = jdbc.sql("select case_id from review_case_report where report_id = ?").param(reportId)
                .query(Long.class).single();
    }

    Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        for (String line : MATRIX.strip().lines().skip(1).toList()) {
            String[] parts = line.trim().split("\\s+");
            for (int column = 0; column < COLUMNS.length; column++) {
                cells.add(Arguments.of(COLUMNS[column], parts[0], parts[column + 1].equals("y")));
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} opens {1}: {2}")
    @MethodSource("cells")
    void roleMayOpenRouteExactlyAsTheMatrixSays(Role role, String route, boolean allowed) {
        signInAs(Set.of(role), MARKETS.get(role));
        String path = route.replace("{m}", String.valueOf(momentId)).replace("{s}", String.valueOf(submissionId))
                .replace("{r}", String.valueOf(reportId))
                .replace("{g}", String.valueOf(messageId)).replace("{p}", String.valueOf(recommendationId)).replace("{c}", String.valueOf(caseId)).replace("{u}", String.valueOf(memberId)).replace("{k}", "DE").replace("{v}", String.valueOf(policyVersionId)).replaceFirst("^/$", "");
        UI.getCurrent().navigate(path);

        var target = UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
        Route routeAnnotation = target.getClass().getAnnotation(Route.class);
        String shownTemplate = routeAnnotation == null ? "(error page " + target.getClass().getSimpleName() + ")"
                : routeAnnotation.value();
        if (allowed) {
            assertThat(routeAnnotation).as("%s should open %s but saw %s", role, path, shownTemplate).isNotNull();
            assertThat(shownTemplate.replaceAll("/:[a-z]+.*", "")).isEqualTo(path.replaceAll("/(\\d+|[A-Z]{2})$", ""));
        } else {
            assertThat(target).as("%s must not open %s", role, path)
                    .isInstanceOfAny(RouteForbiddenPage.class, RouteNotFoundPage.class, ForbiddenPage.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void navigationListsExactlyTheListPagesTheRoleMayOpen(Role role) {
        signInAs(Set.of(role), MARKETS.get(role));
        UI.getCurrent().navigate("");
        List<String> shown = _find(SideNavItem.class).stream()
                .map(item -> item.getPath() == null ? "" : item.getPath()).sorted().toList();
        int column = Arrays.asList(COLUMNS).indexOf(role);
        List<String> expected = MATRIX.strip().lines().skip(1)
                .map(line -> line.trim().split("\\s+"))
                .filter(parts -> !parts[0].contains("{") && !NOT_IN_MENU.contains(parts[0]))
                .filter(parts -> parts[column + 1].equals("y"))
                .map(parts -> parts[0].equals("/") ? "" : parts[0])
                .sorted().toList();
        assertThat(shown).isEqualTo(expected);
    }
}
