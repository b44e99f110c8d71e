package com.clipdesk.content.ui;

import com.clipdesk.content.ContentKind;
import com.clipdesk.shell.ItemSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Comparator;
import java.util.List;

/** Appends the sections other modules contribute to an item page. */
final class ItemSections {

    private ItemSections() {}

    static List<Component> render(List<ItemSection> sections, ContentKind kind, long id) {
        return sections.stream()
                .filter(s -> s.appliesTo(kind.name()))
                .sorted(Comparator.comparingInt(ItemSection::order))
                .map(s -> (Component) section(s.title(), s.render(kind.name(), id)))
                .toList();
    }

    private static Component section(String title, Component body) {
        var layout = new VerticalLayout(new H3(title), body);
        layout.setPadding(false);
        layout.addClassName("cd-section");
        return layout;
    }
}
