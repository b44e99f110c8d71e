package com.clipdesk.shell;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * The page of one item with a deep link ({@code moments/42}): reads the numeric {@code :id} route
 * parameter, loads the item through its service (which throws not-found or out-of-scope, shown by
 * the shell's error pages) and titles the browser tab after it.
 */
public abstract class ItemPage<T> extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final String kindLabel;
    private String title;

    protected ItemPage(String kindLabel) {
        this.kindLabel = kindLabel;
        this.title = kindLabel + " · Clipdesk";
        addClassName("cd-item-page");
    }

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get("id").orElseThrow());
        T item = load(id);
        title = kindLabel + " #" + id + " · Clipdesk";
        removeAll();
        show(item);
    }

    @Override
    public final String getPageTitle() {
        return title;
    }

    /** Loads the item for the signed-in staff member, or throws. */
    protected abstract T load(long id);

    protected abstract void show(T item);
}
