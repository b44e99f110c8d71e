package com.clipdesk.shell;

import com.clipdesk.shared.OutOfScopeException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/**
 * A service refused: the item lies outside the staff member's markets
 * ({@link OutOfScopeException}) or the action needs another role.
 */
@ParentLayout(MainLayout.class)
@PageTitle("Not allowed · Clipdesk")
@AnonymousAllowed
public class ForbiddenPage extends Div implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        add(content(parameter.getCaughtException()).withHomeLink());
        return HttpServletResponse.SC_FORBIDDEN;
    }

    static Problem content(Exception exception) {
        if (exception instanceof OutOfScopeException) {
            return new Problem(VaadinIcon.GLOBE, "Outside your markets",
                    "This item is only visible in markets you do not work in, so you cannot open it.",
                    "If you need it, ask a lead moderator or an admin to extend your markets.");
        }
        return new Problem(VaadinIcon.LOCK, "Not allowed for your role",
                "Your role does not include this page or action.",
                "If you need it for your work, ask an admin to change your role.");
    }
}
