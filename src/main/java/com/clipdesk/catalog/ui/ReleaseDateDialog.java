package com.clipdesk.catalog.ui;

import com.clipdesk.catalog.CatalogService;
import com.clipdesk.catalog.EpisodeReleases;
import com.clipdesk.catalog.InvalidReleaseDateException;
import com.clipdesk.catalog.MarketTime;
import com.clipdesk.catalog.MarketView;
import com.clipdesk.catalog.ReleaseDate;
import com.clipdesk.shared.ConcurrentEditException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;

/**
 * Sets, moves or removes one episode's release in one market. The admin enters the market's wall-clock
 * time; the dialog names the zone and shows the UTC equivalent as they type.
 */
class ReleaseDateDialog extends Dialog {

    private final CatalogService catalog;
    private final EpisodeReleases episode;
    private final MarketView market;
    private final ZoneId zone;
    private final @Nullable ReleaseDate current;
    private final Runnable saved;
    private final DatePicker date = new DatePicker("Date");
    private final TimePicker time = new TimePicker();
    private final Paragraph utc = new Paragraph();
    private final TextField reason = new TextField("Why remove it?");
    private final Button confirmRemove = new Button("Remove the date", e -> remove());

    ReleaseDateDialog(CatalogService catalog, EpisodeReleases episode, MarketView market,
            @Nullable LocalDateTime proposal, Runnable saved) {
        this.catalog = catalog;
        this.episode = episode;
        this.market = market;
        this.zone = ZoneId.of(market.timeZone());
        this.current = episode.in(market.code());
        this.saved = saved;
        setHeaderTitle("Release in " + market.label());
        addClassName("cd-release-dialog");
        setWidth("30rem");
        setMaxWidth("100%");

        var what = new Paragraph(episode.label());
        what.addClassName("cd-release-dialog__episode");
        var now = new Paragraph(current == null
                ? "No date in " + market.code() + " yet: the episode's Moments are embargoed there."
                : "Now: " + MarketTime.dateTime(current.releasedAt(), zone) + " (" + MarketTime.utc(current.releasedAt())
                        + ")");
        now.addClassName("cd-muted");

        date.setRequiredIndicatorVisible(true);
        date.setLocale(java.util.Locale.UK);
        time.setLabel("Time (" + zone.getId() + ")");
        time.setRequiredIndicatorVisible(true);
        time.setStep(Duration.ofMinutes(15));
        time.setLocale(java.util.Locale.UK);
        LocalDateTime start = current != null ? current.local() : proposal;
        date.setValue(start == null ? null : start.toLocalDate());
        time.setValue(start == null ? LocalTime.of(20, 0) : start.toLocalTime());
        if (current == null && proposal != null) {
            date.setHelperText("Proposed: a week after the previous episode");
        }
        date.addValueChangeListener(e -> showUtc());
        time.addValueChangeListener(e -> showUtc());
        utc.addClassName("cd-release-dialog__utc");
        showUtc();
        var form = new FormLayout(date, time);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24rem", 2));

        reason.setMaxLength(CatalogService.REASON_MAX);
        reason.setWidthFull();
        reason.setHelperText("Without a date the episode's Moments are embargoed in " + market.code() + " again");
        confirmRemove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        var removal = new VerticalLayout(reason, confirmRemove);
        removal.setPadding(false);
        removal.setVisible(false);
        removal.addClassName("cd-release-dialog__removal");
        add(what, now, form, utc, removal);

        var save = new Button(current == null ? "Set date" : "Move date", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, save);
        if (current != null) {
            var startRemoval = new Button("Remove…", e -> {
                removal.setVisible(true);
                reason.focus();
            });
            startRemoval.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            startRemoval.getStyle().set("margin-inline-end", "auto");
            getFooter().addComponentAsFirst(startRemoval);
        }
    }

    private void showUtc() {
        if (date.getValue() == null || time.getValue() == null) {
            utc.setText("Enter a date and a time in " + zone.getId() + ".");
            return;
        }
        LocalDateTime local = LocalDateTime.of(date.getValue(), time.getValue());
        if (zone.getRules().getValidOffsets(local).isEmpty()) {
            utc.setText("The clocks in " + zone.getId() + " skip this time on that day.");
            return;
        }
        var at = ZonedDateTime.of(local, zone).toInstant();
        utc.setText(time.getValue() + " " + zone.getId() + " is " + MarketTime.utc(at) + ".");
    }

    private void save() {
        clearErrors();
        LocalDateTime local = date.getValue() == null || time.getValue() == null ? null
                : LocalDateTime.of(date.getValue(), time.getValue());
        try {
            ReleaseDate result = catalog.setReleaseDate(episode.episodeId(), market.code(), local,
                    current == null ? null : current.version());
            done((current == null ? "Set " : "Moved ") + episode.label().replaceAll(" · .*", "") + " in "
                    + market.code() + " to " + MarketTime.dateTime(result.releasedAt(), zone));
        } catch (InvalidReleaseDateException e) {
            invalid(e);
        } catch (ConcurrentEditException e) {
            conflict(e);
        }
    }

    private void remove() {
        if (current == null) {
            return;
        }
        clearErrors();
        try {
            catalog.removeReleaseDate(episode.episodeId(), market.code(), current.version(), reason.getValue());
            done("Removed the release date of " + episode.label().replaceAll(" · .*", "") + " in " + market.code());
        } catch (InvalidReleaseDateException e) {
            invalid(e);
        } catch (ConcurrentEditException e) {
            conflict(e);
        }
    }

    private void done(String message) {
        close();
        saved.run();
        Notification.show(message, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void conflict(ConcurrentEditException e) {
        close();
        saved.run();
        Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_WARNING);
    }

    private void invalid(InvalidReleaseDateException e) {
        HasValidation field = switch (e.field()) {
            case "time" -> time;
            case "reason" -> reason;
            default -> date;
        };
        field.setErrorMessage(e.getMessage());
        field.setInvalid(true);
    }

    private void clearErrors() {
        date.setInvalid(false);
        time.setInvalid(false);
        reason.setInvalid(false);
    }
}
