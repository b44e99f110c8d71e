package com.clipdesk.spoiler.ui;

import com.clipdesk.catalog.MarketView;
import com.clipdesk.catalog.TitleKind;
import com.clipdesk.shared.ConcurrentEditException;
import com.clipdesk.shell.MainLayout;
import com.clipdesk.spoiler.InvalidSpoilerWindowException;
import com.clipdesk.spoiler.SpoilerWindowView;
import com.clipdesk.spoiler.SpoilerWindows;
import com.clipdesk.staff.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Admins keep how long spoiler-flagged items stay behind a warning after a release: a default per
 * title kind for every market, and overrides where a market talks about a kind for longer or shorter.
 * Tens of rows, so the grid holds them all.
 */
@Route(value = "spoilers/windows", layout = MainLayout.class)
@PageTitle("Spoiler windows · Clipdesk")
@Menu(order = 82, title = "Spoiler windows", icon = "vaadin:eye-slash")
@RolesAllowed(Role.ADMIN_NAME)
@StyleSheet("styles/spoilers.css")
class SpoilerWindowsView extends HorizontalLayout {

    private final SpoilerWindows windows;
    private final Map<String, MarketView> markets;
    private final Grid<SpoilerWindowView> grid = new Grid<>(SpoilerWindowView.class, false);
    private final H3 editing = new H3();
    private final ComboBox<MarketView> market = new ComboBox<>("Market");
    private final Select<TitleKind> kind = new Select<>();
    private final IntegerField days = new IntegerField("Days after release");
    private final Button save = new Button("Save", e -> save());
    private final Button remove = new Button("Remove override", e -> confirmRemove());
    private @Nullable SpoilerWindowView selected;
    private List<SpoilerWindowView> all = List.of();

