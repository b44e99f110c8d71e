package com.clipdesk.policy.ui;

import com.clipdesk.catalog.CatalogService;
import com.clipdesk.catalog.EpisodeReleases;
import com.clipdesk.catalog.TitleSummary;
import com.clipdesk.policy.ClipBlackout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** A title, or one season of it, not clippable between two times (UTC), and why (the licence). */
class BlackoutDialog extends Dialog {

    /** A season to pick: its id (what a blackout stores) and number (what people know). */
    record SeasonChoice(long id, int number) {}

    private static final SeasonChoice WHOLE_TITLE = new SeasonChoice(0, 0);

    final ComboBox<TitleSummary> title = new ComboBox<>("Title");
    final Select<SeasonChoice> season = new Select<>();
    final DateTimePicker from = new DateTimePicker("From (UTC)");
    final DateTimePicker until = new DateTimePicker("Until (UTC)");
    final TextField why = new TextField("Reason");

    BlackoutDialog(CatalogService catalog, Consumer<ClipBlackout> added) {
        setHeaderTitle("Not clippable: add a blackout");
        setWidth("34rem");
        setMaxWidth("94vw");
        title.setItems(q -> catalog.titles(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream(),
                q -> catalog.countTitles(q.getFilter().orElse("")));
        title.setItemLabelGenerator(TitleSummary::label);
        title.setRequiredIndicatorVisible(true);
        title.setPlaceholder("Type a title's name");
        season.setLabel("Season");
        season.setItemLabelGenerator(s -> s == WHOLE_TITLE ? "Whole title" : "Season " + s.number());
        season.setItems(WHOLE_TITLE);
        season.setValue(WHOLE_TITLE);
        title.addValueChangeListener(e -> {
            List<SeasonChoice> choices = new ArrayList<>(List.of(WHOLE_TITLE));
            if (e.getValue() != null) {
                Map<Integer, Long> firstEpisode = new LinkedHashMap<>();
                for (EpisodeReleases ep : catalog.releasesOfTitle(e.getValue().id()).episodes()) {
                    firstEpisode.putIfAbsent(ep.season(), ep.episodeId());
                }
                firstEpisode.forEach((number, episode) -> catalog.titleAndSeasonOf(episode)
                        .ifPresent(ts -> choices.add(new SeasonChoice(ts[1], number))));
            }
            season.setItems(choices);
            season.setValue(WHOLE_TITLE);
        });
        from.setHelperText("Empty: since ever");
        until.setHelperText("Empty: until further notice");
        why.setRequiredIndicatorVisible(true);
        why.setMaxLength(500);
        why.setPlaceholder("e.g. Broadcaster exclusivity until 2027");
        var form = new FormLayout(title, season, from, until, why);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 2));
        form.setColspan(title, 2);
        form.setColspan(why, 2);
        add(form);
        var add = new Button("Add", e -> {
            if (title.getValue() == null) {
                title.setErrorMessage("Choose the title");
                title.setInvalid(true);
                return;
            }
            if (why.getValue().isBlank()) {
                why.setErrorMessage("Say why, e.g. the licence that excludes clips");
                why.setInvalid(true);
                return;
            }
            try {
                added.accept(new ClipBlackout(title.getValue().id(), season.getValue() == null
                        || season.getValue() == WHOLE_TITLE ? null : season.getValue().id(),
                        from.getValue() == null ? null : from.getValue().toInstant(ZoneOffset.UTC),
                        until.getValue() == null ? null : until.getValue().toInstant(ZoneOffset.UTC), why.getValue().strip()));
                close();
            } catch (IllegalArgumentException ex) {
                until.setErrorMessage(ex.getMessage());
                until.setInvalid(true);
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), add);
    }
}
