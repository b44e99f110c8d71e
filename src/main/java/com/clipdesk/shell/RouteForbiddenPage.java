package com.clipdesk.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Vaadin's navigation access control refused a view (its {@code @RolesAllowed} excludes the role). */
@ParentLayout(MainLayout.class)
@PageTitle("Not allowed · Clipdesk")
@AnonymousAllowed
public class RouteForbiddenPage extends Div implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        add(ForbiddenPage.content(parameter.getCaughtException()).withHomeLink());
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
