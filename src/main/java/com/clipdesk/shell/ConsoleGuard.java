package com.clipdesk.shell;

import com.clipdesk.staff.CurrentStaff;
import com.clipdesk.staff.RecentSignInRequiredException;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Console-wide rules for every UI: a signed-in staff member without any known role sees only the
 * no-access page; errors in actions (button clicks...) get the same treatment as errors while
 * opening a page: refusals a friendly notification, a sensitive action refused for an old sign-in
 * the offer to sign in again ({@link SignInAgainDialog}), anything unexpected an id to quote.
 */
@Component
class ConsoleGuard implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ConsoleGuard.class);
    private static final Set<Class<?>> OPEN_WITHOUT_ROLE = Set.of(NoAccessView.class, SignedOutView.class);

    private final AuthenticationContext authentication;
    private final CurrentStaff currentStaff;

    ConsoleGuard(AuthenticationContext authentication, CurrentStaff currentStaff) {
        this.authentication = authentication;
        this.currentStaff = currentStaff;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::requireRole));
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            for (Throwable t = error.getThrowable(); t != null; t = t.getCause()) {
                if (t instanceof RecentSignInRequiredException refusal) {
                    if (com.vaadin.flow.component.UI.getCurrent() != null) {
                        new SignInAgainDialog(refusal).open();
                    }
                    return;
                }
            }
            Throwable cause = error.getThrowable();
            while (cause.getCause() != null && !(cause instanceof AccessDeniedException)) {
                cause = cause.getCause();
            }
            if (cause instanceof AccessDeniedException) {
                notify(cause.getMessage() == null ? "Not allowed" : "Not allowed: " + cause.getMessage());
                return;
            }
            String errorId = ErrorIds.next();
            log.error("Error {} in the console", errorId, error.getThrowable());
            notify("Something went wrong. If it keeps happening, send this error id to the Clipdesk team: " + errorId);
        }));
    }

    private void requireRole(BeforeEnterEvent event) {
        if (event.isErrorEvent() || OPEN_WITHOUT_ROLE.contains(event.getNavigationTarget())) {
            return;
        }
        if (authentication.isAuthenticated() && currentStaff.get().roles().isEmpty()) {
            event.rerouteTo(NoAccessView.class);
        }
    }

    private static void notify(String message) {
        if (VaadinSession.getCurrent() == null || com.vaadin.flow.component.UI.getCurrent() == null) {
            return;
        }
        Notification notification = Notification.show(message, 8000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
