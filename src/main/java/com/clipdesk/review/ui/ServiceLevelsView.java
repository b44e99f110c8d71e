package com.clipdesk.review.ui;

import com.clipdesk.review.InvalidSettingException;
import com.clipdesk.review.ServiceLevel;
import com.clipdesk.review.ServiceLevels;
import com.clipdesk.review.ServiceLevels.ServiceLevelView;
import com.clipdesk.review.ServiceLevels.SlaReason;
import com.clipdesk.shared.ConcurrentEditException;
import com.clipdesk.shell.MainLayout;
import com.clipdesk.staff.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Admins and leads set how many hours a case may wait, per reason: a default for every market and
 * overrides for markets with stricter (or looser) rules. The matrix shows each reason against the
 * default and the markets that have an override; a click on a cell opens it in the form.
 */
@Route(value = "review/service-levels", layout = MainLayout.class)
@PageTitle("Service levels · Clipdesk")
@Menu(order = 86, title = "Service levels", icon = "vaadin:timer")
@RolesAllowed({Role.ADMIN_NAME, Role.LEAD_MODERATOR_NAME})
class ServiceLevelsView extends HorizontalLayout {

    private static final String DEFAULT = ServiceLevel.ALL_MARKETS;

    private final ServiceLevels serviceLevels;
    private final Grid<SlaReason> grid = new Grid<>(SlaReason.class, false);
    private final H3 editing = new H3("Change a service level");
    private final ComboBox<SlaReason> reason = new ComboBox<>("Reason");
    private final ComboBox<String> market = new ComboBox<>("Market");
    private final IntegerField hours = new IntegerField("Hours");
    private final Button save = new Button("Save", e -> save());
    private final Button remove = new Button("Remove override", e -> confirmRemove());
    private final Map<String, String> marketLabels = new HashMap<>();
    private Map<String, ServiceLevelView> levels = Map.of();

    ServiceLevelsView(ServiceLevels serviceLevels) {
        this.serviceLevels = serviceLevels;
        marketLabels.put(DEFAULT, "Default (every market)");
        serviceLevels.markets().forEach(m -> marketLabels.put(m.code(), m.label()));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS);
        grid.addItemClickListener(e -> {
            String key = e.getColumn() == null ? null : e.getColumn().getKey();
            open(e.getItem(), key == null || key.equals("reason") ? DEFAULT : key);
        });
        grid.setSizeFull();

