package com.clipdesk.takedown.ui;

import com.clipdesk.shared.ConcurrentEditException;
import com.clipdesk.shell.Formats;
import com.clipdesk.takedown.InvalidTakedownException;
import com.clipdesk.takedown.LegalOrderView;
import com.clipdesk.takedown.TakedownService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.springframework.security.access.AccessDeniedException;

/** "Reject…" an open legal order (leads and admins): the reason is required and stays on the order. */
class RejectLegalOrderDialog extends Dialog {

    static final String REJECT = "Reject…";
    static final String CONFIRM = "Reject order";

    private final TakedownService takedowns;
    private final LegalOrderView order;
    private final Consumer<LegalOrderView> rejected;
    private final Runnable reload;

    final TextArea reason = new TextArea("Reason");
    final Paragraph error = new Paragraph();
    final Button confirm = new Button(CONFIRM, e -> submit());

    /**
     * @param rejected told the rejected order after the dialog closed
     * @param reload   told when the order changed meanwhile and the caller should show it afresh
     */
    RejectLegalOrderDialog(TakedownService takedowns, LegalOrderView order, Consumer<LegalOrderView> rejected,
            Runnable reload) {
        this.takedowns = takedowns;
        this.order = order;
        this.rejected = rejected;
        this.reload = reload;
        addClassName("cd-takedown-dialog");
        setWidth("32rem");
        setMaxWidth("94vw");
        setHeaderTitle("Reject legal order " + order.reference());
        error.addClassName("cd-form-error");
        error.setVisible(false);
        var what = new Paragraph(order.authority() + " asked for " + order.kind().label() + " #" + order.itemId()
                + " to be taken down in " + String.join(", ", new TreeSet<>(order.markets())) + " by "
                + Formats.shortDateTime(order.deadline()) + " UTC. Rejecting closes the order without a takedown; "
                + "the reason is kept with it for the authority and the audit log.");
        what.addClassName("cd-muted");
        reason.setId("legal-order-reject-reason");
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(2000);
        reason.setMinHeight("6rem");
        reason.addClassName("cd-field-wide");
        reason.setPlaceholder("e.g. The item is lawful in DE: the order names a different Moment.");
        add(error, what, reason);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setId("legal-order-reject-confirm");
        getFooter().add(new Button("Cancel", e -> close()), confirm);
    }

    private void submit() {
        error.setVisible(false);
        reason.setInvalid(false);
        try {
            LegalOrderView done = takedowns.rejectLegalOrder(order.id(), order.version(), reason.getValue());
            close();
            rejected.accept(done);
        } catch (InvalidTakedownException e) {
            if ("reason".equals(e.field())) {
                reason.setErrorMessage(e.getMessage());
                reason.setInvalid(true);
            } else {
                error.setText(e.getMessage());
                error.setVisible(true);
            }
        } catch (ConcurrentEditException e) {
            close();
            Notices.error(e.getMessage());
            reload.run();
        } catch (AccessDeniedException e) {
            error.setText(e.getMessage());
            error.setVisible(true);
        }
    }
}
