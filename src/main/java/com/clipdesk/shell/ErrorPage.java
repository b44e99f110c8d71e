package com.clipdesk.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Anything unexpected while opening a page: an error id to quote, the same id in the log. */
@ParentLayout(MainLayout.class)
@PageTitle("Something went wrong · Clipdesk")
@AnonymousAllowed
public class ErrorPage extends Div implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorPage.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String errorId = ErrorIds.next();
        log.error("Error {} while opening /{}", errorId, event.getLocation().getPathWithQueryParameters(),
                parameter.getCaughtException());
        Span id = new Span(errorId);
        id.addClassName("cd-error-id");
        add(new Problem(VaadinIcon.WARNING, "Something went wrong",
                "The page could not be opened because of an error on our side. Trying again may help.")
                .with(new Div(new Span("If it keeps happening, send this error id to the Clipdesk team: "), id))
                .withHomeLink());
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
