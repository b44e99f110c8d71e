package com.clipdesk.spoiler.ui;

import com.clipdesk.spoiler.SpoilerFlags;
import com.clipdesk.spoiler.SpoilerTarget;
import com.clipdesk.spoiler.SpoilerTimeline;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.springframework.security.access.AccessDeniedException;

/** "Flag as spoiler…": what the item spoils (its episode by default; a fandom submission: its title). */
class FlagSpoilerDialog extends Dialog {

    static final String CONFIRM = "Flag as spoiler";

    private final SpoilerFlags flags;
    private final SpoilerTimeline timeline;
    private final Runnable flagged;

    final RadioButtonGroup<SpoilerTarget> target = new RadioButtonGroup<>("It spoils");
    final Paragraph error = new Paragraph();
    final Button confirm = new Button(CONFIRM, e -> submit());

    FlagSpoilerDialog(SpoilerFlags flags, SpoilerTimeline timeline, Runnable flagged) {
        this.flags = flags;
        this.timeline = timeline;
        this.flagged = flagged;
        setHeaderTitle("Flag " + timeline.kind().label().toLowerCase(java.util.Locale.ROOT) + " #" + timeline.id()
                + " as a spoiler");
        setWidth("30rem");
        setMaxWidth("94vw");
        error.addClassName("cd-form-error");
        error.setVisible(false);
        target.setId("spoiler-target");
        target.setItems(timeline.targets());
        target.setItemLabelGenerator(t -> switch (t) {
            case EPISODE -> "Its episode";
            case SEASON -> "Its whole season";
            case TITLE -> "The whole title";
        });
        target.setValue(timeline.targets().getFirst());
        var what = new Paragraph("Hidden in each market from the release there until the market's spoiler window ends;"
                + " before the release it is embargoed there anyway.");
        what.addClassName("cd-muted");
        add(error, target, what);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), confirm);
    }

    void submit() {
        try {
            flags.flag(timeline.kind(), timeline.id(), target.getValue());
            close();
            Notification.show("Flagged as a spoiler.", 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            flagged.run();
        } catch (IllegalArgumentException | IllegalStateException | AccessDeniedException e) {
            error.setText(e.getMessage());
            error.setVisible(true);
        }
    }
}
