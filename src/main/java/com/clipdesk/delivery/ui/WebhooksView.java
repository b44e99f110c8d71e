package com.clipdesk.delivery.ui;

import com.clipdesk.catalog.CatalogService;
import com.clipdesk.delivery.CreatedWebhook;
import com.clipdesk.delivery.DeliveryAttempt;
import com.clipdesk.delivery.InvalidWebhookException;
import com.clipdesk.delivery.RelayStatus;
import com.clipdesk.delivery.WebhookRow;
import com.clipdesk.delivery.WebhookState;
import com.clipdesk.delivery.Webhooks;
import com.clipdesk.shared.ConcurrentEditException;
import com.clipdesk.shared.NotFoundException;
import com.clipdesk.shell.Formats;
import com.clipdesk.shell.ListHeader;
import com.clipdesk.shell.MainLayout;
import com.clipdesk.staff.Role;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;

/**
 * Admins manage the webhooks that receive the decision feed and watch their delivery (state, lag,
 * errors, the delivery log of one) and the RabbitMQ relay. {@code webhooks/{id}} opens one.
 */
@Route(value = "webhooks", layout = MainLayout.class)
@PageTitle("Webhooks · Clipdesk")
@Menu(order = 89, title = "Webhooks", icon = "vaadin:connect")
@RolesAllowed(Role.ADMIN_NAME)
@StyleSheet("styles/webhooks.css")
class WebhooksView extends VerticalLayout implements HasUrlParameter<Long> {

    static final int POLL_MILLIS = 5000;

    private final Webhooks webhooks;
    private final CatalogService catalog;
    private final ListHeader header = new ListHeader("Webhooks", "webhook", "webhooks");
    private final Div relay = new Div();
    final Grid<WebhookRow> grid = new Grid<>();
    final Div detail = new Div();
    final Grid<DeliveryAttempt> attempts = new Grid<>();
    private @Nullable WebhookRow selected;
    private @Nullable Registration poll;

