package com.clipdesk.search.ui;

import com.clipdesk.search.SearchService;
import com.clipdesk.shell.TopBarItem;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import java.util.Optional;

/**
 * The compact search box in the top bar: Enter opens the search page with what was typed. Shown
 * only to staff who can search; the shell places it without knowing about search.
 */
@org.springframework.stereotype.Component
class SearchBox implements TopBarItem {

    static final String CLASS_NAME = "cd-search-box";

    private final SearchService search;

    SearchBox(SearchService search) {
        this.search = search;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create() {
        if (!search.canSearch()) {
            return Optional.empty();
        }
        TextField box = new TextField();
        box.setPlaceholder("Search");
        box.setAriaLabel("Search content");
        box.setPrefixComponent(VaadinIcon.SEARCH.create());
        box.setClearButtonVisible(true);
        box.setMaxLength(500);
        box.setValueChangeMode(ValueChangeMode.EAGER);
        box.addClassName(CLASS_NAME);
        Shortcuts.addShortcutListener(box, () -> open(box), Key.ENTER).listenOn(box);
        return Optional.of(box);
    }

    private static void open(TextField box) {
        String text = box.getValue().strip();
        box.clear();
        UI.getCurrent().navigate(SearchView.ROUTE,
                text.isEmpty() ? QueryParameters.empty() : QueryParameters.simple(Map.of(SearchParams.QUERY, text)));
    }
}
