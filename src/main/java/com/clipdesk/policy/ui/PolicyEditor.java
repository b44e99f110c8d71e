package com.clipdesk.policy.ui;

import com.clipdesk.catalog.CatalogService;
import com.clipdesk.catalog.TitleKind;
import com.clipdesk.content.ShareDestination;
import com.clipdesk.policy.ClipBlackout;
import com.clipdesk.policy.InvalidPolicyException;
import com.clipdesk.policy.PolicyDiff;
import com.clipdesk.policy.PolicyRules;
import com.clipdesk.policy.PolicyService;
import com.clipdesk.policy.PolicyVersionView;
import com.clipdesk.policy.PreModeration;
import com.clipdesk.policy.SpoilerRule;
import com.clipdesk.shared.ConcurrentEditException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;

/**
 * A draft's rules, one section per rule. In a market's version each rule either inherits the default's
 * (shown beside it) or overrides it; clip lengths and ages override per title kind and rating (a blank
 * field keeps the default's). The default policy sets every rule. The service checks the rules as a whole;
 * its complaints land on the field they name.
 */
class PolicyEditor extends Div {

    private static final String INHERIT = "Inherit from default";
    private static final String OVERRIDE = "Override";

    private final PolicyService policies;
    private final CatalogService catalog;
    private final LongFunction<String> titles;
    private final PolicyVersionView version;
    private final boolean isDefault;
    private final PolicyRules defaults;
    private final Consumer<PolicyVersionView> saved;
    private final Consumer<String> conflict;

    final Paragraph error = new Paragraph();
    final Map<String, RadioButtonGroup<String>> modes = new LinkedHashMap<>();
    private final Map<String, Span> sectionErrors = new HashMap<>();
    final CheckboxGroup<ShareDestination> destinations = new CheckboxGroup<>();
    final Map<TitleKind, IntegerField> lengths = new EnumMap<>(TitleKind.class);
    final List<ClipBlackout> blackouts = new ArrayList<>();
    private final Div blackoutList = new Div();
    final Map<String, IntegerField> ages = new LinkedHashMap<>();
    final RadioButtonGroup<PreModeration.Mode> preModeration = new RadioButtonGroup<>();
    final CheckboxGroup<String> preModerationRatings = new CheckboxGroup<>("Ratings held for review");
    final Checkbox spoilerOn = new Checkbox("A spoiler window applies after each release");
    final Map<TitleKind, IntegerField> spoilerDays = new EnumMap<>(TitleKind.class);
    final TextArea note = new TextArea("Note");
    final Button save = new Button("Save draft", e -> save());
    final Button submit = new Button("Submit for review", VaadinIcon.PAPERPLANE_O.create(), e -> submit());

