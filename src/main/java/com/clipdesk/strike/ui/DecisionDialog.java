package com.clipdesk.strike.ui;

import com.clipdesk.shared.ConcurrentEditException;
import com.clipdesk.strike.InvalidStrikeException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.springframework.security.access.AccessDeniedException;

/**
 * Confirms a decision on a strike or restriction with a reason (required for voiding and lifting,
 * which undo something) or an optional note (applying, dismissing).
 */
class DecisionDialog extends Dialog {

    final TextArea reason;
    final Button confirm;
    final Paragraph error = new Paragraph();

    DecisionDialog(String title, String explanation, String fieldLabel, boolean required, String confirmLabel,
            boolean destructive, Consumer<String> action, String success, Runnable refresh) {
        setHeaderTitle(title);
        setWidth("30rem");
        setMaxWidth("94vw");
        addClassName("cd-strike-dialog");
        error.addClassName("cd-form-error");
        error.setVisible(false);
        var what = new Paragraph(explanation);
        what.addClassName("cd-muted");
        reason = new TextArea(fieldLabel);
        reason.setRequiredIndicatorVisible(required);
        reason.setMaxLength(2000);
        reason.setMinHeight("6rem");
        reason.setWidthFull();
        add(error, what, reason);
        confirm = new Button(confirmLabel, e -> {
            error.setVisible(false);
            reason.setInvalid(false);
            try {
                action.accept(reason.getValue());
                close();
                Notices.success(success);
                refresh.run();
            } catch (InvalidStrikeException ex) {
                if (required && reason.getValue().isBlank()) {
                    reason.setErrorMessage(ex.getMessage());
                    reason.setInvalid(true);
                } else {
                    error.setText(ex.getMessage());
                    error.setVisible(true);
                }
            } catch (ConcurrentEditException ex) {
                close();
                Notices.error(ex.getMessage());
                refresh.run();
            } catch (AccessDeniedException ex) {
                error.setText(ex.getMessage());
                error.setVisible(true);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (destructive) {
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        getFooter().add(new Button("Cancel", e -> close()), confirm);
    }
}
