package com.clipdesk.shell;

import com.clipdesk.staff.RecentSignIn;
import com.clipdesk.staff.RecentSignInRequiredException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Shown when a service refused a sensitive action for an old sign-in: says why, that nothing was
 * changed, and offers to sign in again (the identity provider asks for the password) and come back
 * to the same page, where the person repeats the action.
 */
final class SignInAgainDialog extends Dialog {

    SignInAgainDialog(RecentSignInRequiredException refusal) {
        setHeaderTitle("Sign in again to continue");
        addClassName("cd-sign-in-again");
        Paragraph why = new Paragraph(refusal.getMessage());
        why.addClassName("cd-sign-in-again-why");
        Paragraph what = new Paragraph("Nothing was changed. Sensitive actions need a recent sign-in, so that "
                + "an unattended or taken-over session cannot do them. After signing in you come back to this "
                + "page: repeat the action then.");
        what.addClassName("cd-muted");
        add(why, what);
        Button again = new Button("Sign in again", click -> signInAgain());
        again.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        again.setId("sign-in-again");
        Button cancel = new Button("Not now", click -> close());
        getFooter().add(cancel, again);
        setMaxWidth("36rem");
    }

    private static void signInAgain() {
        UI ui = UI.getCurrent();
        String here = "/" + ui.getActiveViewLocation().getPathWithQueryParameters();
        ui.getPage().setLocation(RecentSignIn.signInAgainPath(here));
    }
}
