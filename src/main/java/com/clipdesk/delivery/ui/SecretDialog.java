package com.clipdesk.delivery.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

/** Shows a webhook's signing secret the one time it is readable, with a copy button. */
class SecretDialog extends Dialog {

    final TextField secret = new TextField("Signing secret");

    SecretDialog(String title, String webhookName, String value) {
        setHeaderTitle(title);
        secret.setValue(value);
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.addClassName("cd-webhook-secret");
        var copy = new Button("Copy", VaadinIcon.COPY.create(), e -> {
            secret.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", value);
            Notification.show("Secret copied", 2000, Notification.Position.BOTTOM_START);
        });
        copy.addClassName("cd-webhook-copy");
        var row = new HorizontalLayout(secret, copy);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWidthFull();
        add(new Paragraph("Give this secret to the owner of “" + webhookName + "”: their receiver checks the "
                + "Clipdesk-Signature header of every delivery with it (docs/feed.md). It is not shown again; "
                + "if it is lost, rotate it."), row);
        var done = new Button("I have stored it", e -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
        setCloseOnOutsideClick(false);
        setWidth("42rem");
    }
}
