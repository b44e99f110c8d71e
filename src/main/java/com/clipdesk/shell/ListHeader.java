package com.clipdesk.shell;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The heading of a list page with how many items the current filter matches ("16,078 Moments"). */
public class ListHeader extends HorizontalLayout {

    private final Span count = new Span();
    private final String singular;
    private final String plural;

    public ListHeader(String title, String singular, String plural) {
        this.singular = singular;
        this.plural = plural;
        count.addClassName("cd-count");
        add(new H2(title), count);
        setAlignItems(FlexComponent.Alignment.BASELINE);
    }

    /** A count that stopped at a cap: "10,000+ events". */
    public void setCountAtLeast(long n) {
        count.setText(Formats.count(n) + "+ " + plural);
    }

    public void setCount(long n) {
        count.setText(Formats.count(n) + " " + (n == 1 ? singular : plural));
    }
}
