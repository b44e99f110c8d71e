package com.clipdesk.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.shell.ForbiddenPage;
import com.clipdesk.shell.RouteForbiddenPage;
import com.clipdesk.shell.RouteNotFoundPage;
import com.clipdesk.staff.Role;
import com.clipdesk.support.KaribuSupport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Who opens the review settings screens, and sees them in the navigation: reason codes for admins
 * and policy admins, service levels for admins and leads; everyone else gets the forbidden page.
 */
@SpringBootTest
@ActiveProfiles("test")
class ReviewSettingsAuthorizationIT extends KaribuSupport {

    private static final Map<String, Set<Role>> ALLOWED = Map.of(
            "review/reason-codes", Set.of(Role.ADMIN, Role.POLICY_ADMIN),
            "review/service-levels", Set.of(Role.ADMIN, Role.LEAD_MODERATOR));

    /** The demo accounts' markets. */
    private static final Map<Role, String[]> MARKETS = Map.of(
            Role.MODERATOR, new String[] {"BR", "MX", "ES"},
            Role.LEAD_MODERATOR, new String[] {"*"},
            Role.POLICY_ADMIN, new String[] {"*"},
            Role.CURATOR, new String[] {"FR", "DE", "GB"},
            Role.AUDITOR, new String[] {"*"},
            Role.ADMIN, new String[] {"*"});

    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        for (var route : ALLOWED.entrySet()) {
            for (Role role : Role.values()) {
                cells.add(Arguments.of(role, route.getKey(), route.getValue().contains(role)));
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} opens {1}: {2}")
    @MethodSource("cells")
    void roleOpensTheScreenAndSeesItInTheNavigationOnlyWhenAllowed(Role role, String route, boolean allowed) {
        signInAs(Set.of(role), MARKETS.get(role));
        UI.getCurrent().navigate(route);

        var target = UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
        if (allowed) {
            assertThat(org.springframework.util.ClassUtils.getUserClass(target).getSimpleName())
                    .isEqualTo(route.equals("review/reason-codes") ? "ReasonCodesView" : "ServiceLevelsView");
        } else {
            assertThat(target).as("%s must not open %s", role, route)
                    .isInstanceOfAny(RouteForbiddenPage.class, RouteNotFoundPage.class, ForbiddenPage.class);
        }
        List<String> navigation = _find(SideNavItem.class).stream().map(SideNavItem::getPath).toList();
        if (allowed) {
            assertThat(navigation).contains(route);
        } else {
            assertThat(navigation).doesNotContain(route);
        }
    }
}