    PolicyEditor(PolicyService policies, CatalogService catalog, LongFunction<String> titles, PolicyVersionView version,
            PolicyRules defaults, Consumer<PolicyVersionView> saved, Consumer<String> conflict) {
        this.policies = policies;
        this.catalog = catalog;
        this.titles = titles;
        this.version = version;
        this.isDefault = PolicyPages.DEFAULT.equals(version.market());
        this.defaults = defaults;
        this.saved = saved;
        this.conflict = conflict;
        addClassName("cd-policy-editor");
        error.addClassName("cd-form-error");
        error.setVisible(false);
        PolicyRules r = version.rules();

        destinations.setId("policy-destinations");
        destinations.setLabel("Members may share to");
        destinations.setItems(ShareDestination.values());
        destinations.setItemLabelGenerator(ShareDestination::label);
        destinations.setValue(r.destinations() == null ? defaults.destinations() : r.destinations());
        var lengthFields = new Div();
        lengthFields.addClassName("cd-policy-fields");
        for (TitleKind kind : TitleKind.values()) {
            var field = new IntegerField(kind.label());
            field.setSuffixComponent(new Span("s"));
            field.setMin(1);
            field.setMax(600);
            field.setWidth("8rem");
            Integer own = r.maxClipSeconds() == null ? null : r.maxClipSeconds().get(kind);
            field.setValue(own);
            if (!isDefault) {
                field.setPlaceholder(String.valueOf(defaults.maxClipSeconds().get(kind)));
                field.setHelperText("default " + defaults.maxClipSeconds().get(kind) + " s");
            }
            lengths.put(kind, field);
            lengthFields.add(field);
        }
        var ageFields = new Div();
        ageFields.addClassName("cd-policy-fields");
        for (String rating : PolicyDiff.RATINGS) {
            var field = new IntegerField("Rated " + rating);
            field.setMin(0);
            field.setMax(21);
            field.setWidth("7rem");
            field.setValue(r.minimumAge() == null ? null : r.minimumAge().get(rating));
            if (!isDefault) {
                field.setPlaceholder(String.valueOf(defaults.minimumAge().get(rating)));
                field.setHelperText("default " + defaults.minimumAge().get(rating));
            }
            ages.put(rating, field);
            ageFields.add(field);
        }
        PreModeration pm = r.preModeration() == null ? defaults.preModeration() : r.preModeration();
        preModeration.setLabel("Held for review before members see them");
        preModeration.setItems(PreModeration.Mode.values());
        preModeration.setItemLabelGenerator(m -> switch (m) {
            case NONE -> "None";
            case ALL -> "All submissions";
            case RATINGS -> "Titles with these ratings";
        });
        preModeration.setValue(pm.mode());
        preModerationRatings.setItems(PolicyDiff.RATINGS);
        preModerationRatings.setValue(pm.ratings());
        preModerationRatings.setVisible(pm.mode() == PreModeration.Mode.RATINGS);
        preModeration.addValueChangeListener(e -> preModerationRatings.setVisible(e.getValue() == PreModeration.Mode.RATINGS));
        SpoilerRule spoiler = r.spoiler() == null ? defaults.spoiler() : r.spoiler();
        spoilerOn.setValue(spoiler.enabled());
        var spoilerFields = new Div();
        spoilerFields.addClassName("cd-policy-fields");
        for (TitleKind kind : TitleKind.values()) {
            var field = new IntegerField(kind.label());
            field.setSuffixComponent(new Span("days"));
            field.setMin(0);
            field.setMax(SpoilerRule.MAX_DAYS);
            field.setWidth("8rem");
            field.setValue(isDefault || r.spoiler() != null ? spoiler.days().get(kind) : null);
            if (!isDefault) {
                field.setPlaceholder(String.valueOf(defaults.spoiler().days().get(kind)));
                field.setHelperText("default " + defaults.spoiler().days().get(kind) + " d");
            }
            field.setEnabled(spoiler.enabled());
            spoilerDays.put(kind, field);
            spoilerFields.add(field);
        }
        spoilerOn.addValueChangeListener(e -> spoilerDays.values().forEach(f -> f.setEnabled(e.getValue())));
        if (r.blackouts() != null) {
            blackouts.addAll(r.blackouts());
        }
        var addBlackout = new Button("Add blackout…", VaadinIcon.PLUS.create(),
                e -> new BlackoutDialog(catalog, b -> {
                    blackouts.add(b);
                    renderBlackouts();
                }).open());
        addBlackout.addThemeVariants(ButtonVariant.LUMO_SMALL);
        blackoutList.addClassName("cd-blackouts");
        renderBlackouts();

        note.setId("policy-note");
        note.setValue(version.note());
        note.setRequiredIndicatorVisible(true);
        note.setMaxLength(2000);
        note.setWidthFull();
        note.setHelperText("What changes and why; reviewers and the audit trail read it");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("policy-save");
        submit.setId("policy-submit");

        var heading = new H3("Edit draft " + version.label());
        var lead = new Paragraph(isDefault ? "The default policy sets every rule; markets inherit them."
                : "Each rule inherits the default policy or overrides it in " + version.market() + ".");
        lead.addClassName("cd-muted");
        add(heading, lead, error,
                section("destinations", "Share destinations", PolicyDiff.destinations(defaults.destinations()),
                        r.destinations() != null, destinations),
                section("maxClipSeconds", "Maximum clip length (seconds, per title kind)", RuleTexts.lengths(
                        defaults.maxClipSeconds()), r.maxClipSeconds() != null && !r.maxClipSeconds().isEmpty(),
                        lengthFields),
                blackoutSection(addBlackout),
                section("minimumAge", "Age gating: youngest member age per maturity rating", RuleTexts.ages(
                        defaults.minimumAge()), r.minimumAge() != null && !r.minimumAge().isEmpty(), ageFields),
                section("preModeration", "Pre-moderation of fandom submissions", PolicyDiff.preModeration(
                        defaults.preModeration()), r.preModeration() != null,
                        new Div(preModeration, preModerationRatings)),
                section("spoiler", "Spoiler window: days flagged items stay hidden after each release",
                        PolicyDiff.spoiler(defaults.spoiler()), r.spoiler() != null, new Div(spoilerOn, spoilerFields)),
                note);
        var buttons = new HorizontalLayout(save, submit);
        buttons.setWrap(true);
        add(buttons);
    }

