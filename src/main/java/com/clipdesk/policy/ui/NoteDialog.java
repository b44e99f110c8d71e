package com.clipdesk.policy.ui;

import com.clipdesk.policy.InvalidPolicyException;
import com.clipdesk.policy.PolicyVersionView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import java.util.function.Function;

/** Asks what a new version is for (a draft, a rollback) and creates it. */
class NoteDialog extends Dialog {

    final TextArea note = new TextArea("What is this version for?");
    final Button confirm;

    NoteDialog(String title, String explanation, String prefill, String action,
            Function<String, PolicyVersionView> create, Consumer<PolicyVersionView> done) {
        setHeaderTitle(title);
        setWidth("32rem");
        setMaxWidth("94vw");
        var text = new Paragraph(explanation);
        text.addClassName("cd-muted");
        note.setId("policy-draft-note");
        note.setValue(prefill);
        note.setRequiredIndicatorVisible(true);
        note.setMaxLength(2000);
        note.setWidthFull();
        note.setHelperText("Reviewers and the audit trail read it, e.g. “No X in DE after the ad dispute”");
        add(text, note);
        confirm = new Button(action, e -> {
            try {
                PolicyVersionView created = create.apply(note.getValue());
                close();
                done.accept(created);
            } catch (InvalidPolicyException ex) {
                note.setErrorMessage(ex.getMessage());
                note.setInvalid(true);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), confirm);
        addOpenedChangeListener(e -> note.focus());
    }
}
