package com.clipdesk.content.ui;

import com.clipdesk.content.ContentState;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/** The state of an item as a coloured label. */
public class StateBadge extends Span {

    public StateBadge(ContentState state) {
        super(state.label());
        addClassNames("cd-badge", "cd-badge--" + state.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
