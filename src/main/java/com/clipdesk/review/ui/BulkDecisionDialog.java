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
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/**
 * Decides the selected cases with one disposition and reason: choose, confirm, watch the progress
 * (cancel stops after the case in hand), then read what was decided and what failed and why.
 */
class BulkDecisionDialog extends Dialog {

    private static final int POLL_MILLIS = 400;

    private final List<CaseRow> cases;
    private final BulkDecisions bulk;
    private final ReasonCodes reasonCodes;
    private final Runnable onFinished;
    private final RadioButtonGroup<Disposition> disposition = new RadioButtonGroup<>("Decision");
    private final ComboBox<ReasonCodeView> reason = new ComboBox<>("Reason code");
    private final TextArea note = new TextArea("Note (optional)");
    private final Paragraph preview = new Paragraph();
    private final Button confirm = new Button();
    private final ProgressBar progressBar = new ProgressBar();
    private final Span progressText = new Span();
    private BulkRun run;
    private Registration poll;

    BulkDecisionDialog(List<CaseRow> cases, BulkDecisions bulk, ReasonCodes reasonCodes, Runnable onFinished) {
        this.cases = List.copyOf(cases);
        this.bulk = bulk;
        this.reasonCodes = reasonCodes;
        this.onFinished = onFinished;
        setHeaderTitle("Decide " + count(cases.size()));
        setWidth("32rem");
        setMaxWidth("100%");
        addClassName("cd-bulk-dialog");
        choose();
        addDetachListener(e -> stopPolling());
    }

    private void choose() {
        disposition.setItems(Disposition.KEEP, Disposition.REMOVE);
        disposition.setItemLabelGenerator(Disposition::label);
        disposition.addValueChangeListener(e -> {
            reason.clear();
            reason.setItems(e.getValue() == null ? List.of() : reasonCodes.activeFor(e.getValue()));
            update();
        });
        reason.setItemLabelGenerator(ReasonCodeView::label);
        reason.setRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(r -> {
            var item = new Div(new Span(r.label()));
            var ref = new Span(r.policyRef());
            ref.addClassName("cd-muted");
            item.add(new Span(" "), ref);
            return item;
        }));
        reason.setWidthFull();
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
        try {
            run = bulk.start(cases, new Decision(disposition.getValue(), false, reason.getValue().code(),
                    note.getValue()));
        } catch (InvalidDecisionException e) {
            preview.setText(e.getMessage());
            return;
        }
        removeAll();
        getFooter().removeAll();
        setCloseOnEsc(false);
        setCloseOnOutsideClick(false);
        progressBar.setMin(0);
        progressBar.setMax(cases.size());
        progressText.addClassName("cd-muted");
        var stop = new Button("Cancel", e -> {
            run.cancel();
            e.getSource().setEnabled(false);
            e.getSource().setText("Stopping…");
        });
        stop.addClassName("cd-bulk-cancel");
        add(progressBar, progressText);
        getFooter().add(stop);
        UI ui = UI.getCurrent();
        ui.setPollInterval(POLL_MILLIS);
        poll = ui.addPollListener(e -> refreshProgress());
        refreshProgress();
    }

    private void refreshProgress() {
        BulkRun.BulkProgress p = run.progress();
        progressBar.setValue(p.processed());
        progressText.setText(p.processed() + " of " + p.total() + " done" + (p.failures().isEmpty() ? ""
                : ", " + p.failures().size() + " failed") + (p.cancelled() && !p.finished() ? ", stopping…" : ""));
        if (p.finished()) {
            stopPolling();
            summary(p);
        }
    }

    private void summary(BulkRun.BulkProgress p) {
        removeAll();
        getFooter().removeAll();
        setHeaderTitle(p.stoppedEarly() ? "Bulk decision cancelled" : "Bulk decision done");
        var summary = new Div();
        summary.addClassName("cd-bulk-summary");
        String done = (run.decision().disposition() == Disposition.KEEP ? "Kept " : "Removed ")
                + count(p.decided().size()) + " of " + p.total() + ".";
        summary.add(new Paragraph(done));
        if (p.stoppedEarly()) {
            summary.add(new Paragraph("Cancelled after " + p.processed() + " of " + p.total() + ": "
                    + count(p.total() - p.processed()) + " left as they were."));
        }
        if (!p.failures().isEmpty()) {
            summary.add(new Paragraph("Failed " + p.failures().size() + " (nothing changed on them):"));
            var failures = new UnorderedList();
            failures.addClassName("cd-bulk-failures");
            p.failures().forEach(f -> failures.add(new ListItem("Case #" + f.caseId() + ": " + f.reason())));
            summary.add(failures);
        }
        add(summary);
        var close = new Button("Close", e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
        setCloseOnEsc(true);
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                onFinished.run();
            }
        });
    }

    private void stopPolling() {
        if (poll != null) {
            poll.remove();
            poll = null;
            getUI().or(() -> java.util.Optional.ofNullable(UI.getCurrent())).ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    private static String count(int n) {
        return Formats.count(n) + (n == 1 ? " case" : " cases");
    }
}
