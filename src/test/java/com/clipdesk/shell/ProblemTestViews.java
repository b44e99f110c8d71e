package com.clipdesk.shell;

import com.clipdesk.shared.NotFoundException;
import com.clipdesk.shared.OutOfScopeException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Test-only views (test classpath) that fail the way real item pages can, to show the problem pages. */
final class ProblemTestViews {

    private ProblemTestViews() {}

    @Route(value = "test/out-of-scope", layout = MainLayout.class)
    @PermitAll
    public static class OutOfScopeView extends Div implements BeforeEnterObserver {
        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            throw new OutOfScopeException("Moment", 42);
        }
    }

    @Route(value = "test/missing-item", layout = MainLayout.class)
    @PermitAll
    public static class MissingItemView extends Div implements BeforeEnterObserver {
        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            throw new NotFoundException("Moment", 4711);
        }
    }

    @Route(value = "test/boom", layout = MainLayout.class)
    @PermitAll
    public static class BrokenView extends Div implements BeforeEnterObserver {
        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            throw new IllegalStateException("simulated failure for the error page");
        }
    }
}
