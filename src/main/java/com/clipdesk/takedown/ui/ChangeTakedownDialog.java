package com.clipdesk.takedown.ui;

import com.clipdesk.shared.ConcurrentEditException;
import com.clipdesk.takedown.InvalidTakedownException;
import com.clipdesk.takedown.TakedownService;
import com.clipdesk.takedown.TakedownView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.TreeSet;
import org.springframework.security.access.AccessDeniedException;

/** "Lift…" or "Narrow…" a takedown (leads and admins): a required reason; narrowing keeps some markets. */
class ChangeTakedownDialog extends Dialog {

    private final TakedownService takedowns;
    private final TakedownView takedown;
    private final boolean narrow;
    private final Runnable done;

    final CheckboxGroup<String> keep = new CheckboxGroup<>("Keep it in force in");
    final TextArea reason = new TextArea("Reason");
    final Paragraph error = new Paragraph();

    ChangeTakedownDialog(TakedownService takedowns, TakedownView takedown, boolean narrow, Runnable done) {
        this.takedowns = takedowns;
        this.takedown = takedown;
        this.narrow = narrow;
        this.done = done;
        addClassName("cd-takedown-dialog");
        setWidth("32rem");
        setMaxWidth("94vw");
        setHeaderTitle((narrow ? "Narrow " : "Lift ") + takedown.badge().toLowerCase(java.util.Locale.ROOT)
                .replaceFirst("^taken down", "takedown"));
        error.addClassName("cd-form-error");
        error.setVisible(false);
        var what = new Paragraph(narrow
                ? "The item shows again to members in the markets you untick, at once."
                : "The item shows again to members in " + (takedown.everywhere() ? "every market" : takedown.scopeLabel())
                        + " at once, unless another takedown holds it there.");
        what.addClassName("cd-muted");
        add(error, what);
        if (narrow) {
            keep.setItems(new TreeSet<>(takedown.markets()));
            keep.addClassName("cd-field-wide");
            add(keep);
        }
        reason.setId("takedown-change-reason");
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(2000);
        reason.setMinHeight("6rem");
        reason.addClassName("cd-field-wide");
        add(reason);
        var confirm = new Button(narrow ? "Narrow takedown" : "Lift takedown", e -> submit());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("takedown-change-confirm");
        getFooter().add(new Button("Cancel", e -> close()), confirm);
    }

    private void submit() {
        error.setVisible(false);
        reason.setInvalid(false);
        keep.setInvalid(false);
        try {
            if (narrow) {
                takedowns.narrow(takedown.id(), takedown.version(), keep.getValue(), reason.getValue());
            } else {
                takedowns.lift(takedown.id(), takedown.version(), reason.getValue());
            }
            close();
            done.run();
        } catch (InvalidTakedownException e) {
            if ("reason".equals(e.field())) {
                reason.setErrorMessage(e.getMessage());
                reason.setInvalid(true);
            } else if ("markets".equals(e.field())) {
                keep.setErrorMessage(e.getMessage());
                keep.setInvalid(true);
            } else {
                error.setText(e.getMessage());
                error.setVisible(true);
            }
        } catch (ConcurrentEditException e) {
            close();
            Notices.error(e.getMessage());
            done.run();
        } catch (AccessDeniedException e) {
            error.setText(e.getMessage());
            error.setVisible(true);
        }
    }
}
