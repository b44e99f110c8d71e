package com.clipdesk.search.ui;

import com.clipdesk.search.SavedSearchRow;
import com.clipdesk.search.SavedSearches;
import com.clipdesk.shared.ConcurrentEditException;
import com.clipdesk.shared.NotFoundException;
import com.clipdesk.shell.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.security.access.AccessDeniedException;

/**
 * The staff member's saved searches and the team's shared ones, each with its hit count in their
 * markets. Clicking one runs it; its owner renames, shares or deletes it from its menu.
 */
class SavedSearchPanel extends Div {

    static final String ITEM_CLASS = "cd-saved-item";
    static final String RUN_CLASS = "cd-saved-run";
    static final String COUNT_CLASS = "cd-saved-count";

    private final SavedSearches savedSearches;
    private final Consumer<SavedSearchRow> onRun;
    private final Div items = new Div();
    private final Span empty = new Span("None yet: run a search, then “Save search”.");
    private final boolean mayPromote;

    SavedSearchPanel(SavedSearches savedSearches, Consumer<SavedSearchRow> onRun) {
        this.savedSearches = savedSearches;
        this.onRun = onRun;
        this.mayPromote = savedSearches.mayPromoteToRule();
        addClassName("cd-saved");
        Button recount = new Button(VaadinIcon.REFRESH.create(), e -> refresh());
        recount.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ICON);
        recount.setAriaLabel("Count the hits again");
        recount.setTooltipText("Count the hits again");
        Div header = new Div(new H4("Saved searches"), recount);
        header.addClassName("cd-saved-header");
        items.addClassName("cd-saved-items");
        empty.addClassNames("cd-saved-empty", "cd-muted");
        add(header, items, empty);
    }

    /** Reloads the list and counts every saved search again (one count per search). */
    void refresh() {
        List<SavedSearchRow> rows = savedSearches.list();
        items.removeAll();
        rows.forEach(row -> items.add(item(row)));
        empty.setVisible(rows.isEmpty());
    }

    private Div item(SavedSearchRow row) {
        Button run = new Button(row.name(), e -> onRun.accept(row));
        run.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        run.addClassName(RUN_CLASS);
        Span count = new Span(row.hits() == null ? "–" : Formats.count(row.hits()));
        count.addClassName(COUNT_CLASS);
        run.setSuffixComponent(count);
        run.setTooltipText(row.problem() != null ? "This query no longer runs: " + row.problem()
                : (row.query().isEmpty() ? "Everything" : row.query()) + " · " + row.sort().label());
        Div item = new Div(run);
        item.addClassName(ITEM_CLASS);
        if (!row.mine()) {
            Span owner = new Span("by " + row.ownerDisplayName());
            owner.addClassNames("cd-saved-owner", "cd-muted");
            item.add(owner);
            if (mayPromote) {
                item.add(actions(row));
            }
        } else {
            if (row.shared()) {
                Span shared = new Span("shared");
                shared.addClassNames("cd-saved-shared", "cd-muted");
                item.add(shared);
            }
            item.add(actions(row));
        }
        return item;
    }

    private Button actions(SavedSearchRow row) {
        Button more = new Button(VaadinIcon.ELLIPSIS_DOTS_H.create());
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ICON);
        more.addClassName("cd-saved-actions");
        more.setAriaLabel("Actions for " + row.name());
        ContextMenu menu = new ContextMenu(more);
        menu.setOpenOnClick(true);
        if (mayPromote) {
            // the rules page (docs/rules.md) opens its promote dialog on this saved search
            menu.addItem("Promote to rule…", e -> getUI().ifPresent(ui -> ui.navigate("rules",
                    QueryParameters.of("promote", String.valueOf(row.id())))));
        }
        if (!row.mine()) {
            return more;
        }
        menu.addItem("Rename…", e -> SavedSearchDialog.rename(row.name(), (name, ignored) -> change(() -> {
            savedSearches.rename(row.id(), row.version(), name);
            notify("Renamed to “" + name.strip() + "”");
        })).open());
        menu.addItem(row.shared() ? "Make private" : "Share with the team", e -> change(() -> {
            savedSearches.share(row.id(), row.version(), !row.shared());
            notify((row.shared() ? "Only you see “" : "The team now sees “") + row.name() + "”");
        }));
        menu.addItem("Delete…", e -> confirmDelete(row));
        return more;
    }

    private void confirmDelete(SavedSearchRow row) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Delete “" + row.name() + "”?");
        confirm.setText(row.shared() ? "It is shared: the team will no longer see it either." : "This cannot be undone.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Delete");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> change(() -> {
            savedSearches.delete(row.id(), row.version());
            notify("Deleted “" + row.name() + "”");
        }));
        confirm.open();
    }

    /**
     * Runs an owner action; a conflict or refusal is shown and the list reloads. An invalid name
     * (IllegalArgumentException) goes back to the dialog that asked for it.
     */
    private void change(Runnable action) {
        try {
            action.run();
        } catch (ConcurrentEditException | AccessDeniedException | NotFoundException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
        refresh();
    }

    private static void notify(String text) {
        Notification.show(text, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
