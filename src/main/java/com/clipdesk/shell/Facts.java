package com.clipdesk.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A two-column list of labelled facts about an item. */
public class Facts extends Div {

    public Facts() {
        addClassName("cd-facts");
    }

    public Facts add(String label, String value) {
        return add(label, new Span(value));
    }

    public Facts add(String label, Component value) {
        var term = new Span(label);
        term.addClassName("cd-facts__label");
        value.getElement().getClassList().add("cd-facts__value");
        super.add(term, value);
        return this;
    }
}
