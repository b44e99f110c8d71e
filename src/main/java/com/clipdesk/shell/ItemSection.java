package com.clipdesk.shell;

import com.vaadin.flow.component.Component;

/**
 * A section that a module contributes to the page of an item of another module (e.g. the reports
 * on a Moment), so item pages grow with capabilities without depending on them.
 */
public interface ItemSection {

    String title();

    int order();

    boolean appliesTo(String subjectKind);

    Component render(String subjectKind, long subjectId);
}