    private Component section(String key, String title, @Nullable String defaultValue, boolean overridden,
            Component content) {
        var box = new Div(new H4(title));
        box.addClassName("cd-rule-edit");
        var err = new Span();
        err.addClassName("cd-form-error");
        err.setVisible(false);
        sectionErrors.put(key, err);
        if (isDefault) {
            box.add(content, err);
            return box;
        }
        var mode = new RadioButtonGroup<String>();
        mode.setItems(INHERIT, OVERRIDE);
        mode.addThemeVariants(RadioGroupVariant.LUMO_HELPER_ABOVE_FIELD);
        mode.setValue(overridden ? OVERRIDE : INHERIT);
        mode.setAriaLabel(title + ": inherit or override");
        var inherited = new Span("Default: " + (defaultValue == null ? "—" : defaultValue));
        inherited.addClassNames("cd-muted", "cd-rule-edit__default");
        content.setVisible(overridden);
        inherited.setVisible(!overridden);
        mode.addValueChangeListener(e -> {
            boolean own = OVERRIDE.equals(e.getValue());
            content.setVisible(own);
            inherited.setVisible(!own);
            box.removeClassName(own ? "cd-rule-edit--inherited" : "cd-rule-edit--override");
            box.addClassName(own ? "cd-rule-edit--override" : "cd-rule-edit--inherited");
        });
        box.addClassName(overridden ? "cd-rule-edit--override" : "cd-rule-edit--inherited");
        mode.setId("policy-mode-" + key);
        modes.put(key, mode);
        box.add(mode, inherited, content, err);
        return box;
    }

    private Component blackoutSection(Button add) {
        var box = new Div(new H4("Not clippable (licensing)"));
        box.addClassName("cd-rule-edit");
        var hint = new Span(isDefault ? "Titles or seasons no market may clip, with their dates."
                : "Added to the default's blackouts" + (defaults.blackouts().isEmpty() ? " (it has none)."
                        : ": " + PolicyDiff.blackouts(defaults.blackouts(), titles) + "."));
        hint.addClassName("cd-muted");
        var err = new Span();
        err.addClassName("cd-form-error");
        err.setVisible(false);
        sectionErrors.put("blackouts", err);
        box.add(hint, blackoutList, add, err);
        return box;
    }

    private void renderBlackouts() {
        blackoutList.removeAll();
        if (blackouts.isEmpty()) {
            var none = new Span("None in this version.");
            none.addClassName("cd-muted");
            blackoutList.add(none);
        }
        for (ClipBlackout b : List.copyOf(blackouts)) {
            var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                blackouts.remove(b);
                renderBlackouts();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
            remove.setAriaLabel("Remove this blackout");
            remove.setTooltipText("Remove");
            var line = new Div(new Span(RuleTexts.blackoutLine(b, titles)), remove);
            line.addClassName("cd-blackouts__line");
            blackoutList.add(line);
        }
    }

    private boolean own(String key) {
        return isDefault || OVERRIDE.equals(modes.get(key).getValue());
    }

