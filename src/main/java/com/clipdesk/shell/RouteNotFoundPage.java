package com.clipdesk.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** No view at this address. */
@ParentLayout(MainLayout.class)
@PageTitle("Page not found · Clipdesk")
@AnonymousAllowed
public class RouteNotFoundPage extends Div implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        add(new Problem(VaadinIcon.QUESTION_CIRCLE_O, "Page not found",
                "There is no page at /" + event.getLocation().getPath() + ". Check the address, or use the navigation.")
                .withHomeLink());
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
