package com.clipdesk.policy.ui;

import com.clipdesk.policy.PolicyImpact;
import com.clipdesk.policy.PolicyVersionView;
import com.clipdesk.review.BulkRun;
import com.clipdesk.review.ReasonCodeView;
import com.clipdesk.review.ui.BulkDialog;
import com.clipdesk.shell.Formats;
import com.clipdesk.takedown.BulkTakedowns;
import com.clipdesk.takedown.Ground;
import com.clipdesk.takedown.InvalidTakedownException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Takes the Moments of one impact list down in its market: the selected ones or all listed, with a reason
 * code, a ground and its reference (prefilled with the policy and rule), and an explanation members read;
 * asks once more, then shows progress with Cancel and the summary, as other bulk actions do.
 */
class ImpactTakedownDialog extends BulkDialog<Long> {

    static final String SELECTED = "selected";
    static final String ALL = "all";

    private final BulkTakedowns bulk;
    private final String market;
    private final List<Long> selected;
    private final Supplier<List<Long>> allListed;
    private final int listedCount;
    private final String source;
    final RadioButtonGroup<String> scope = new RadioButtonGroup<>("Moments");
    final ComboBox<ReasonCodeView> reason = reasonField();
    final Select<Ground> ground = new Select<>();
    final TextField reference = new TextField();
    final TextArea explanation = new TextArea("Explanation");
    final Paragraph warning = new Paragraph();
    final Button confirm = new Button();
    @Nullable BulkRun<Long> started;

    ImpactTakedownDialog(BulkTakedowns bulk, String market, PolicyVersionView version, PolicyImpact.Line line,
            List<Long> selected, Supplier<List<Long>> allListed, int listedCount, Runnable onFinished) {
        super("Bulk takedown", onFinished);
        this.bulk = bulk;
        this.market = market;
        this.selected = selected;
        this.allListed = allListed;
        // one run covers at most as many as any bulk action; "all listed" takes the first of them
        this.listedCount = Math.min(listedCount, com.clipdesk.review.BulkDecisions.MAX_ITEMS);
        this.source = "impact of " + version.label() + " in " + market + " (" + line.rule().label() + ": "
                + line.change() + ")";
        setHeaderTitle("Take down in " + market);
        setWidth("36rem");
        var intro = new Paragraph("Hides the Moments from members in " + market + " only; elsewhere they stay as they "
                + "are. Each takedown is recorded and audited on its own, and can be narrowed or lifted later.");
        intro.addClassName("cd-muted");

        scope.setItems(SELECTED, ALL);
        scope.setItemLabelGenerator(s -> SELECTED.equals(s) ? (selected.isEmpty() ? "Selected (none: tick them in the list)"
                : "The " + count(selected.size()) + " selected")
                : (listedCount <= this.listedCount ? "All " : "The first ") + count(this.listedCount) + " listed");
        scope.setItemEnabledProvider(s -> !SELECTED.equals(s) || !selected.isEmpty());
        scope.setValue(selected.isEmpty() ? ALL : SELECTED);
        scope.addValueChangeListener(e -> update());

        reason.setItems(bulk.reasonCodes());
        reason.setRequiredIndicatorVisible(true);
        ground.setLabel("Ground");
        ground.setItems(Ground.values());
        ground.setItemLabelGenerator(Ground::label);
        ground.setWidthFull();
        ground.setValue(Ground.TERMS);
        ground.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                reference.setLabel(e.getValue().referenceLabel());
                reference.setHelperText(e.getValue().referenceHint());
            }
        });
        reference.setLabel(Ground.TERMS.referenceLabel());
        reference.setHelperText("The sharing policy the Moments break");
        reference.setValue("Sharing policy " + market + " · " + line.rule().label());
        reference.setMaxLength(200);
        reference.setWidthFull();
        explanation.setValue("Outside the sharing policy in " + market + " (" + line.rule().label() + ": "
                + line.change() + ").");
        explanation.setHelperText("Members and authorities read it.");
        explanation.setMaxLength(2000);
        explanation.setWidthFull();
        warning.addClassName("cd-bulk-warning");
        warning.setVisible(false);
        var form = new VerticalLayout(scope, reason, ground, reference, explanation, warning);
        form.setPadding(false);
        form.setSpacing(false);
        add(intro, form);

        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setId("impact-take-down-confirm");
        confirm.addClickListener(e -> confirmThenStart());
        getFooter().add(new Button("Cancel", e -> close()), confirm);
        update();
    }

    private int chosenCount() {
        return SELECTED.equals(scope.getValue()) ? selected.size() : listedCount;
    }

    private void update() {
        confirm.setText("Take down " + count(chosenCount()) + " in " + market);
    }

    private void confirmThenStart() {
        reason.setErrorMessage("Choose a reason code.");
        reason.setInvalid(reason.getValue() == null);
        explanation.setErrorMessage("Explain the decision: members and authorities read it.");
        explanation.setInvalid(explanation.getValue().isBlank());
        reference.setErrorMessage("Name the clause of our terms or the law.");
        reference.setInvalid(reference.getValue().isBlank());
        if (reason.isInvalid() || explanation.isInvalid() || reference.isInvalid()) {
            return;
        }
        int n = chosenCount();
        ConfirmDialog sure = new ConfirmDialog();
        sure.setHeader("Take down " + count(n) + " in " + market + "?");
        sure.setText("Members in " + market + " no longer see them, with reason “" + reason.getValue().label()
                + "”. Each takedown is audited; undoing them means lifting each one.");
        sure.setCancelable(true);
        sure.setConfirmText("Take down " + count(n));
        sure.setConfirmButtonTheme("error primary");
        sure.addConfirmListener(e -> start());
        sure.open();
    }

    private void start() {
        List<Long> ids = SELECTED.equals(scope.getValue()) ? selected : allListed.get();
        try {
            started = bulk.takeDownMoments(ids, market, reason.getValue().code(), ground.getValue(),
                    reference.getValue(), explanation.getValue(), source);
        } catch (InvalidTakedownException e) {
            warning.setText(e.getMessage());
            warning.setVisible(true);
            return;
        } catch (com.clipdesk.review.InvalidDecisionException e) {
            warning.setText(e.getMessage());
            warning.setVisible(true);
            return;
        }
        watch(started);
    }

    @Override
    protected Component failure(BulkRun.BulkFailure<Long> failure) {
        return new Span(new Anchor("moments/" + failure.key(), "Moment #" + failure.key()),
                new Span(": " + failure.reason()));
    }

    @Override
    protected String count(int n) {
        return Formats.count(n) + (n == 1 ? " Moment" : " Moments");
    }
}
