package com.clipdesk.review.ui;

import com.clipdesk.review.BulkRun;
import com.clipdesk.review.ReasonCodeView;
import com.clipdesk.shell.Formats;
import com.vaadin.flow.component.Component;
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
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.shared.Registration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * What every bulk decision dialog shares once its run has started: a progress bar with "312 of 449"
 * and Cancel (which stops after the one in hand), then a summary of what was done, what was already
 * so, and what failed and why, each failure named by the subclass. The browser polls while the run
 * works, as on the index administration page. Also the reason code picker of the choosing step.
 *
 * @param <K> what the run works through (case ids, items)
 */
@NamedInterface("bulk-dialog")
public abstract class BulkDialog<K> extends Dialog {

    private static final int POLL_MILLIS = 400;

    private final String noun;
    private final Runnable onFinished;
    private final ProgressBar progressBar = new ProgressBar();
    private final Span progressText = new Span();
    private @Nullable BulkRun<K> run;
    private @Nullable Registration poll;

    /**
     * @param noun what the run is called in the summary's title, "Bulk decision" or "Bulk action"
     * @param onFinished runs when the summary is closed, to reload what the run changed
     */
    protected BulkDialog(String noun, Runnable onFinished) {
        this.noun = noun;
        this.onFinished = onFinished;
        setWidth("32rem");
        setMaxWidth("100%");
        addClassName("cd-bulk-dialog");
        addDetachListener(e -> stopPolling());
    }

    /** "5 cases", "1 item". */
    protected abstract String count(int n);

    /** One failure in the summary's list, e.g. the item's link and the reason. */
    protected abstract Component failure(BulkRun.BulkFailure<K> failure);

    /** The reason code picker: the label, and the policy clause beside it in the list. */
    protected static ComboBox<ReasonCodeView> reasonField() {
        ComboBox<ReasonCodeView> reason = new ComboBox<>("Reason code");
        reason.setItemLabelGenerator(ReasonCodeView::label);
        reason.setRenderer(new ComponentRenderer<>(r -> {
            var item = new Div(new Span(r.label()));
            var ref = new Span(r.policyRef());
            ref.addClassName("cd-muted");
            item.add(new Span(" "), ref);
            return item;
        }));
        reason.setWidthFull();
        return reason;
    }

    /** Replaces the choosing step with the run's progress, then its summary. */
    protected void watch(BulkRun<K> started) {
        this.run = started;
        removeAll();
        getFooter().removeAll();
        setCloseOnEsc(false);
        setCloseOnOutsideClick(false);
        progressBar.setMin(0);
        progressBar.setMax(Math.max(1, started.progress().total()));
        progressText.addClassName("cd-muted");
        progressText.addClassName("cd-bulk-progress");
        var stop = new Button("Cancel", e -> {
            started.cancel();
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
        BulkRun.BulkProgress<K> p = run.progress();
        progressBar.setValue(p.processed());
        progressText.setText(Formats.count(p.processed()) + " of " + Formats.count(p.total()) + " done"
                + (p.failures().isEmpty() ? "" : ", " + Formats.count(p.failures().size()) + " failed")
                + (p.cancelled() && !p.finished() ? ", stopping…" : ""));
        if (p.finished()) {
            stopPolling();
            summary(p);
        }
    }

    private void summary(BulkRun.BulkProgress<K> p) {
        removeAll();
        getFooter().removeAll();
        setHeaderTitle(noun + (p.stoppedEarly() ? " cancelled" : " done"));
        String done = run.done();
        var summary = new Div();
        summary.addClassName("cd-bulk-summary");
        summary.add(new Paragraph(capitalized(done) + " " + count(p.decided().size()) + " of "
                + Formats.count(p.total()) + "."));
        if (!p.already().isEmpty()) {
            summary.add(new Paragraph("Already " + done + ": " + count(p.already().size()) + " (nothing written)."));
        }
        if (p.stoppedEarly()) {
            summary.add(new Paragraph("Cancelled after " + Formats.count(p.processed()) + " of "
                    + Formats.count(p.total()) + ": " + count(p.total() - p.processed()) + " left as they were."));
        }
        if (!p.failures().isEmpty()) {
            summary.add(new Paragraph("Failed " + Formats.count(p.failures().size()) + " (nothing changed on them):"));
            var failures = new UnorderedList();
            failures.addClassName("cd-bulk-failures");
            p.failures().forEach(f -> failures.add(new ListItem(failure(f))));
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
            getUI().or(() -> Optional.ofNullable(UI.getCurrent())).ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
