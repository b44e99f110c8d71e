package com.clipdesk.shell;

import com.clipdesk.staff.CurrentStaff;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** Signed in, but the identity provider grants no Clipdesk role: nothing in the console is open to them. */
@Route("no-access")
@PageTitle("No access · Clipdesk")
@PermitAll
class NoAccessView extends Main {

    NoAccessView(AuthenticationContext authentication, CurrentStaff currentStaff) {
        addClassName("cd-standalone");
        String who = currentStaff.get().displayName();
        Button signOut = new Button("Sign out", click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Problem(VaadinIcon.BAN, "No access to Clipdesk",
                who + ", you are signed in, but your account has no Clipdesk role.",
                "Ask an admin to give you a role (moderator, lead moderator, policy admin, curator, auditor or admin), then sign in again.")
                .with(signOut));
    }
}
