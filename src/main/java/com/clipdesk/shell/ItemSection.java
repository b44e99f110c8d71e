package com.clipdesk.shell;

import com.vaadin.flow.component.Component;

/**
 * A section another module contributes to an item detail page (a Moment, a report, a member...).
 * Detail pages append, ordered by {@link #order()}, every {@code ItemSection} bean that
 * {@linkplain #appliesTo(String) applies} to the kind of item they show. A section checks the
 * staff member's access through its own module's service, like any view.
 */
public interface ItemSection {

    /** Heading shown above the section. */
    String title();

    /** Position on the page: lower first. */
    int order();

    /** Whether this section has something to say about items of this kind (e.g. "moment"). */
    boolean appliesTo(String subjectKind);

    /** The section's content for one item. */
    Component render(String subjectKind, long subjectId);
}
