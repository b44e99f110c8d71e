package com.clipdesk.takedown.ui;

import com.clipdesk.content.ContentKind;
import com.clipdesk.takedown.InvalidTakedownException;
import com.clipdesk.takedown.LegalOrderRequest;
import com.clipdesk.takedown.LegalOrderView;
import com.clipdesk.takedown.TakedownService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Record legal order…": an authority's order as it arrives, before anyone acts on it. It then counts
 * down on the takedowns page until a takedown covering its markets fulfils it or a lead rejects it.
 */
class LegalOrderDialog extends Dialog {

    final CheckboxGroup<String> markets = new CheckboxGroup<>("Markets the order names");
    final TextField authority = new TextField("Authority");
    final TextField reference = new TextField("Order reference");
    final DateTimePicker receivedAt = new DateTimePicker("Received at (UTC)");
    final DateTimePicker deadline = new DateTimePicker("Deadline (UTC)");
    final Paragraph error = new Paragraph();

    LegalOrderDialog(TakedownService takedowns, ContentKind kind, long itemId, Consumer<LegalOrderView> done) {
        setHeaderTitle("Record legal order on " + kind.label() + " #" + itemId);
        setWidth("36rem");
        setMaxWidth("94vw");
        markets.setItems(new TreeSet<>(takedowns.itemMarkets(kind, itemId)));
        markets.setItemEnabledProvider(takedowns::inScope);
        authority.setPlaceholder("e.g. Bundesamt für Justiz");
        receivedAt.setValue(LocalDateTime.ofInstant(takedowns.now(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES));
        deadline.setHelperText("Empty: one hour after receipt (EU removal orders).");
        var form = new FormLayout(authority, reference, receivedAt, deadline);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 2));
        error.addClassName("cd-form-error");
        error.setVisible(false);
        add(error, markets, form);
        var record = new Button("Record order", e -> {
            error.setVisible(false);
            Map<String, HasValidation> fields = Map.of("markets", markets, "authority", authority, "reference",
                    reference, "receivedAt", receivedAt, "deadline", deadline);
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                LegalOrderView order = takedowns.recordLegalOrder(kind, itemId, markets.getValue(),
                        new LegalOrderRequest(authority.getValue(), reference.getValue(),
                                receivedAt.getValue() == null ? null : receivedAt.getValue().toInstant(ZoneOffset.UTC),
                                deadline.getValue() == null ? null : deadline.getValue().toInstant(ZoneOffset.UTC)));
                close();
                done.accept(order);
            } catch (InvalidTakedownException ex) {
                HasValidation field = ex.field() == null ? null : fields.get(ex.field());
                if (field != null) {
                    field.setErrorMessage(ex.getMessage());
                    field.setInvalid(true);
                } else {
                    error.setText(ex.getMessage());
                    error.setVisible(true);
                }
            } catch (AccessDeniedException ex) {
                error.setText(ex.getMessage());
                error.setVisible(true);
            }
        });
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), record);
    }
}