    SpoilerWindowsView(SpoilerWindows windows) {
        this.windows = windows;
        this.markets = windows.markets().stream().collect(Collectors.toMap(MarketView::code, Function.identity()));
        grid.addComponentColumn(this::marketCell).setHeader("Market").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(w -> w.kind().label()).setHeader("Title kind").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::windowCell).setHeader("Window").setWidth("9rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPartNameGenerator(w -> w.isDefault() ? "cd-window-default" : null);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                edit(e.getValue());
            }
        });
        grid.setSizeFull();

        var create = new Button("New override", VaadinIcon.PLUS.create(), e -> startNew());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var top = new HorizontalLayout(new H2("Spoiler windows"), create);
        top.setWidthFull();
        top.setWrap(true);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        var list = new VerticalLayout(top, new Paragraph("After an episode's release in a market, its spoiler-flagged "
                + "items stay behind a spoiler warning there for this many days, then clear on their own. A market's "
                + "override beats the default for that kind of title."), grid);
        list.setSizeFull();
        add(list, editor());
        setSizeFull();
        reload();
        startNew();
    }

    private Component editor() {
        market.setItems(markets.values().stream().sorted(java.util.Comparator.comparing(MarketView::code)).toList());
        market.setItemLabelGenerator(MarketView::label);
        market.setRequiredIndicatorVisible(true);
        market.setPlaceholder("Choose a market");
        kind.setLabel("Title kind");
        kind.setItems(TitleKind.values());
        kind.setItemLabelGenerator(TitleKind::label);
        kind.setRequiredIndicatorVisible(true);
        days.setMin(0);
        days.setMax(SpoilerWindows.MAX_DAYS);
        days.setStepButtonsVisible(true);
        days.setRequiredIndicatorVisible(true);
        days.setHelperText("0 to " + SpoilerWindows.MAX_DAYS + "; 0 clears spoilers at release");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var cancel = new Button("Cancel", e -> startNew());
        var form = new FormLayout(market, kind, days);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        var buttons = new HorizontalLayout(save, cancel, remove);
        buttons.setWrap(true);
        var editor = new VerticalLayout(editing, form, buttons);
        editor.setWidth("18rem");
        editor.addClassName("cd-editor");
        return editor;
    }

    private void reload() {
        all = windows.all();
        grid.setItems(all);
    }

    private void startNew() {
        selected = null;
        grid.asSingleSelect().clear();
        clearErrors();
        editing.setText("New override");
        market.setEnabled(true);
        kind.setEnabled(true);
        market.clear();
        market.setPlaceholder("Choose a market");
        kind.setValue(TitleKind.SERIES);
        days.clear();
        remove.setVisible(false);
    }

    private void edit(SpoilerWindowView window) {
        selected = window;
        clearErrors();
        editing.setText("Edit " + (window.isDefault() ? "default" : window.market()) + " · " + window.kind().label());
        market.setEnabled(false);
        kind.setEnabled(false);
        market.setValue(window.isDefault() ? null : markets.get(window.market()));
        market.setPlaceholder(window.isDefault() ? "Every market" : "Choose a market");
        kind.setValue(window.kind());
        days.setValue(window.days());
        remove.setVisible(!window.isDefault());
    }

    private void save() {
        clearErrors();
        try {
            SpoilerWindowView saved = selected == null
                    ? windows.addOverride(market.getValue() == null ? null : market.getValue().code(), kind.getValue(),
                            days.getValue())
                    : windows.change(selected.id(), selected.version(), days.getValue());
            notify("Saved " + saved.label() + ": " + daysLabel(saved.days()), NotificationVariant.LUMO_SUCCESS);
            reloadAndSelect(saved.id());
        } catch (InvalidSpoilerWindowException e) {
            invalid(e);
        } catch (ConcurrentEditException e) {
            conflict(e);
        }
    }

    private void confirmRemove() {
        SpoilerWindowView window = selected;
        if (window == null || window.isDefault()) {
            return;
        }
        var dialog = new ConfirmDialog();
        dialog.setHeader("Remove " + window.label() + "?");
        dialog.setText("The default for " + window.kind().label().toLowerCase(java.util.Locale.ROOT) + " ("
                + daysLabel(defaultDays(window.kind())) + ") applies in " + window.market() + " again, also to "
                + "releases whose windows are open now.");
        dialog.setCancelable(true);
        dialog.setConfirmText("Remove");
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            try {
                windows.removeOverride(window.id(), window.version());
                notify("Removed " + window.label() + ": the default applies", NotificationVariant.LUMO_SUCCESS);
                reload();
                startNew();
            } catch (ConcurrentEditException ex) {
                conflict(ex);
            }
        });
        dialog.open();
    }

    private void conflict(ConcurrentEditException e) {
        notify(e.getMessage(), NotificationVariant.LUMO_WARNING);
        long id = selected == null ? -1 : selected.id();
        reloadAndSelect(id);
    }

    private void reloadAndSelect(long id) {
        reload();
        all.stream().filter(w -> w.id() == id).findFirst().ifPresentOrElse(grid::select, this::startNew);
    }

    private Component marketCell(SpoilerWindowView window) {
        if (!window.isDefault()) {
            return new Span(marketLabel(window.market()));
        }
        var badge = new Span("Default");
        badge.addClassName("cd-badge");
        var cell = new Span(new Span("Every market "), badge);
        return cell;
    }

    /** The days, and for an override how it compares with the default. */
    private Component windowCell(SpoilerWindowView window) {
        var days = new Div(daysLabel(window.days()));
        if (window.isDefault()) {
            return days;
        }
        int base = defaultDays(window.kind());
        var compared = new Div(window.days() == base ? "same as default"
                : (window.days() > base ? "longer" : "shorter") + " than default " + base);
        compared.addClassName("cd-muted");
        return new Div(days, compared);
    }

    private int defaultDays(TitleKind kind) {
        return all.stream().filter(w -> w.isDefault() && w.kind() == kind).mapToInt(SpoilerWindowView::days)
                .findFirst().orElse(0);
    }

    private String marketLabel(@Nullable String code) {
        MarketView m = code == null ? null : markets.get(code);
        return m == null ? String.valueOf(code) : m.label();
    }

    private static String daysLabel(int days) {
        return days == 1 ? "1 day" : days + " days";
    }

    private void invalid(InvalidSpoilerWindowException e) {
        HasValidation field = switch (e.field()) {
            case "market" -> market;
            case "kind" -> kind;
            default -> days;
        };
        field.setErrorMessage(e.getMessage());
        field.setInvalid(true);
    }

    private void clearErrors() {
        market.setInvalid(false);
        kind.setInvalid(false);
        days.setInvalid(false);
    }

    private static void notify(String message, NotificationVariant variant) {
        Notification.show(message, variant == NotificationVariant.LUMO_WARNING ? 6000 : 3000,
                variant == NotificationVariant.LUMO_WARNING ? Notification.Position.MIDDLE
                        : Notification.Position.BOTTOM_START).addThemeVariants(variant);
    }
}
