package com.clipdesk.audit.ui;

import com.clipdesk.audit.AuditChainChecks;
import com.clipdesk.shell.Formats;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;

/**
 * The admin's view of the hash chain: the last verification (when, by whom, result, first break) and
 * "Verify now", which runs in the background with progress and Cancel; polls while a run is going.
 */
class ChainStatus extends HorizontalLayout {

    static final int POLL_MILLIS = 500;

    private final AuditChainChecks checks;
    final Span status = new Span();
    final Button verify = new Button("Verify now", VaadinIcon.SHIELD.create(), e -> start());
    final Button cancel = new Button("Cancel", e -> cancel());
    private final ProgressBar progress = new ProgressBar();
    private final Runnable onFinished;
    private boolean watching;
    private @Nullable Registration poll;

    /** {@code onFinished}: after a run watched here ends (the page shows its audit event). */
    ChainStatus(AuditChainChecks checks, Runnable onFinished) {
        this.checks = checks;
        this.onFinished = onFinished;
        addClassName("cd-chain-status");
        status.addClassName("cd-chain-status-text");
        verify.addThemeVariants(ButtonVariant.LUMO_SMALL);
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        progress.setWidth("12rem");
        setAlignItems(FlexComponent.Alignment.CENTER);
        setWidthFull();
        add(status, progress, verify, cancel);
        show();
    }

    private void start() {
        checks.start();
        watching = true;
        show();
    }

    private void cancel() {
        checks.cancel();
        cancel.setEnabled(false);
        cancel.setText("Stopping…");
    }

    void show() {
        AuditChainChecks.Run run = checks.current().orElse(null);
        boolean running = run != null && !run.finished();
        progress.setVisible(running);
        cancel.setVisible(running);
        verify.setEnabled(!running);
        status.getElement().getClassList().remove("cd-chain-broken");
        status.getElement().getClassList().remove("cd-chain-intact");
        if (running) {
            progress.setMax(Math.max(1, run.total()));
            progress.setValue(Math.min(run.done(), Math.max(1, run.total())));
            status.setText("Hash chain: " + run.describe() + (run.stopping() ? ", stopping…" : ""));
            if (!run.stopping()) {
                cancel.setEnabled(true);
                cancel.setText("Cancel");
            }
            watching = true;
            startPolling();
            return;
        }
        stopPolling();
        if (watching) {
            watching = false;
            onFinished.run();
        }
        status.setText(checks.last().map(l -> "Hash chain, last verified " + Formats.dateTime(l.at()) + " by " + l.by()
                + ": " + l.summary()).orElse("Hash chain: not verified yet."));
        checks.last().filter(l -> !l.summary().startsWith("Cancelled")).ifPresent(l -> status.getElement()
                .getClassList().add(l.intact() ? "cd-chain-intact" : "cd-chain-broken"));
        status.getStyle().set("color", checks.last().map(l -> l.summary().startsWith("Broken")).orElse(false)
                ? "var(--lumo-error-text-color)" : "var(--lumo-secondary-text-color)");
    }

    private void startPolling() {
        if (poll == null) {
            getUI().ifPresent(ui -> {
                ui.setPollInterval(POLL_MILLIS);
                poll = ui.addPollListener(e -> show());
            });
        }
    }

    private void stopPolling() {
        if (poll != null) {
            poll.remove();
            poll = null;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        show();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopPolling();
    }
}
