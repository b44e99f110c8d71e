package com.clipdesk.takedown.ui;

import com.clipdesk.content.ContentKind;
import com.clipdesk.review.ReasonCodeView;
import com.clipdesk.shared.ConcurrentEditException;
import com.clipdesk.takedown.Ground;
import com.clipdesk.takedown.InvalidTakedownException;
import com.clipdesk.takedown.LegalOrderRequest;
import com.clipdesk.takedown.TakedownRequest;
import com.clipdesk.takedown.TakedownService;
import com.clipdesk.takedown.TakedownView;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Take down…": scope (everywhere or some of the item's markets, those outside the staff member's
 * markets greyed), reason code, ground with its law or terms clause, explanation, and optionally the
 * legal order that asks for it. The service decides; its messages land on the field at fault.
 */
class TakedownDialog extends Dialog {

    static final String EVERYWHERE = "Everywhere";
    static final String CHOSEN = "Only in chosen markets";

    private final TakedownService takedowns;
    private final ContentKind kind;
    private final long itemId;
    private final Consumer<TakedownView> done;

    final RadioButtonGroup<String> scope = new RadioButtonGroup<>("Where");
    final CheckboxGroup<String> markets = new CheckboxGroup<>("Markets");
    final ComboBox<ReasonCodeView> reasonCode = new ComboBox<>("Reason code");
    final RadioButtonGroup<Ground> ground = new RadioButtonGroup<>("Ground");
    final TextField groundReference = new TextField();
    final TextArea explanation = new TextArea("Explanation");
    final Checkbox legalOrder = new Checkbox("Requested by an authority (legal order)");
    final TextField authority = new TextField("Authority");
    final TextField reference = new TextField("Order reference");
    final DateTimePicker receivedAt = new DateTimePicker("Received at (UTC)");
    final DateTimePicker deadline = new DateTimePicker("Deadline (UTC)");
    final Paragraph error = new Paragraph();
    final Button confirm = new Button("Take down", e -> submit());

    TakedownDialog(TakedownService takedowns, ContentKind kind, long itemId, Consumer<TakedownView> done) {
        this.takedowns = takedowns;
        this.kind = kind;
        this.itemId = itemId;
        this.done = done;
        setHeaderTitle("Take down " + kind.label() + " #" + itemId);
        // stable hooks for browser tests
        scope.setId("takedown-scope");
        markets.setId("takedown-markets");
        reasonCode.setId("takedown-reason-code");
        ground.setId("takedown-ground");
        groundReference.setId("takedown-ground-reference");
        explanation.setId("takedown-explanation");
        confirm.setId("takedown-confirm");
        addClassName("cd-takedown-dialog");
        setWidth("40rem");
        setMaxWidth("94vw");
        Set<String> listed = new TreeSet<>(takedowns.itemMarkets(kind, itemId));

        scope.setItems(EVERYWHERE, CHOSEN);
        scope.setValue(CHOSEN);
        scope.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        markets.setItems(listed);
        markets.setItemEnabledProvider(takedowns::inScope);
        markets.setHelperText("Markets outside yours are greyed out. Everywhere needs all of "
                + String.join(", ", listed) + " in your markets, or a lead moderator.");
        scope.addValueChangeListener(e -> markets.setEnabled(CHOSEN.equals(e.getValue())));

        List<ReasonCodeView> codes = takedowns.reasonCodes();
        reasonCode.setItems(codes);
        reasonCode.setItemLabelGenerator(r -> r.label() + " (" + r.code() + ")");
        reasonCode.setRequiredIndicatorVisible(true);

        ground.setItems(Ground.values());
        ground.setItemLabelGenerator(Ground::label);
        ground.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        ground.addValueChangeListener(e -> describeReference(e.getValue()));
        ground.setValue(Ground.TERMS);
        groundReference.setRequiredIndicatorVisible(true);
        groundReference.setMaxLength(200);

        explanation.setRequiredIndicatorVisible(true);
        explanation.setMaxLength(2000);
        explanation.setHelperText("Members and authorities read this; it goes into the statement of reasons.");
        explanation.setMinHeight("6rem");

        var orderFields = new FormLayout(authority, reference, receivedAt, deadline);
        orderFields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 2));
        orderFields.setVisible(false);
        authority.setPlaceholder("e.g. Bundesamt für Justiz");
        reference.setPlaceholder("as the authority wrote it");
        receivedAt.setStep(java.time.Duration.ofMinutes(1));
        deadline.setStep(java.time.Duration.ofMinutes(1));
        deadline.setHelperText("Empty: one hour after receipt (EU removal orders).");
        receivedAt.addValueChangeListener(e -> {
            if (e.getValue() != null && (deadline.isEmpty() || e.getOldValue() != null
                    && e.getOldValue().plusHours(1).equals(deadline.getValue()))) {
                deadline.setValue(e.getValue().plusHours(1));
            }
        });
        legalOrder.addValueChangeListener(e -> {
            orderFields.setVisible(e.getValue());
            if (e.getValue() && receivedAt.isEmpty()) {
                receivedAt.setValue(LocalDateTime.ofInstant(takedowns.now(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES));
            }
        });

        error.addClassName("cd-form-error");
        error.setVisible(false);
        markets.addClassName("cd-field-wide");
        reasonCode.addClassName("cd-field-wide");
        groundReference.addClassName("cd-field-wide");
        explanation.addClassName("cd-field-wide");
        var where = new Div(scope, markets);
        add(error, where, reasonCode, ground, groundReference, explanation, legalOrder, orderFields);

        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button("Cancel", e -> close()), confirm);
    }

    private void describeReference(@Nullable Ground value) {
        Ground g = value == null ? Ground.TERMS : value;
        groundReference.setLabel(g.referenceLabel());
        groundReference.setPlaceholder(g.referenceHint());
    }

    private void submit() {
        clearErrors();
        LegalOrderRequest order = legalOrder.getValue() ? new LegalOrderRequest(authority.getValue(),
                reference.getValue(), utc(receivedAt.getValue()), utc(deadline.getValue())) : null;
        boolean everywhere = EVERYWHERE.equals(scope.getValue());
        var request = new TakedownRequest(kind, itemId, everywhere, everywhere ? Set.of() : markets.getValue(),
                reasonCode.getValue() == null ? null : reasonCode.getValue().code(), ground.getValue(),
                groundReference.getValue(), explanation.getValue(), order);
        try {
            TakedownView view = takedowns.takeDown(request);
            close();
            done.accept(view);
        } catch (InvalidTakedownException e) {
            show(e.field(), e.getMessage());
        } catch (ConcurrentEditException | AccessDeniedException e) {
            show(null, e.getMessage());
        }
    }

    private void show(@Nullable String field, String message) {
        Map<String, HasValidation> fields = Map.of("markets", markets, "reasonCode", reasonCode,
                "groundReference", groundReference, "explanation", explanation, "authority", authority,
                "reference", reference, "receivedAt", receivedAt, "deadline", deadline);
        HasValidation target = field == null ? null : fields.get(field);
        if (target != null) {
            target.setErrorMessage(message);
            target.setInvalid(true);
        } else {
            error.setText(message);
            error.setVisible(true);
        }
    }

    private void clearErrors() {
        error.setVisible(false);
        for (HasValidation f : List.<HasValidation>of(markets, reasonCode, groundReference, explanation, authority,
                reference, receivedAt, deadline)) {
            f.setInvalid(false);
        }
    }

    private static @Nullable Instant utc(@Nullable LocalDateTime value) {
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