    /** The rules as the form holds them; null after marking what cannot even be built. */
    @Nullable PolicyRules rules() {
        Set<ShareDestination> dest = own("destinations") ? new HashSet<>(destinations.getValue()) : null;
        Map<TitleKind, Integer> len = own("maxClipSeconds") ? values(lengths) : null;
        Map<String, Integer> age = own("minimumAge") ? values(ages) : null;
        PreModeration pm = null;
        if (own("preModeration")) {
            try {
                pm = new PreModeration(preModeration.getValue() == null ? PreModeration.Mode.NONE
                        : preModeration.getValue(), preModerationRatings.getValue());
            } catch (IllegalArgumentException e) {
                sectionError("preModeration", e.getMessage() + ".");
                return null;
            }
        }
        SpoilerRule sp = null;
        if (own("spoiler")) {
            Map<TitleKind, Integer> days = values(spoilerDays);
            if (isDefault && days.size() < TitleKind.values().length) {
                sectionError("spoiler", "The default policy gives every kind of title a window (0 for none).");
                return null;
            }
            try {
                sp = new SpoilerRule(spoilerOn.getValue(), days);
            } catch (IllegalArgumentException e) {
                spoilerDays.values().stream().filter(f -> f.getValue() != null && (f.getValue() < 0
                        || f.getValue() > SpoilerRule.MAX_DAYS)).forEach(f -> invalid(f, "0 to " + SpoilerRule.MAX_DAYS));
                sectionError("spoiler", e.getMessage() + ".");
                return null;
            }
        }
        List<ClipBlackout> bl = isDefault || !blackouts.isEmpty() ? List.copyOf(blackouts) : null;
        return new PolicyRules(dest, len == null || len.isEmpty() && !isDefault ? null : len, bl,
                age == null || age.isEmpty() && !isDefault ? null : age, pm, sp);
    }

    private static <K> Map<K, Integer> values(Map<K, IntegerField> fields) {
        Map<K, Integer> values = new HashMap<>();
        fields.forEach((k, f) -> {
            if (f.getValue() != null) {
                values.put(k, f.getValue());
            }
        });
        return values;
    }

    /** Saves the form; the saved version, or null when nothing was saved (the form says why). */
    @Nullable PolicyVersionView save() {
        return store(false);
    }

    private void submit() {
        store(true);
    }

    private @Nullable PolicyVersionView store(boolean andSubmit) {
        clearErrors();
        PolicyRules rules = rules();
        if (rules == null) {
            return null;
        }
        try {
            PolicyVersionView stored = policies.edit(version.id(), version.version(), rules, note.getValue());
            if (andSubmit) {
                stored = policies.submit(stored.id(), stored.version());
                PolicyView.toast(stored.label() + " submitted: another policy admin reviews it",
                        NotificationVariant.LUMO_SUCCESS);
            } else {
                PolicyView.toast("Saved " + stored.label(), NotificationVariant.LUMO_SUCCESS);
            }
            saved.accept(stored);
            return stored;
        } catch (InvalidPolicyException e) {
            show(e);
        } catch (ConcurrentEditException e) {
            conflict.accept(e.getMessage());
        }
        return null;
    }

    private void show(InvalidPolicyException e) {
        String field = e.field() == null ? "" : e.field();
        switch (field) {
            case "note" -> invalid(note, e.getMessage());
            case "destinations" -> {
                destinations.setErrorMessage(e.getMessage());
                destinations.setInvalid(true);
            }
            case "maxClipSeconds" -> {
                lengths.values().stream().filter(f -> f.getValue() != null && (f.getValue() < 1 || f.getValue() > 600))
                        .forEach(f -> invalid(f, "1 to 600 s"));
                sectionError(field, e.getMessage());
            }
            case "minimumAge" -> {
                ages.values().stream().filter(f -> f.getValue() != null && (f.getValue() < 0 || f.getValue() > 21))
                        .forEach(f -> invalid(f, "0 to 21"));
                sectionError(field, e.getMessage());
            }
            default -> {
                error.setText(e.getMessage());
                error.setVisible(true);
            }
        }
    }

    private void sectionError(String key, String message) {
        Span err = sectionErrors.get(key);
        err.setText(message);
        err.setVisible(true);
    }

    private static void invalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void clearErrors() {
        error.setVisible(false);
        sectionErrors.values().forEach(s -> s.setVisible(false));
        note.setInvalid(false);
        destinations.setInvalid(false);
        spoilerDays.values().forEach(f -> f.setInvalid(false));
        lengths.values().forEach(f -> f.setInvalid(false));
        ages.values().forEach(f -> f.setInvalid(false));
    }
}
