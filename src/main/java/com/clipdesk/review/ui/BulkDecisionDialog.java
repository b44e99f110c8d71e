package com.clipdesk.review.ui;

import com.clipdesk.review.BulkDecisions;
import com.clipdesk.review.BulkRun;
import com.clipdesk.review.CaseRow;
import com.clipdesk.review.Decision;
import com.clipdesk.review.Disposition;
import com.clipdesk.review.InvalidDecisionException;
import com.clipdesk.review.ReasonCodeView;
import com.clipdesk.review.ReasonCodes;
import com.clipdesk.review.ReviewCase;
import com.clipdesk.shell.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;

/**
 * Decides the selected cases with one disposition and reason: choose, confirm, watch the progress
 * (cancel stops after the case in hand), then read what was decided and what failed and why.
 */
class BulkDecisionDialog extends BulkDialog<Long> {

    private final List<CaseRow> cases;
    private final BulkDecisions bulk;
    private final ReasonCodes reasonCodes;
    private final RadioButtonGroup<Disposition> disposition = new RadioButtonGroup<>("Decision");
    private final ComboBox<ReasonCodeView> reason = reasonField();
    private final TextArea note = new TextArea("Note (optional)");
    private final Paragraph preview = new Paragraph();
    private final Button confirm = new Button();

    BulkDecisionDialog(List<CaseRow> cases, BulkDecisions bulk, ReasonCodes reasonCodes, Runnable onFinished) {
        super("Bulk decision", onFinished);
        this.cases = List.copyOf(cases);
        this.bulk = bulk;
        this.reasonCodes = reasonCodes;
        setHeaderTitle("Decide " + count(cases.size()));
        choose();
    }

    private void choose() {
        disposition.setItems(Disposition.KEEP, Disposition.REMOVE);
        disposition.setItemLabelGenerator(Disposition::label);
        disposition.addValueChangeListener(e -> {
            reason.clear();
            reason.setItems(e.getValue() == null ? List.of() : reasonCodes.activeFor(e.getValue()));
            update();
        });
        reason.addValueChangeListener(e -> update());
        note.setMaxLength(ReviewCase.NOTE_MAX);
        note.setWidthFull();
        note.setHelperText("Goes into every decision and the audit trail.");
        preview.addClassName("cd-bulk-preview");
        confirm.addClickListener(e -> start());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button("Cancel", e -> close());
        var form = new VerticalLayout(disposition, reason, note, preview);
        form.setPadding(false);
        form.setSpacing(false);
        add(form);
        getFooter().add(cancel, confirm);
        update();
    }

    private void update() {
        Disposition d = disposition.getValue();
        ReasonCodeView r = reason.getValue();
        confirm.setEnabled(d != null && r != null);
        confirm.setText(d == null ? "Decide " + count(cases.size()) : d.label() + " " + count(cases.size()));
        confirm.removeThemeVariants(ButtonVariant.LUMO_ERROR);
        if (d == Disposition.REMOVE) {
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        preview.setText(d == null || r == null
                ? count(cases.size()) + " selected. Choose a decision and a reason."
                : count(cases.size()) + " will be " + (d == Disposition.KEEP ? "kept" : "removed") + " with reason “"
                        + r.label() + "” (" + r.policyRef() + "). Cases someone else holds or that changed since "
                        + "you listed them are skipped and listed at the end.");
    }

    private void start() {
        BulkRun<Long> run;
        try {
            run = bulk.start(cases, new Decision(disposition.getValue(), false, reason.getValue().code(),
                    note.getValue()));
        } catch (InvalidDecisionException e) {
            preview.setText(e.getMessage());
            return;
        }
        watch(run);
    }

    @Override
    protected Component failure(BulkRun.BulkFailure<Long> failure) {
        return new Span("Case #" + failure.key() + ": " + failure.reason());
    }

    @Override
    protected String count(int n) {
        return Formats.count(n) + (n == 1 ? " case" : " cases");
    }
}
