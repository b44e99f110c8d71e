package com.clipdesk.delivery.ui;

import com.clipdesk.catalog.MarketView;
import com.clipdesk.delivery.CreatedWebhook;
import com.clipdesk.delivery.InvalidWebhookException;
import com.clipdesk.delivery.WebhookDraft;
import com.clipdesk.delivery.Webhooks;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** "New webhook": name, URL, optional filters, where delivery starts. */
class WebhookDialog extends Dialog {

    static final String FROM_NOW = "New entries only";
    static final String FROM_SEQ = "From seq…";

    final TextField name = new TextField("Name");
    final TextField url = new TextField("URL");
    final TextField types = new TextField("Entry types");
    final MultiSelectComboBox<String> markets = new MultiSelectComboBox<>("Markets");
    final RadioButtonGroup<String> start = new RadioButtonGroup<>("Start");
    final IntegerField fromSeq = new IntegerField();
    final Button create = new Button("Create webhook", e -> create());

    private final Webhooks webhooks;
    private final Consumer<CreatedWebhook> created;

    WebhookDialog(Webhooks webhooks, List<MarketView> knownMarkets, long head, Consumer<CreatedWebhook> created) {
        this.webhooks = webhooks;
        this.created = created;
        setHeaderTitle("New webhook");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(80);
        name.setPlaceholder("e.g. Member app notices");
        url.setRequiredIndicatorVisible(true);
        url.setPlaceholder("https://hooks.example.com/clipdesk");
        url.setHelperText("Entries are POSTed here, one per request, signed");
        types.setPlaceholder("All entry types");
        types.setHelperText("Comma-separated, e.g. review.decided, takedown.applied");
        markets.setItems(knownMarkets.stream().map(MarketView::code).toList());
        markets.setItemLabelGenerator(code -> knownMarkets.stream().filter(m -> m.code().equals(code)).findFirst()
                .map(MarketView::label).orElse(code));
        markets.setPlaceholder("All markets");
        markets.setHelperText("Entries without a market (global decisions) are always delivered");
        start.setItems(FROM_NOW, FROM_SEQ);
        start.setValue(FROM_NOW);
        start.setHelperText("The feed's newest entry is seq " + head);
        fromSeq.setMin(1);
        fromSeq.setMax((int) Math.min(Integer.MAX_VALUE, head + 1));
        fromSeq.setPlaceholder("seq");
        fromSeq.setEnabled(false);
        fromSeq.setAriaLabel("Start at seq");
        start.addValueChangeListener(e -> fromSeq.setEnabled(FROM_SEQ.equals(e.getValue())));
        var form = new FormLayout(name, url, types, markets, start, fromSeq);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), create);
        setWidth("32rem");
    }

    private void create() {
        for (HasValidation field : new HasValidation[] {name, url, types, markets, fromSeq}) {
            field.setInvalid(false);
        }
        Long seq = null;
        if (FROM_SEQ.equals(start.getValue())) {
            if (fromSeq.getValue() == null) {
                invalid(fromSeq, "Enter the seq to start at.");
                return;
            }
            seq = fromSeq.getValue().longValue();
        }
        Set<String> typeSet = Arrays.stream(types.getValue().split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        try {
            CreatedWebhook result = webhooks.create(new WebhookDraft(name.getValue(), url.getValue(), typeSet,
                    markets.getValue(), seq));
            close();
            created.accept(result);
        } catch (InvalidWebhookException e) {
            invalid(switch (e.field()) {
                case "name" -> name;
                case "types" -> types;
                case "markets" -> markets;
                case "seq" -> fromSeq;
                default -> url;
            }, e.getMessage());
        }
    }

    private static void invalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
