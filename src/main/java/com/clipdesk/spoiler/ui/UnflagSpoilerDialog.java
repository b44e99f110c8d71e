package com.clipdesk.spoiler.ui;

import com.clipdesk.shared.ConcurrentEditException;
import com.clipdesk.spoiler.SpoilerFlags;
import com.clipdesk.spoiler.SpoilerTimeline;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import org.springframework.security.access.AccessDeniedException;

/** "Unflag…" (leads and admins): the reason is required and goes to the audit log. */
class UnflagSpoilerDialog extends Dialog {

    static final String CONFIRM = "Unflag";

    private final SpoilerFlags flags;
    private final SpoilerTimeline timeline;
    private final Runnable unflagged;
    private final Runnable reload;

    final TextArea reason = new TextArea("Reason");
    final Paragraph error = new Paragraph();
    final Button confirm = new Button(CONFIRM, e -> submit());

    UnflagSpoilerDialog(SpoilerFlags flags, SpoilerTimeline timeline, Runnable unflagged, Runnable reload) {
        this.flags = flags;
        this.timeline = timeline;
        this.unflagged = unflagged;
        this.reload = reload;
        setHeaderTitle("Take back the spoiler flag");
        setWidth("30rem");
        setMaxWidth("94vw");
        error.addClassName("cd-form-error");
        error.setVisible(false);
        reason.setId("spoiler-unflag-reason");
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(2000);
        reason.setWidthFull();
        reason.setPlaceholder("e.g. The trailer shows this scene in every market.");
        var what = new Paragraph("Members see it again wherever no embargo holds it (before the release there).");
        what.addClassName("cd-muted");
        add(error, what, reason);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button("Cancel", e -> close()), confirm);
    }

    void submit() {
        try {
            flags.unflag(timeline.kind(), timeline.id(), timeline.flag().version(), reason.getValue());
            close();
            Notification.show("Spoiler flag taken back.", 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            unflagged.run();
        } catch (ConcurrentEditException e) {
            close();
            Notification.show(e.getMessage(), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
            reload.run();
        } catch (IllegalArgumentException | IllegalStateException | AccessDeniedException e) {
            error.setText(e.getMessage());
            error.setVisible(true);
        }
    }
}
