package com.clipdesk.rules.ui;

import com.clipdesk.catalog.MarketView;
import com.clipdesk.review.QueueCategory;
import com.clipdesk.rules.RuleAction;
import com.clipdesk.rules.RuleRow;
import com.clipdesk.rules.Rules;
import com.clipdesk.search.QuerySyntaxException;
import com.clipdesk.search.SavedSearchRow;
import com.clipdesk.shared.NotFoundException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Promotes a saved search to a rule: which saved search, a name, the action (and queue), and the
 * markets it is limited to. The rule starts in shadow mode; the text says so.
 */
class PromoteDialog extends Dialog {

    private final Rules rules;
    private final Consumer<RuleRow> onPromoted;
    private final ComboBox<SavedSearchRow> savedSearch = new ComboBox<>("Saved search");
    private final TextField name = new TextField("Rule name");
    private final RadioButtonGroup<RuleAction> action = new RadioButtonGroup<>("Action on matching new content");
    private final ComboBox<QueueCategory> queue = new ComboBox<>("Queue");
    private final MultiSelectComboBox<String> markets = new MultiSelectComboBox<>("Limit to markets");
    private final Paragraph query = new Paragraph();

    PromoteDialog(Rules rules, @Nullable Long preselected, Consumer<RuleRow> onPromoted) {
        this.rules = rules;
        this.onPromoted = onPromoted;
        setHeaderTitle("Promote a saved search to a rule");
        setWidth("min(36rem, 95vw)");

        List<SavedSearchRow> promotable = rules.promotable();
        savedSearch.setItems(promotable);
        savedSearch.setItemLabelGenerator(s -> s.name() + (s.mine() ? "" : " (by " + s.ownerDisplayName() + ")"));
        savedSearch.setRequiredIndicatorVisible(true);
        savedSearch.addValueChangeListener(e -> {
            SavedSearchRow s = e.getValue();
            query.setText(s == null ? "" : "Query: " + (s.query().isEmpty() ? "(everything)" : s.query()));
            if (s != null && name.isEmpty()) {
                name.setValue(s.name());
            }
        });
        query.addClassName("cd-muted");
        name.setMaxLength(com.clipdesk.rules.Rule.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        action.setItems(RuleAction.values());
        action.setItemLabelGenerator(RuleAction::label);
        action.setValue(RuleAction.ROUTE_TO_QUEUE);
        action.addValueChangeListener(e -> queue.setVisible(e.getValue() == RuleAction.ROUTE_TO_QUEUE));
        queue.setItems(Arrays.stream(QueueCategory.values()).filter(c -> c != QueueCategory.PRE_MODERATION).toList());
        queue.setItemLabelGenerator(QueueCategory::label);
        queue.setRequiredIndicatorVisible(true);
        List<MarketView> mine = rules.markets();
        markets.setItems(mine.stream().map(MarketView::code).toList());
        markets.setItemLabelGenerator(code -> mine.stream().filter(m -> m.code().equals(code)).findFirst()
                .map(MarketView::label).orElse(code));
        markets.setHelperText(rules.mayCoverEveryMarket() ? "Empty: every market"
                : "Choose one or more of your markets");

        FormLayout form = new FormLayout(savedSearch, query, name, action, queue, markets);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, new Paragraph("The rule starts in shadow mode: it records what it would have done to new "
                + "content without doing it. An admin enables it once its shadow results look right. It keeps this "
                + "query even if the saved search changes later; re-promote it to take the change."));

        Button promote = new Button("Promote to rule (shadow)", e -> promote());
        promote.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), promote);
        if (preselected != null) {
            promotable.stream().filter(s -> s.id() == preselected).findFirst().ifPresent(savedSearch::setValue);
        }
    }

    private void promote() {
        savedSearch.setInvalid(false);
        name.setInvalid(false);
        queue.setInvalid(false);
        markets.setInvalid(false);
        if (savedSearch.getValue() == null) {
            invalid(savedSearch, "Choose the saved search to promote");
            return;
        }
        RuleAction chosen = action.getValue();
        if (chosen == RuleAction.ROUTE_TO_QUEUE && queue.getValue() == null) {
            invalid(queue, "Choose the queue the rule routes to");
            return;
        }
        Set<String> limited = markets.getValue();
        try {
            RuleRow rule = rules.promote(savedSearch.getValue().id(), name.getValue(), chosen,
                    chosen == RuleAction.ROUTE_TO_QUEUE ? queue.getValue() : null, limited);
            close();
            onPromoted.accept(rule);
        } catch (QuerySyntaxException e) {
            invalid(savedSearch, e.getMessage());
        } catch (IllegalArgumentException e) {
            invalid(name, e.getMessage());
        } catch (AccessDeniedException e) {
            markets.setErrorMessage(e.getMessage());
            markets.setInvalid(true);
        } catch (NotFoundException e) {
            invalid(savedSearch, "That saved search is gone or private now: choose another");
        }
    }

    private static void invalid(com.vaadin.flow.component.HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    static String join(Set<String> codes) {
        return codes.stream().sorted().collect(Collectors.joining(", "));
    }
}
