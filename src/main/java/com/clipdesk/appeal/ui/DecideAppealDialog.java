package com.clipdesk.appeal.ui;

import com.clipdesk.appeal.AppealOutcome;
import com.clipdesk.appeal.AppealService;
import com.clipdesk.appeal.AppealView;
import com.clipdesk.appeal.AppealedDecision;
import com.clipdesk.appeal.InvalidAppealException;
import com.clipdesk.shared.ConcurrentEditException;
import com.clipdesk.shell.Facts;
import com.clipdesk.shell.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.TreeSet;
import org.springframework.security.access.AccessDeniedException;

/** One appeal: what was appealed and why; for leads and admins (not the original decider) the outcome form. */
class DecideAppealDialog extends Dialog {

    private final AppealService appeals;
    private final AppealView appeal;
    private final Runnable done;
    final RadioButtonGroup<AppealOutcome> outcome = new RadioButtonGroup<>("Outcome");
    final CheckboxGroup<String> keep = new CheckboxGroup<>("Keep the takedown in");
    final TextArea note = new TextArea("Explanation to the member");
    final Paragraph error = new Paragraph();
    Button confirm;

    DecideAppealDialog(AppealService appeals, AppealView appeal, Runnable done) {
        this.appeals = appeals;
        this.appeal = appeal;
        this.done = done;
        addClassName("cd-appeal-dialog");
        setWidth("40rem");
        setMaxWidth("94vw");
        setHeaderTitle("Appeal #" + appeal.id() + " against " + appeal.decisionLabel().toLowerCase(java.util.Locale.ROOT));
        error.addClassName("cd-form-error");
        error.setVisible(false);
        var statement = new Paragraph(appeal.statement());
        statement.addClassName("cd-quote");
        var facts = new Facts()
                .add("Item", new Anchor(appeal.itemRoute(), appeal.itemKind().label() + " #" + appeal.itemId()))
                .add("Decision", appeal.decisionLabel() + " · " + appeal.scopeBefore() + " · " + appeal.reasonCode()
                        + " · by " + appeal.originalDecider())
                .add("Member", appeal.appellantHandle() == null ? new com.vaadin.flow.component.html.Span("—")
                        : new com.clipdesk.shell.MemberLink(appeal.appellantId(), appeal.appellantHandle()))
                .add("Received", Formats.dateTime(appeal.receivedAt()) + " · " + appeal.channel().label());
        add(error, facts, statement);
        if (!appeal.open()) {
            facts.add("Outcome", appeal.outcome().label()
                    + (appeal.outcome() == AppealOutcome.MODIFIED ? " to " + String.join(", ", new TreeSet<>(appeal.marketsAfter())) : "")
                    + " · by " + appeal.decidedBy() + " · " + Formats.dateTime(appeal.decidedAt()));
            facts.add("Explanation", appeal.decisionNote());
            getFooter().add(new Button("Close", e -> close()));
            return;
        }
        String me = appeals.username();
        if (!appeals.mayDecide() || me.equals(appeal.originalDecider())) {
            var why = new Paragraph(me.equals(appeal.originalDecider())
                    ? "You took the appealed decision: another lead moderator or admin decides this appeal (four-eyes)."
                    : "Lead moderators and admins decide appeals.");
            why.addClassName("cd-muted");
            add(why);
            getFooter().add(new Button("Close", e -> close()));
            return;
        }
        boolean takedown = appeal.decision() == AppealedDecision.TAKEDOWN;
        outcome.setItems(takedown && appeal.marketsBefore().size() > 1
                ? java.util.List.of(AppealOutcome.UPHELD, AppealOutcome.OVERTURNED, AppealOutcome.MODIFIED)
                : java.util.List.of(AppealOutcome.UPHELD, AppealOutcome.OVERTURNED));
        outcome.setItemLabelGenerator(o -> switch (o) {
            case UPHELD -> "Uphold: the decision stands";
            case OVERTURNED -> takedown ? "Overturn: lift the takedown, links resolve again"
                    : "Overturn: restore the item";
            case MODIFIED -> "Narrow: keep the takedown in fewer markets";
        });
        outcome.setId("appeal-outcome");
        keep.setItems(new TreeSet<>(appeal.marketsBefore()));
        keep.setVisible(false);
        outcome.addValueChangeListener(e -> keep.setVisible(e.getValue() == AppealOutcome.MODIFIED));
        note.setId("appeal-note");
        note.setRequiredIndicatorVisible(true);
        note.setMaxLength(2000);
        note.setMinHeight("6rem");
        note.addClassName("cd-field-wide");
        add(outcome, keep, note);
        confirm = new Button("Decide appeal", e -> submit());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("appeal-decide");
        getFooter().add(new Button("Cancel", e -> close()), confirm);
    }

    void submit() {
        error.setVisible(false);
        note.setInvalid(false);
        keep.setInvalid(false);
        outcome.setInvalid(false);
        try {
            AppealView decided = appeals.decide(appeal.id(), appeal.version(), outcome.getValue(), keep.getValue(),
                    note.getValue());
            close();
            Notification.show("Appeal #" + decided.id() + " " + decided.outcome().label().toLowerCase(java.util.Locale.ROOT),
                    4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            done.run();
        } catch (InvalidAppealException e) {
            switch (e.field() == null ? "" : e.field()) {
                case "note" -> {
                    note.setErrorMessage(e.getMessage());
                    note.setInvalid(true);
                }
                case "markets" -> {
                    keep.setErrorMessage(e.getMessage());
                    keep.setInvalid(true);
                }
                case "outcome" -> {
                    outcome.setErrorMessage(e.getMessage());
                    outcome.setInvalid(true);
                }
                default -> {
                    error.setText(e.getMessage());
                    error.setVisible(true);
                }
            }
        } catch (ConcurrentEditException | AccessDeniedException e) {
            error.setText(e.getMessage());
            error.setVisible(true);
        }
    }
}
