package com.clipdesk.shell;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * Something another module adds to the top bar of every view, such as the search box. The shell
 * knows no module: it places, ordered by {@link #order()}, what each {@code TopBarItem} bean creates
 * for the signed-in staff member. An item decides through its own module's service whether this
 * staff member can use it, like any view.
 */
public interface TopBarItem {

    /** Position at the start of the bar (left of the staff member's name): lower first. */
    int order();

    /** A new component for the signed-in staff member, or empty when they cannot use it. */
    Optional<Component> create();
}
