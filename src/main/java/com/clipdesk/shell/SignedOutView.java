package com.clipdesk.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Where sign-out ends (after the identity provider ended its session too), and where a failed
 * sign-in lands ({@code ?failed}). Deliberately not in the console: "sign in again" starts a fresh
 * sign-in at the identity provider.
 */
@Route("signed-out")
@PageTitle("Signed out · Clipdesk")
@AnonymousAllowed
class SignedOutView extends Main implements BeforeEnterObserver {

    SignedOutView() {
        addClassName("cd-standalone");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Anchor signIn = new Anchor("/", "Sign in again");
        signIn.setRouterIgnore(true);
        signIn.addClassName("cd-button-link");
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("failed");
        add(failed
                ? new Problem(VaadinIcon.EXCLAMATION_CIRCLE_O, "Sign-in did not complete",
                        "The identity provider did not confirm who you are. Please try again.").with(signIn)
                : new Problem(VaadinIcon.CHECK_CIRCLE_O, "You are signed out",
                        "You have signed out of Clipdesk and of the sign-in service.").with(signIn));
    }
}
