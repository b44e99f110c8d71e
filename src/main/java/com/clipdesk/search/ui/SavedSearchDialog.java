package com.clipdesk.search.ui;

import com.clipdesk.search.QuerySyntaxException;
import com.clipdesk.search.SavedSearch;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

/**
 * Asks for a saved search's name (and, when saving, whether to share it with the team). The action
 * runs the service call; a name or query it refuses is shown in the dialog, which stays open.
 */
class SavedSearchDialog extends Dialog {

    /** Calls the service with what was entered; throws what it refuses. */
    interface Action {
        void run(String name, boolean shared);
    }

    private final TextField name = new TextField("Name");
    private final Checkbox shared = new Checkbox("Share with the team");
    private final Paragraph problem = new Paragraph();
    private final Action action;

    private SavedSearchDialog(String title, String confirm, String initialName, @Nullable String query, boolean askShare,
            Action action) {
        this.action = action;
        setHeaderTitle(title);
        addClassName("cd-saved-dialog");
        name.setValue(initialName);
        name.setMaxLength(SavedSearch.NAME_MAX);
        name.setRequired(true);
        name.setWidthFull();
        name.setManualValidation(true);
        name.focus();
        problem.addClassName("cd-saved-dialog-problem");
        problem.setVisible(false);
        add(name);
        if (query != null) {
            Paragraph shown = new Paragraph(query.isEmpty() ? "Everything, newest first" : query);
            shown.addClassName("cd-saved-dialog-query");
            add(shown);
        }
        if (askShare) {
            shared.setTooltipText("Everyone on the team sees it in their list, counted in their own markets; only you "
                    + "can change it");
            add(shared);
        }
        add(problem);
        Button ok = new Button(confirm, e -> confirm());
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClickShortcut(Key.ENTER);
        getFooter().add(new Button("Cancel", e -> close()), ok);
    }

    static SavedSearchDialog save(String query, Action action) {
        return new SavedSearchDialog("Save search", "Save", "", query, true, action);
    }

    static SavedSearchDialog rename(String currentName, Action action) {
        return new SavedSearchDialog("Rename saved search", "Rename", currentName, null, false, action);
    }

    private void confirm() {
        try {
            action.run(name.getValue(), shared.getValue());
            close();
        } catch (QuerySyntaxException e) {
            problem.setText("This query cannot be saved: " + e.getMessage());
            problem.setVisible(true);
        } catch (IllegalArgumentException e) {
            name.setErrorMessage(e.getMessage());
            name.setInvalid(true);
        }
    }
}
