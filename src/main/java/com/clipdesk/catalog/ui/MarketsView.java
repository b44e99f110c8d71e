package com.clipdesk.catalog.ui;

import com.clipdesk.catalog.CatalogService;
import com.clipdesk.catalog.MarketChange;
import com.clipdesk.catalog.MarketView;
import com.clipdesk.shared.ConcurrentEditException;
import com.clipdesk.shell.MainLayout;
import com.clipdesk.staff.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.time.ZoneId;
import java.util.TreeSet;

/**
 * Admins keep each market's name, locale and time zone right (release windows depend on them) and
 * switch pre-moderation of new fandom submissions per market.
 */
@Route(value = "markets", layout = MainLayout.class)
@PageTitle("Markets · Clipdesk")
@Menu(order = 80, title = "Markets", icon = "vaadin:globe")
@RolesAllowed(Role.ADMIN_NAME)
class MarketsView extends HorizontalLayout {

    private final CatalogService catalog;
    private final Grid<MarketView> grid = new Grid<>(MarketView.class, false);
    private final TextField name = new TextField("Name");
    private final TextField locale = new TextField("Locale");
    private final ComboBox<String> timeZone = new ComboBox<>("Time zone");
    private final Button save = new Button("Save changes", e -> save());
    private final H3 editing = new H3("Choose a market to edit");
    private MarketView selected;

    MarketsView(CatalogService catalog) {
        this.catalog = catalog;
        grid.addColumn(MarketView::code).setHeader("Code").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(MarketView::name).setHeader("Name").setAutoWidth(true);
        grid.addColumn(MarketView::locale).setHeader("Locale").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(MarketView::timeZone).setHeader("Time zone").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));
        grid.setSizeFull();

        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(com.clipdesk.catalog.Market.NAME_MAX);
        locale.setRequiredIndicatorVisible(true);
        locale.setHelperText("Language tag, e.g. pt-BR");
        timeZone.setItems(new TreeSet<>(ZoneId.getAvailableZoneIds()));
        timeZone.setRequiredIndicatorVisible(true);
        timeZone.setHelperText("Release dates in this market are read in this zone");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button("Cancel", e -> grid.asSingleSelect().clear());
        var form = new FormLayout(name, locale, timeZone);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        var editor = new VerticalLayout(editing, form, new HorizontalLayout(save, cancel));
        editor.setWidth("24rem");
        editor.addClassName("cd-editor");

        var list = new VerticalLayout(new H2("Markets"),
                new Paragraph("Each market's locale and time zone decide how release dates and windows are read. "
                        + "What members may share there, and which fandom submissions wait for review, is the "
                        + "market's sharing policy."),
                grid);
        list.setSizeFull();
        add(list, editor);
        setSizeFull();
        reload();
        edit(null);
    }

    private void reload() {
        grid.setItems(catalog.markets());
    }

    private void edit(MarketView market) {
        selected = market;
        boolean editingOne = market != null;
        for (var field : new com.vaadin.flow.component.HasEnabled[] {name, locale, timeZone, save}) {
            field.setEnabled(editingOne);
        }
        clearErrors();
        editing.setText(editingOne ? "Edit " + market.label() : "Choose a market to edit");
        name.setValue(editingOne ? market.name() : "");
        locale.setValue(editingOne ? market.locale() : "");
        timeZone.setValue(editingOne ? market.timeZone() : null);
    }

    private void save() {
        if (selected == null) {
            return;
        }
        clearErrors();
        var change = new MarketChange(name.getValue(), locale.getValue(),
                timeZone.getValue() == null ? "" : timeZone.getValue(), selected.version());
        try {
            MarketView saved = catalog.updateMarket(selected.code(), change);
            Notification.show("Saved " + saved.label(), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            reload();
            grid.select(saved);
        } catch (ConstraintViolationException e) {
            e.getConstraintViolations().forEach(v -> {
                switch (v.getPropertyPath().toString()) {
                    case "name" -> invalid(name, v.getMessage());
                    case "locale" -> invalid(locale, v.getMessage());
                    default -> invalid(timeZone, v.getMessage());
                }
            });
        } catch (IllegalArgumentException e) {
            invalid(timeZone, e.getMessage());
        } catch (ConcurrentEditException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
            String code = selected.code();
            reload();
            catalog.markets().stream().filter(m -> m.code().equals(code)).findFirst().ifPresent(grid::select);
        }
    }

    private static void invalid(com.vaadin.flow.component.HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void clearErrors() {
        for (var field : new com.vaadin.flow.component.HasValidation[] {name, locale, timeZone}) {
            field.setInvalid(false);
        }
    }
}
