package com.clipdesk.search.ui;

import com.clipdesk.search.IndexAdmin;
import com.clipdesk.search.IndexAdminRun;
import com.clipdesk.shell.Formats;
import com.clipdesk.shell.MainLayout;
import com.clipdesk.staff.Role;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Admins compare the index with the database per entity, rebuild all or one entity (confirm,
 * progress with counts and rate, cancel, summary) and measure commit-to-searchable latency. The
 * page polls while a rebuild runs, also one started by another admin.
 */
@Route(value = "search/index", layout = MainLayout.class)
@PageTitle("Search index · Clipdesk")
@Menu(order = 88, title = "Search index", icon = "vaadin:database")
@RolesAllowed(Role.ADMIN_NAME)
class IndexAdminView extends VerticalLayout {

    static final int POLL_MILLIS = 500;

    private final IndexAdmin indexAdmin;
    private final Grid<IndexAdmin.Count> grid = new Grid<>();
    private final Button rebuildAll = new Button("Rebuild all", e -> confirm(null));
    private final ProgressBar progressBar = new ProgressBar();
    private final Span progressText = new Span();
    private final Button cancel = new Button("Cancel", e -> cancel());
    private final Paragraph summary = new Paragraph();
    private final Span latency = new Span();
    private @Nullable Registration poll;

    IndexAdminView(IndexAdmin indexAdmin) {
        this.indexAdmin = indexAdmin;
        grid.addColumn(c -> c.entity().label()).setHeader("Entity").setAutoWidth(true);
        grid.addColumn(c -> Formats.count(c.inDatabase())).setHeader("In database").setKey("database")
                .setAutoWidth(true);
        grid.addColumn(c -> Formats.count(c.inIndex())).setHeader("In index").setKey("index").setAutoWidth(true);
        grid.addComponentColumn(IndexAdminView::difference).setHeader("Difference").setKey("difference")
                .setAutoWidth(true);
        grid.addComponentColumn(c -> {
            var rebuild = new Button("Rebuild", e -> confirm(c.entity()));
            rebuild.addThemeVariants(ButtonVariant.LUMO_SMALL);
            rebuild.addClassName("cd-index-rebuild");
            rebuild.setEnabled(rebuildAll.isEnabled());
            return rebuild;
        }).setKey("action").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);

        rebuildAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var refresh = new Button("Refresh counts", e -> refreshCounts());
        progressBar.setMin(0);
        progressText.addClassName("cd-index-progress");
        cancel.addClassName("cd-index-cancel");
        summary.addClassName("cd-index-summary");
        latency.addClassName("cd-index-latency");
        var measure = new Button("Measure", e -> measure());

        add(new H2("Search index"),
                new Paragraph("Documents in the search index against rows in the database. A rebuild empties the "
                        + "index of the chosen entities and indexes every row again; until it ends, searches miss "
                        + "items."),
                grid, new HorizontalLayout(rebuildAll, refresh), progressBar, progressText, cancel, summary,
                new H3("Commit to searchable"),
                new Paragraph("How long a committed change takes to show in search. Measuring rewrites the index "
                        + "document of one Moment from its unchanged row; no content changes."),
                new HorizontalLayout(latency, measure));
        setMaxWidth("60rem");
        refreshCounts();
        showLatency();
        showRun();
    }

    private static Span difference(IndexAdmin.Count c) {
        long d = c.difference();
        var span = new Span(d == 0 ? "0" : (d > 0 ? Formats.count(d) + " missing" : Formats.count(-d) + " stale"));
        span.addClassName("cd-index-difference");
        if (d != 0) {
            span.addClassName("cd-index-difference--off");
            span.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        }
        return span;
    }

    private void refreshCounts() {
        grid.setItems(indexAdmin.counts());
    }

    private void confirm(IndexAdmin.@Nullable Entity entity) {
        String what = entity == null ? "all entities" : entity.label();
        var dialog = new ConfirmDialog();
        dialog.setHeader("Rebuild the index of " + what + "?");
        dialog.setText("The index of " + what + " is emptied and built again from the database. Searches miss "
                + "items until it ends; you can cancel, which leaves the index incomplete.");
        dialog.setCancelable(true);
        dialog.setConfirmText("Rebuild");
        dialog.addConfirmListener(e -> start(entity));
        dialog.open();
    }

    private void start(IndexAdmin.@Nullable Entity entity) {
        try {
            indexAdmin.start(entity);
        } catch (IndexAdmin.AlreadyRunningException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
        showRun();
    }

    private void cancel() {
        if (indexAdmin.cancel()) {
            cancel.setEnabled(false);
            cancel.setText("Stopping…");
        }
        showRun();
    }

    /** Shows the running or last rebuild; polls while one runs. */
    void showRun() {
        IndexAdminRun.Progress p = indexAdmin.current().map(IndexAdminRun::progress).orElse(null);
        boolean running = p != null && !p.finished();
        if (running == rebuildAll.isEnabled()) {
            rebuildAll.setEnabled(!running);
            grid.getDataProvider().refreshAll(); // the per-entity buttons follow "Rebuild all"
        }
        progressBar.setVisible(running);
        progressText.setVisible(running);
        cancel.setVisible(running);
        if (running) {
            progressBar.setMax(Math.max(1, p.total()));
            progressBar.setValue(Math.min(p.done(), Math.max(1, p.total())));
            progressText.setText("Rebuilding " + p.what() + ": " + Formats.count(p.done()) + " of "
                    + Formats.count(p.total()) + " documents, " + Formats.count(Math.round(p.perSecond())) + "/s, "
                    + String.format(Locale.US, "%.1f s", p.elapsed().toMillis() / 1000.0)
                    + (p.stopping() ? ", stopping…" : ""));
            if (!p.stopping()) {
                cancel.setEnabled(true);
                cancel.setText("Cancel");
            }
            summary.setVisible(false);
            startPolling();
        } else {
            stopPolling();
            summary.setVisible(p != null);
            if (p != null) {
                summary.setText((p.what().substring(0, 1).toUpperCase(Locale.ROOT) + p.what().substring(1)) + ": "
                        + IndexAdmin.summary(p) + " (started by " + p.startedBy() + " at "
                        + Formats.dateTime(p.startedAt()) + ")");
            }
            refreshCounts();
        }
    }

    private void measure() {
        try {
            indexAdmin.measureCommitToSearchable();
        } catch (IllegalStateException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
        showLatency();
    }

    private void showLatency() {
        latency.setText(indexAdmin.lastLatency()
                .map(l -> "Last measured: " + Formats.count(l.millis()) + " ms (Moment #" + l.momentId() + ", "
                        + Formats.dateTime(l.measuredAt()) + ")")
                .orElse("Not measured since start-up."));
    }

    private void startPolling() {
        if (poll == null) {
            getUI().or(() -> java.util.Optional.ofNullable(UI.getCurrent())).ifPresent(ui -> {
                ui.setPollInterval(POLL_MILLIS);
                poll = ui.addPollListener(e -> showRun());
            });
        }
    }

    private void stopPolling() {
        if (poll != null) {
            poll.remove();
            poll = null;
            getUI().or(() -> java.util.Optional.ofNullable(UI.getCurrent())).ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        showRun();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopPolling();
    }
}
