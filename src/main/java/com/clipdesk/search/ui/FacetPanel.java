package com.clipdesk.search.ui;

import com.clipdesk.search.SearchFacet;
import com.clipdesk.shell.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Consumer;

/**
 * The counts of the results per kind, market, state, language, title, spoiler flag and (for report
 * readers) report reason. Clicking a value adds its token
 * to the query; clicking an active one (its token is in the query) removes it.
 */
class FacetPanel extends Div {

    static final String VALUE_CLASS = "cd-search-facet-value";
    static final String ACTIVE_CLASS = "cd-search-facet-value--active";
    /** The query token a value button adds or removes. */
    static final String TOKEN_ATTRIBUTE = "data-token";

    private final Consumer<String> onToggle;

    FacetPanel(Consumer<String> onToggle) {
        this.onToggle = onToggle;
        addClassName("cd-search-facets");
    }

    void show(List<SearchFacet> facets, String query) {
        removeAll();
        for (SearchFacet facet : facets) {
            if (facet.values().isEmpty()) {
                continue;
            }
            Div section = new Div(new H4(facet.label()));
            section.addClassName("cd-search-facet");
            for (SearchFacet.Value value : facet.values()) {
                section.add(valueButton(value, QueryTerms.contains(query, value.token())));
            }
            add(section);
        }
    }

    private Button valueButton(SearchFacet.Value value, boolean active) {
        Button button = new Button(value.label(), click -> onToggle.accept(value.token()));
        Span count = new Span(Formats.count(value.count()));
        count.addClassName("cd-search-facet-count");
        button.setSuffixComponent(count);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.addClassName(VALUE_CLASS);
        button.getElement().setAttribute("aria-pressed", String.valueOf(active));
        button.getElement().setAttribute(TOKEN_ATTRIBUTE, value.token());
        button.setTooltipText((active ? "Remove " : "Add ") + value.token() + (active ? " from" : " to") + " the query");
        if (active) {
            button.addClassName(ACTIVE_CLASS);
        }
        return button;
    }
}
