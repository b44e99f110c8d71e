package com.clipdesk.curation.ui;

import com.clipdesk.curation.BoardView.SlotView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** When a slot is shown: start and end in UTC, either left empty for open-ended. */
final class ScheduleDialog extends Dialog {

    interface Save {
        void schedule(@Nullable Instant startsAt, @Nullable Instant endsAt);
    }

    ScheduleDialog(SlotView slot, Save save) {
        setHeaderTitle("Schedule Moment " + slot.momentId());
        DateTimePicker start = picker("Shown from (UTC)", slot.startsAt());
        DateTimePicker end = picker("Shown until (UTC)", slot.endsAt());
        start.setId("schedule-from");
        end.setId("schedule-until");
        Paragraph hint = new Paragraph("Times are UTC. Leave a field empty: shown from publication, or until removed.");
        hint.addClassName("cd-muted");
        add(hint, new HorizontalLayout(start, end));
        Button ok = new Button("Save schedule", e -> {
            Instant from = start.getValue() == null ? null : start.getValue().toInstant(ZoneOffset.UTC);
            Instant until = end.getValue() == null ? null : end.getValue().toInstant(ZoneOffset.UTC);
            if (from != null && until != null && !until.isAfter(from)) {
                end.setErrorMessage("Choose an end after the start");
                end.setInvalid(true);
                return;
            }
            save.schedule(from, until);
            close();
        });
        ok.setId("schedule-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), ok);
    }

    private static DateTimePicker picker(String label, @Nullable Instant value) {
        DateTimePicker picker = new DateTimePicker(label);
        picker.setLocale(Locale.UK);
        picker.setStep(java.time.Duration.ofMinutes(15));
        if (value != null) {
            picker.setValue(LocalDateTime.ofInstant(value, ZoneOffset.UTC));
        }
        return picker;
    }
}
