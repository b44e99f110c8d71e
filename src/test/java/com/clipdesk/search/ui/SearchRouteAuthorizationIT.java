package com.clipdesk.search.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.staff.Role;
import com.clipdesk.support.KaribuSupport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Every staff role may search: the page opens, the navigation lists it, the top bar has the box. */
@SpringBootTest
@ActiveProfiles("test")
class SearchRouteAuthorizationIT extends KaribuSupport {

    /** The demo accounts' markets. */
    private static final Map<Role, String[]> MARKETS = new EnumMap<>(Map.of(
            Role.MODERATOR, new String[] {"BR", "MX", "ES"},
            Role.LEAD_MODERATOR, new String[] {"*"},
            Role.POLICY_ADMIN, new String[] {"*"},
            Role.CURATOR, new String[] {"FR", "DE", "GB"},
            Role.AUDITOR, new String[] {"*"},
            Role.ADMIN, new String[] {"*"}));

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleOpensSearchAndFindsItInTheNavigationAndTheTopBar(Role role) {
        signInAs(Set.of(role), MARKETS.get(role));
        UI.getCurrent().navigate("search");

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .as("%s opens search", role).isInstanceOf(SearchView.class);
        assertThat(_find(SideNavItem.class)).anyMatch(item -> "search".equals(item.getPath()));
        assertThat(_find(TextField.class, spec -> spec.withClasses(SearchBox.CLASS_NAME))).hasSize(1);
    }
}
