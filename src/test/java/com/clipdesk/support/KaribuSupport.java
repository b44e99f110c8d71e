package com.clipdesk.support;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.staff.Role;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.html.Div;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import java.security.Principal;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.HashSet;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;
import java.util.List;
import java.util.Set;
import kotlin.jvm.functions.Function0;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import com.clipdesk.staff.CurrentStaff;

/**
 * Base of browserless view tests: a real Spring context and database, Vaadin mocked by Karibu, and
 * the signed-in staff member taken from Spring Security as the servlet filter would.
 */
public abstract class KaribuSupport {

    private static final Routes ROUTES = discoverRoutes();

    @Autowired
    protected ApplicationContext context;

    private org.springframework.security.core.context.@Nullable SecurityContextHolderStrategy strategyBefore;

    /** Signs in with the roles and markets the identity provider would give, and opens a UI. */
    protected void signInAs(Set<Role> roles, String... markets) {
        // this context's strategy while the test runs: each context started later (a browser or API test
        // with its own port) installs its own as the global one, which this context's method security does
        // not read; the one found is put back after the test, for the other contexts' tests
        if (strategyBefore == null) {
            strategyBefore = SecurityContextHolder.getContextHolderStrategy();
        }
        Chromium.useSecurityStrategyOf(context);
        List<GrantedAuthority> authorities = new ArrayList<>();
        roles.forEach(r -> authorities.add(new SimpleGrantedAuthority(r.authority())));
        for (String market : markets) {
            authorities.add(new SimpleGrantedAuthority(CurrentStaff.MARKET_AUTHORITY_PREFIX + market));
        }
        var auth = UsernamePasswordAuthenticationToken.authenticated("karibu-" + roles.iterator().next()
                .name().toLowerCase(java.util.Locale.ROOT), "n/a", authorities);
        // just signed in: sensitive actions pass (signedInAgo makes the sign-in older)
        auth.setDetails(new com.clipdesk.staff.SignInInstant(java.time.Instant.now()));
        var securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(auth);
        SecurityContextHolder.setContext(securityContext);
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session) {
                @Override
                public Principal getUserPrincipal() {
                    Authentication current = SecurityContextHolder.getContext().getAuthentication();
                    return current == null || current instanceof AnonymousAuthenticationToken ? null : current;
                }
            };
            request.setUserInRole((principal, role) -> {
                Authentication current = SecurityContextHolder.getContext().getAuthentication();
                return current != null && current.getAuthorities().stream()
                        .anyMatch(a -> ("ROLE_" + role).equals(a.getAuthority()));
            });
            return request;
        });
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    /**
     * Makes the signed-in staff member's sign-in {@code ago} old (after {@link #signInAs}): sensitive
     * actions then ask for a new sign-in.
     */
    protected static void signedInAgo(java.time.Duration ago) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        var older = UsernamePasswordAuthenticationToken.authenticated(current.getPrincipal(), "n/a",
                current.getAuthorities());
        older.setDetails(new com.clipdesk.staff.SignInInstant(java.time.Instant.now().minus(ago)));
        SecurityContextHolder.getContext().setAuthentication(older);
    }

    /**
     * Finds every {@code @Route} and error view with Spring's scanner (Karibu's own discovery finds
     * none when the main classes come from the packaged jar).
     */
    @SuppressWarnings("unchecked")
    private static Routes discoverRoutes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AssignableTypeFilter(HasErrorParameter.class));
        Set<Class<? extends Component>> routes = new HashSet<>();
        Set<Class<? extends HasErrorParameter<?>>> errorRoutes = new HashSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("com.clipdesk")) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), KaribuSupport.class.getClassLoader());
            if (HasErrorParameter.class.isAssignableFrom(type)) {
                errorRoutes.add((Class<? extends HasErrorParameter<?>>) type);
            } else if (Component.class.isAssignableFrom(type)) {
                routes.add((Class<? extends Component>) type);
            }
        }
        return new Routes(routes, errorRoutes, true);
    }

    /**
     * Polls as the browser would until a bulk run's summary shows (review/ui/BulkDialog); returns its
     * text, once polling has stopped with the run.
     */
    protected static String awaitBulkSummary() {
        UI ui = UI.getCurrent();
        long until = System.currentTimeMillis() + 30_000;
        while (_find(Div.class, spec -> spec.withClasses("cd-bulk-summary")).isEmpty()) {
            assertThat(System.currentTimeMillis()).as("the bulk run finishes").isLessThan(until);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
        }
        assertThat(ui.getPollInterval()).as("polling stops with the run").isEqualTo(-1);
        return _get(Div.class, spec -> spec.withClasses("cd-bulk-summary")).getElement().getTextRecursively();
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
        if (strategyBefore != null) {
            SecurityContextHolder.setContextHolderStrategy(strategyBefore);
            strategyBefore = null;
        }
    }
}
