package com.clipdesk.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The body of the console's problem pages (not found, forbidden, error, no access, signed out). */
final class Problem extends Div {

    Problem(VaadinIcon icon, String heading, String... paragraphs) {
        addClassName("cd-problem");
        Icon symbol = new Icon(icon);
        symbol.addClassName("cd-problem-icon");
        add(symbol, new H2(heading));
        for (String text : paragraphs) {
            add(new Paragraph(text));
        }
    }

    Problem withHomeLink() {
        Anchor home = new Anchor("", "Back to the home page");
        home.addClassName("cd-problem-link");
        add(home);
        return this;
    }

    Problem with(Component... components) {
        add(components);
        return this;
    }
}