    WebhooksView(Webhooks webhooks, CatalogService catalog) {
        this.webhooks = webhooks;
        this.catalog = catalog;
        addClassName("cd-webhooks");
        var create = new Button("New webhook", VaadinIcon.PLUS.create(), e -> openCreate());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var refresh = new Button("Refresh", VaadinIcon.REFRESH.create(), e -> refresh());
        var top = new HorizontalLayout(header, create, refresh);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.setWidthFull();
        top.expand(header);

        grid.addComponentColumn(WebhooksView::nameAndUrl).setHeader("Webhook").setWidth("15rem").setFlexGrow(3);
        grid.addComponentColumn(w -> stateBadge(w.state())).setHeader("State").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(w -> Formats.count(w.lag())).setHeader("Lag").setAutoWidth(true).setFlexGrow(0)
                .setTooltipGenerator(w -> "Entries after its cursor (seq " + w.cursor() + ")");
        grid.addComponentColumn(this::deliveryTimes).setHeader("Delivery").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(w -> w.lastError() == null ? "" : w.lastError()).setHeader("Last error").setWidth("8rem")
                .setFlexGrow(2).setTooltipGenerator(w -> w.lastError() == null ? "" : w.lastError());
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(q -> webhooks.page(q.getOffset(), q.getLimit()).stream());
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.isFromClient()) {
                show(e.getValue());
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                        e.getValue() == null ? "webhooks" : "webhooks/" + e.getValue().id()));
            }
        });

        attempts.addColumn(a -> Formats.dateTime(a.attemptedAt())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        attempts.addColumn(DeliveryAttempt::seq).setHeader("Seq").setAutoWidth(true).setFlexGrow(0);
        attempts.addComponentColumn(WebhooksView::status).setHeader("Result").setAutoWidth(true).setFlexGrow(0);
        attempts.addColumn(a -> Formats.count(a.latencyMillis()) + " ms").setHeader("Latency").setAutoWidth(true)
                .setFlexGrow(0);
        attempts.addColumn(a -> a.error() == null ? "" : a.error()).setHeader("Error").setFlexGrow(1)
                .setTooltipGenerator(a -> a.error() == null ? "" : a.error());
        attempts.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        attempts.setHeight("18rem");

        relay.addClassName("cd-webhooks__relay");
        detail.addClassName("cd-webhooks__detail");
        add(top, new Paragraph("Webhooks receive every decision of the feed in order, one signed POST per entry, "
                        + "retried with backoff until the receiver answers 2xx. Receivers dedupe on the "
                        + "Clipdesk-Delivery header (the entry's seq)."),
                relay, grid, detail);
        setMaxWidth("80rem");
        refresh();
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable Long id) {
        if (id == null) {
            show(null);
            return;
        }
        try {
            show(webhooks.get(id));
        } catch (NotFoundException e) {
            show(null);
            Notification.show("No webhook " + id + "; it may have been deleted.", 4000, Notification.Position.MIDDLE);
        }
    }

    private void refresh() {
        long count = webhooks.count();
        header.setCount(count);
        // a handful of rows: no empty grid area; many: a scrolling grid
        grid.setAllRowsVisible(count <= 10);
        if (count > 10) {
            grid.setHeight("24rem");
        }
        grid.getDataProvider().refreshAll();
        showRelay(webhooks.relay());
        if (selected != null) {
            try {
                show(webhooks.get(selected.id()));
            } catch (NotFoundException e) {
                show(null);
            }
        }
    }

    private void showRelay(RelayStatus r) {
        relay.removeAll();
        var title = new Span("RabbitMQ relay");
        title.addClassName("cd-webhooks__relay-title");
        relay.add(title, badge(r.enabled() ? "On" : "Off", r.enabled() ? (r.lastError() == null ? "ok" : "failing") : "off"));
        if (!r.enabled()) {
            relay.add(fact("Set CLIPDESK_FEED_RABBIT_ENABLED=true to publish the feed to the exchange " + r.exchange() + "."));
            return;
        }
        relay.add(fact("Exchange " + r.exchange()), fact("Cursor seq " + r.cursor()),
                fact("Lag " + Formats.count(r.lag())),
                fact("Last published " + (r.lastPublishedAt() == null ? "never" : Formats.shortDateTime(r.lastPublishedAt()))));
        if (r.lastError() != null) {
            var error = fact(r.failures() + " failed in a row, next try " + Formats.shortDateTime(r.nextAttemptAt())
                    + ": " + r.lastError());
            error.addClassName("cd-webhooks__error");
            relay.add(error);
        }
    }

    /** Shows one webhook's facts, actions and delivery log below the grid. */
    private void show(@Nullable WebhookRow w) {
        selected = w;
        detail.removeAll();
        detail.setVisible(w != null);
        if (w == null) {
            grid.asSingleSelect().clear();
            return;
        }
        var title = new H3(w.name());
        var heading = new HorizontalLayout(title, stateBadge(w.state()));
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        var facts = new Div(fact("URL " + w.url()),
                fact("Types " + (w.entryTypes().isEmpty() ? "all" : String.join(", ", w.entryTypes()))),
                fact("Markets " + (w.marketCodes().isEmpty() ? "all" : String.join(", ", w.marketCodes()))),
                fact("Cursor seq " + w.cursor() + " · lag " + Formats.count(w.lag())),
                fact("Failures in a row " + w.failures()), fact("Next attempt " + nextAttempt(w)),
                fact("Created " + Formats.shortDateTime(w.createdAt()) + " by " + w.createdBy()));
        facts.addClassName("cd-webhooks__facts");
        detail.add(heading, facts);
        if (w.lastError() != null) {
            boolean saysStatus = w.lastStatus() == null || w.lastError().equals("HTTP " + w.lastStatus());
            var error = new Paragraph("Last error" + (saysStatus ? "" : " (HTTP " + w.lastStatus() + ")") + ": "
                    + w.lastError());
            error.addClassName("cd-webhooks__error");
            detail.add(error);
        }
        var pauseOrResume = w.state() == WebhookState.PAUSED
                ? new Button("Resume", VaadinIcon.PLAY.create(), e -> act(webhooks::resume, "Resumed"))
                : new Button("Pause", VaadinIcon.PAUSE.create(), e -> act(webhooks::pause, "Paused"));
        var retry = new Button("Retry now", VaadinIcon.ROTATE_RIGHT.create(), e -> act(webhooks::retryNow,
                "The next attempt is due now"));
        retry.setEnabled(w.state() != WebhookState.PAUSED && w.failures() > 0);
        var replay = new Button("Replay from seq…", VaadinIcon.BACKWARDS.create(), e -> openReplay(w));
        var rotate = new Button("Rotate secret", VaadinIcon.KEY.create(), e -> confirmRotate(w));
        var delete = new Button("Delete", VaadinIcon.TRASH.create(), e -> confirmDelete(w));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var actions = new HorizontalLayout(pauseOrResume, retry, replay, rotate, delete);
        actions.addClassName("cd-webhooks__actions");
        actions.setWrap(true);
        var logTitle = new H3("Delivery log");
        logTitle.addClassName("cd-webhooks__log-title");
        var log = webhooks.log(w.id());
        attempts.setItems(log);
        attempts.setEmptyStateText(emptyLog(w));
        // an empty log is one line of text, not an 18rem box
        attempts.setHeight(log.isEmpty() ? "6rem" : "18rem");
        detail.add(actions, logTitle, new Span("The last 100 attempts, newest first."), attempts);
    }

    /** What an empty delivery log means for this webhook, and what happens next. */
    static String emptyLog(WebhookRow w) {
        String waiting = w.lag() == 0 ? "no entries are waiting" : Formats.count(w.lag()) + " "
                + (w.lag() == 1 ? "entry is" : "entries are") + " waiting";
        if (w.state() == WebhookState.PAUSED) {
            return "No delivery attempts yet: the webhook is paused and " + waiting + ". Resume it to deliver them.";
        }
        return "No delivery attempts yet: " + waiting + ". Each new decision in its entry types and markets is "
                + "delivered within seconds.";
    }

    private void act(LongFunction<WebhookRow> action, String done) {
        if (selected == null) {
            return;
        }
        try {
            WebhookRow changed = action.apply(selected.id());
            Notification.show(done + ": " + changed.name(), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidWebhookException | ConcurrentEditException | NotFoundException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
        refresh();
    }

    private void openCreate() {
        new WebhookDialog(webhooks, catalog.markets(), webhooks.head(), created -> {
            refresh();
            show(created.webhook());
            grid.select(created.webhook());
            new SecretDialog("Webhook created", created.webhook().name(), created.secret()).open();
        }).open();
    }

    private void openReplay(WebhookRow w) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Replay “" + w.name() + "”");
        long head = webhooks.head();
        var seq = new IntegerField("From seq");
        seq.setMin(1);
        seq.setValue((int) Math.max(1, Math.min(w.cursor(), Integer.MAX_VALUE)));
        seq.setHelperText("Entries from this seq on are delivered again, in order (newest: " + head + ")");
        seq.setWidthFull();
        var go = new Button("Replay", e -> {
            if (seq.getValue() == null) {
                seq.setErrorMessage("Enter a seq.");
                seq.setInvalid(true);
                return;
            }
            try {
                webhooks.replayFrom(w.id(), seq.getValue());
                dialog.close();
                Notification.show("Replaying from seq " + seq.getValue(), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            } catch (InvalidWebhookException ex) {
                seq.setErrorMessage(ex.getMessage());
                seq.setInvalid(true);
            } catch (ConcurrentEditException ex) {
                seq.setErrorMessage(ex.getMessage() + " Try again.");
                seq.setInvalid(true);
            }
        });
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(seq);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), go);
        dialog.setWidth("26rem");
        dialog.open();
    }

    private void confirmRotate(WebhookRow w) {
        var confirm = new ConfirmDialog("Rotate the secret of “" + w.name() + "”?",
                "Deliveries are signed with the new secret from the next attempt on; the receiver rejects them "
                        + "until its owner stores the new one.", "Rotate", e -> {
                    try {
                        String secret = webhooks.rotateSecret(w.id());
                        new SecretDialog("New secret", w.name(), secret).open();
                    } catch (ConcurrentEditException | NotFoundException ex) {
                        Notification.show(ex.getMessage(), 6000, Notification.Position.MIDDLE)
                                .addThemeVariants(NotificationVariant.LUMO_WARNING);
                    }
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.open();
    }

    private void confirmDelete(WebhookRow w) {
        var confirm = new ConfirmDialog("Delete “" + w.name() + "”?",
                "Nothing more is delivered to " + w.url() + " and its delivery log is removed. The audit trail "
                        + "keeps the deletion.", "Delete", e -> {
                    try {
                        webhooks.delete(w.id());
                        Notification.show("Deleted " + w.name(), 3000, Notification.Position.BOTTOM_START);
                    } catch (ConcurrentEditException | NotFoundException ex) {
                        Notification.show(ex.getMessage(), 6000, Notification.Position.MIDDLE)
                                .addThemeVariants(NotificationVariant.LUMO_WARNING);
                    }
                    show(null);
                    refresh();
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.open();
    }

    private String nextAttempt(WebhookRow w) {
        if (w.state() == WebhookState.PAUSED) {
            return "paused";
        }
        if (w.lag() == 0) {
            return "up to date";
        }
        return w.failures() == 0 ? "now" : Formats.shortDateTime(w.nextAttemptAt());
    }

    private Component deliveryTimes(WebhookRow w) {
        var last = new Span("Last " + (w.lastDeliveredAt() == null ? "never" : Formats.shortDateTime(w.lastDeliveredAt())));
        last.addClassName("cd-webhooks__when");
        var next = new Span("Next " + nextAttempt(w));
        next.addClassName("cd-webhooks__url");
        return new Div(last, next);
    }

    private static Component nameAndUrl(WebhookRow w) {
        var name = new Span(w.name());
        name.addClassName("cd-webhooks__name");
        var url = new Span(w.url());
        url.addClassName("cd-webhooks__url");
        return new Div(name, url);
    }

    private static Span stateBadge(WebhookState state) {
        return badge(state.name().charAt(0) + state.name().substring(1).toLowerCase(Locale.ROOT),
                switch (state) {
                    case ACTIVE -> "ok";
                    case PAUSED -> "off";
                    case FAILING -> "failing";
                });
    }

    private static Span status(DeliveryAttempt a) {
        return badge(a.statusCode() == null ? "no answer" : "HTTP " + a.statusCode(), a.succeeded() ? "ok" : "failing");
    }

    private static Span badge(String text, String kind) {
        var badge = new Span(text);
        badge.addClassNames("cd-badge", "cd-webhooks__badge--" + kind);
        return badge;
    }

    private static Span fact(String text) {
        var span = new Span(text);
        span.addClassName("cd-webhooks__fact");
        return span;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(POLL_MILLIS);
        poll = event.getUI().addPollListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (poll != null) {
            poll.remove();
            poll = null;
        }
        event.getUI().setPollInterval(-1);
    }
}
