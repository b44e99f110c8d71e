package com.clipdesk.shell;

import com.clipdesk.shared.NotFoundException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** The item a page was opened for does not exist (any more). */
@ParentLayout(MainLayout.class)
@PageTitle("Not found · Clipdesk")
@AnonymousAllowed
public class ItemNotFoundPage extends Div implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        add(new Problem(VaadinIcon.SEARCH_MINUS, "Not found",
                parameter.getCaughtException().getMessage() + ".",
                "It may have been deleted, or the link may be wrong.")
                .withHomeLink());
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
