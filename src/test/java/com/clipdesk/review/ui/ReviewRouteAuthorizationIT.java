package com.clipdesk.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clipdesk.review.ReviewStats;
import com.clipdesk.shell.ForbiddenPage;
import com.clipdesk.shell.RouteForbiddenPage;
import com.clipdesk.shell.RouteNotFoundPage;
import com.clipdesk.staff.Role;
import com.clipdesk.support.KaribuSupport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/** The review routes and the team figures for every role, with the demo accounts' markets. */
@SpringBootTest
@ActiveProfiles("test")
class ReviewRouteAuthorizationIT extends KaribuSupport {

    /** Columns: MODERATOR LEAD_MODERATOR POLICY_ADMIN CURATOR AUDITOR ADMIN. */
    private static final String MATRIX = """
            route         MOD LEAD POL CUR AUD ADM
            review         y   y    n   n   y   y
            review/team    n   y    n   n   n   y
            """;

    private static final Role[] COLUMNS = {Role.MODERATOR, Role.LEAD_MODERATOR, Role.POLICY_ADMIN, Role.CURATOR,
            Role.AUDITOR, Role.ADMIN};

    private static final Map<Role, String[]> MARKETS = new EnumMap<>(Map.of(
            Role.MODERATOR, new String[] {"BR", "MX", "ES"},
            Role.LEAD_MODERATOR, new String[] {"*"},
            Role.POLICY_ADMIN, new String[] {"*"},
            Role.CURATOR, new String[] {"FR", "DE", "GB"},
            Role.AUDITOR, new String[] {"*"},
            Role.ADMIN, new String[] {"*"}));

    @Autowired
    ReviewStats stats;

    static Stream<Arguments> cells() {
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
    void roleMayOpenTheRouteAndSeesItInTheNavigationExactlyAsTheMatrixSays(Role role, String route,
            boolean allowed) {
        signInAs(Set.of(role), MARKETS.get(role));
        UI.getCurrent().navigate(route);

        var target = UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
        if (allowed) {
            assertThat(target).isInstanceOf(route.equals("review") ? ReviewView.class : TeamView.class);
        } else {
            assertThat(target).as("%s must not open %s", role, route)
                    .isInstanceOfAny(RouteForbiddenPage.class, RouteNotFoundPage.class, ForbiddenPage.class);
        }
        UI.getCurrent().navigate("");
        List<String> nav = _find(SideNavItem.class).stream().map(SideNavItem::getPath).toList();
        if (allowed) {
            assertThat(nav).contains(route);
        } else {
            assertThat(nav).doesNotContain(route);
        }
    }

    @ParameterizedTest(name = "{0} reads team figures: {2}")
    @MethodSource("cells")
    void onlyLeadsAndAdminsReadTheTeamFigures(Role role, String route, boolean allowed) {
        if (!route.equals("review/team")) {
            return;
        }
        signInAs(Set.of(role), MARKETS.get(role));
        if (allowed) {
            assertThatCode(() -> stats.lastSevenDays()).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> stats.today()).isInstanceOf(AccessDeniedException.class);
        }
    }
}