        var list = new VerticalLayout(new H2("Service levels"),
                new Paragraph("Hours a case may wait for a decision. A market without its own hours uses the "
                        + "default; a case in several markets gets the strictest. A change moves the deadlines of "
                        + "undecided cases at once."),
                new Paragraph("Bold: the market's own hours. Grey: follows the default. Click a cell to change it."),
                grid);
        list.getChildren().skip(2).findFirst().ifPresent(p -> p.addClassName("cd-muted"));
        list.setSizeFull();
        add(list, editor());
        setSizeFull();
        reload();
        clearForm();
    }

    private Component editor() {
        reason.setItems(serviceLevels.reasons());
        reason.setItemLabelGenerator(SlaReason::label);
        reason.setRequiredIndicatorVisible(true);
        market.setItems(new TreeSet<>(marketLabels.keySet()));
        market.setItemLabelGenerator(code -> marketLabels.getOrDefault(code, code));
        market.setRequiredIndicatorVisible(true);
        market.setHelperText("Choose a market to add an override");
        hours.setMin(1);
        hours.setMax(ServiceLevel.MAX_HOURS);
        hours.setStepButtonsVisible(true);
        hours.setRequiredIndicatorVisible(true);
        hours.setHelperText("1 to " + ServiceLevel.MAX_HOURS + " (30 days)");
        reason.addValueChangeListener(e -> showCurrent());
        market.addValueChangeListener(e -> showCurrent());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var add = new Button("Add a market override", VaadinIcon.PLUS.create(), e -> startOverride());
        var form = new FormLayout(reason, market, hours);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        var buttons = new HorizontalLayout(save, remove);
        buttons.setWrap(true);
        var editor = new VerticalLayout(add, editing, form, buttons);
        editor.setWidth("24rem");
        editor.addClassName("cd-editor");
        return editor;
    }

    private void reload() {
        List<ServiceLevelView> all = serviceLevels.all();
        Map<String, ServiceLevelView> byKey = new HashMap<>();
        TreeSet<String> overrideMarkets = new TreeSet<>();
        for (ServiceLevelView l : all) {
            byKey.put(key(l.reason(), l.market()), l);
            if (!l.market().equals(DEFAULT)) {
                overrideMarkets.add(l.market());
            }
        }
        levels = byKey;
        grid.removeAllColumns();
        grid.addColumn(SlaReason::label).setHeader("Reason").setKey("reason").setAutoWidth(true).setFrozen(true);
        grid.addColumn(r -> cell(r, DEFAULT)).setHeader("Default").setKey(DEFAULT).setAutoWidth(true)
                .setPartNameGenerator(r -> "cd-sla-override");
        for (String code : overrideMarkets) {
            grid.addColumn(r -> cell(r, code)).setHeader(code).setKey(code).setAutoWidth(true)
                    .setPartNameGenerator(r -> levels.containsKey(key(r.key(), code)) ? "cd-sla-override"
                            : "cd-sla-inherited");
        }
        grid.setItems(serviceLevels.reasons());
    }

    private String cell(SlaReason r, String marketCode) {
        return level(r.key(), marketCode).or(() -> level(r.key(), DEFAULT)).map(l -> l.hours() + " h").orElse("—");
    }

    private void open(SlaReason r, String marketCode) {
        reason.setValue(r);
        market.setValue(marketCode);
        hours.focus();
    }

    private void startOverride() {
        clearErrors();
        market.clear();
        market.focus();
        editing.setText("Add a market override");
    }

    private void clearForm() {
        reason.clear();
        market.clear();
        hours.clear();
        remove.setVisible(false);
    }

    /** Shows the hours that apply to the chosen reason and market, and whether they are its own. */
    private void showCurrent() {
        clearErrors();
        SlaReason r = reason.getValue();
        String m = market.getValue();
        Optional<ServiceLevelView> own = r == null || m == null ? Optional.empty() : level(r.key(), m);
        remove.setVisible(own.isPresent() && !DEFAULT.equals(m));
        if (r == null || m == null) {
            editing.setText("Change a service level");
            return;
        }
        editing.setText(own.isPresent() || DEFAULT.equals(m) ? r.label() + " · " + (DEFAULT.equals(m) ? "default" : m)
                : "New override: " + r.label() + " in " + m);
        hours.setValue(own.or(() -> level(r.key(), DEFAULT)).map(ServiceLevelView::hours).orElse(null));
    }

    private void save() {
        clearErrors();
        if (reason.getValue() == null || market.getValue() == null || hours.getValue() == null) {
            required(reason, "Choose a reason");
            required(market, "Choose a market, or Default");
            required(hours, "Enter 1 to " + ServiceLevel.MAX_HOURS + " hours");
            return;
        }
        String r = reason.getValue().key();
        String m = market.getValue();
        Long version = level(r, m).map(ServiceLevelView::version).orElse(null);
        try {
            ServiceLevelView saved = serviceLevels.set(r, m, hours.getValue(), version);
            notify("Saved: " + reason.getValue().label() + (DEFAULT.equals(m) ? " by default" : " in " + m) + ", "
                    + saved.hours() + " h", NotificationVariant.LUMO_SUCCESS);
            reloadKeepingForm();
        } catch (InvalidSettingException e) {
            invalid(switch (e.field()) {
                case "reason" -> reason;
                case "market" -> market;
                default -> hours;
            }, e.getMessage());
        } catch (ConcurrentEditException e) {
            notify(e.getMessage(), NotificationVariant.LUMO_WARNING);
            reloadKeepingForm();
        }
    }

    private void confirmRemove() {
        SlaReason r = reason.getValue();
        String m = market.getValue();
        if (r == null || m == null) {
            return;
        }
        level(r.key(), m).ifPresent(own -> {
            var dialog = new ConfirmDialog();
            dialog.setHeader("Remove the override for " + r.label() + " in " + m + "?");
            dialog.setText(m + " will follow the default of " + cell(r, DEFAULT) + " again; undecided cases move "
                    + "to that deadline.");
            dialog.setCancelable(true);
            dialog.setConfirmText("Remove override");
            dialog.setConfirmButtonTheme("error primary");
            dialog.addConfirmListener(e -> removeOverride(r, own));
            dialog.open();
        });
    }

    private void removeOverride(SlaReason r, ServiceLevelView own) {
        try {
            serviceLevels.removeOverride(own.reason(), own.market(), own.version());
            notify(own.market() + " follows the default for " + r.label() + " again", NotificationVariant.LUMO_SUCCESS);
        } catch (ConcurrentEditException e) {
            notify(e.getMessage(), NotificationVariant.LUMO_WARNING);
        }
        reloadKeepingForm();
    }

    private void reloadKeepingForm() {
        reload();
        showCurrent();
    }

    private Optional<ServiceLevelView> level(String reasonKey, String marketCode) {
        return Optional.ofNullable(levels.get(key(reasonKey, marketCode)));
    }

    private static String key(String reasonKey, String marketCode) {
        return reasonKey + "/" + marketCode;
    }

    private static void required(com.vaadin.flow.component.HasValue<?, ?> field, String message) {
        if (field.isEmpty()) {
            invalid((HasValidation) field, message);
        }
    }

    private static void invalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void clearErrors() {
        for (HasValidation field : new HasValidation[] {reason, market, hours}) {
            field.setInvalid(false);
        }
    }

    private static void notify(String message, NotificationVariant variant) {
        boolean warning = variant == NotificationVariant.LUMO_WARNING;
        Notification.show(message, warning ? 6000 : 3000,
                warning ? Notification.Position.MIDDLE : Notification.Position.BOTTOM_START)
                .addThemeVariants(variant);
    }
}
