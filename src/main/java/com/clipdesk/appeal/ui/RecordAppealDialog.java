package com.clipdesk.appeal.ui;

import com.clipdesk.appeal.AppealChannel;
import com.clipdesk.appeal.AppealRequest;
import com.clipdesk.appeal.AppealService;
import com.clipdesk.appeal.AppealService.AppealableDecision;
import com.clipdesk.appeal.AppealView;
import com.clipdesk.appeal.InvalidAppealException;
import com.clipdesk.content.ContentKind;
import com.clipdesk.shell.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.springframework.security.access.AccessDeniedException;

/** Records an appeal that reached us by mail, phone or an authority, on behalf of the item's creator. */
class RecordAppealDialog extends Dialog {

    private final AppealService appeals;
    private final Runnable done;
    final Select<AppealableDecision> decision = new Select<>();
    final Select<AppealChannel> channel = new Select<>();
    final DateTimePicker receivedAt = new DateTimePicker("Received (UTC)");
    final TextArea statement = new TextArea("The member's statement");
    final Paragraph error = new Paragraph();

    RecordAppealDialog(AppealService appeals, ContentKind kind, long itemId, Runnable done) {
        this.appeals = appeals;
        this.done = done;
        addClassName("cd-appeal-dialog");
        setWidth("36rem");
        setMaxWidth("94vw");
        setHeaderTitle("Record an appeal on " + kind.label() + " #" + itemId);
        error.addClassName("cd-form-error");
        error.setVisible(false);
        var what = new Paragraph("For appeals received outside the member app. A lead moderator or admin other than "
                + "the original decider decides it.");
        what.addClassName("cd-muted");

        decision.setLabel("Appealed decision");
        decision.setItems(appeals.appealableOn(kind, itemId));
        decision.setItemLabelGenerator(d -> d.label() + " · " + d.decidedBy() + ", " + Formats.shortDateTime(d.decidedAt()));
        decision.setId("appeal-decision");
        decision.addClassName("cd-field-wide");
        if (decision.getListDataView().getItemCount() == 1) {
            decision.setValue(decision.getListDataView().getItem(0));
        }
        channel.setLabel("Received by");
        channel.setItems(Arrays.stream(AppealChannel.values()).filter(c -> c != AppealChannel.APP).toList());
        channel.setItemLabelGenerator(AppealChannel::label);
        channel.setValue(AppealChannel.EMAIL);
        // empty means now: a minute-precise default could fall before a decision taken a moment ago
        receivedAt.setHelperText("Leave empty if it arrived just now.");
        receivedAt.setMax(LocalDateTime.now(ZoneOffset.UTC).plusMinutes(5));
        statement.setId("appeal-statement");
        statement.setRequiredIndicatorVisible(true);
        statement.setMaxLength(4000);
        statement.setMinHeight("7rem");
        statement.addClassName("cd-field-wide");
        add(error, what, decision, channel, receivedAt, statement);

        var confirm = new Button("Record appeal", e -> submit());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("appeal-record");
        getFooter().add(new Button("Cancel", e -> close()), confirm);
    }

    void submit() {
        error.setVisible(false);
        decision.setInvalid(false);
        statement.setInvalid(false);
        receivedAt.setInvalid(false);
        AppealableDecision chosen = decision.getValue();
        if (chosen == null) {
            decision.setErrorMessage("Choose the decision the member appeals.");
            decision.setInvalid(true);
            return;
        }
        try {
            AppealView filed = appeals.record(new AppealRequest(chosen.kind(), chosen.id(), null, channel.getValue(),
                    statement.getValue(), receivedAt.getValue() == null ? null
                            : receivedAt.getValue().toInstant(ZoneOffset.UTC)));
            close();
            Notification.show("Appeal #" + filed.id() + " recorded", 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            done.run();
        } catch (InvalidAppealException e) {
            switch (e.field() == null ? "" : e.field()) {
                case "statement" -> {
                    statement.setErrorMessage(e.getMessage());
                    statement.setInvalid(true);
                }
                case "receivedAt" -> {
                    receivedAt.setErrorMessage(e.getMessage());
                    receivedAt.setInvalid(true);
                }
                case "decision" -> {
                    decision.setErrorMessage(e.getMessage());
                    decision.setInvalid(true);
                }
                default -> {
                    error.setText(e.getMessage());
                    error.setVisible(true);
                }
            }
        } catch (AccessDeniedException e) {
            error.setText(e.getMessage());
            error.setVisible(true);
        }
    }
}
