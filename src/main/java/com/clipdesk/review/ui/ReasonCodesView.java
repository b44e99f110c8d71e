package com.clipdesk.review.ui;

import com.clipdesk.review.Disposition;
import com.clipdesk.review.InvalidSettingException;
import com.clipdesk.review.ReasonCode;
import com.clipdesk.review.ReasonCodeView;
import com.clipdesk.review.ReasonCodes;
import com.clipdesk.review.StatementCategoryList;
import com.clipdesk.review.StatementGround;
import com.clipdesk.review.StatementMapping;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import com.clipdesk.shared.ConcurrentEditException;
import com.clipdesk.shell.ListHeader;
import com.clipdesk.shell.MainLayout;
import com.clipdesk.staff.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
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
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.util.EnumSet;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Admins and policy admins keep the list of reason codes decisions carry, each linked to the
 * policy clause it applies and with what its decisions' statements of reasons say (the DSA category,
 * and the ground: our terms, or a named law). Codes are never deleted, only taken out of use. The list is short
 * (tens of codes), so the grid holds all of it.
 */
@Route(value = "review/reason-codes", layout = MainLayout.class)
@PageTitle("Reason codes · Clipdesk")
@Menu(order = 84, title = "Reason codes", icon = "vaadin:tags")
@RolesAllowed({Role.ADMIN_NAME, Role.POLICY_ADMIN_NAME})
class ReasonCodesView extends HorizontalLayout {

    private final ReasonCodes reasonCodes;
    private final ListHeader header = new ListHeader("Reason codes", "code", "codes");
    private final Grid<ReasonCodeView> grid = new Grid<>(ReasonCodeView.class, false);
    private final H3 editing = new H3();
    private final TextField code = new TextField("Code");
    private final TextField label = new TextField("Label");
    private final TextArea description = new TextArea("Description");
    private final TextField policyRef = new TextField("Policy reference");
    private final CheckboxGroup<Disposition> dispositions = new CheckboxGroup<>("Allowed with");
    private final IntegerField sortOrder = new IntegerField("Order in pickers");
    private final ComboBox<StatementCategoryList.Choice> statementCategory = new ComboBox<>("DSA category");
    private final RadioButtonGroup<StatementGround> statementGround = new RadioButtonGroup<>("Ground");
    private final TextArea legalGround = new TextArea("Law relied on");
    private final Button save = new Button("Save", e -> save());
    private final Button toggle = new Button("Deactivate", e -> confirmToggle());
    private @Nullable ReasonCodeView selected;
    private final List<StatementCategoryList.Choice> categories;

    ReasonCodesView(ReasonCodes reasonCodes) {
        this.reasonCodes = reasonCodes;
        this.categories = reasonCodes.statementCategories();
        grid.addColumn(ReasonCodeView::code).setHeader("Code").setAutoWidth(true).setFlexGrow(0);
        // label and policy reference share a column (two lines), so both stay readable beside the form
        grid.addComponentColumn(ReasonCodesView::labelAndPolicy).setHeader("Label · policy reference")
                .setWidth("14rem").setFlexGrow(1);
        grid.addComponentColumn(ReasonCodesView::dispositionBadges).setHeader("Allowed with").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> categoryLabel(r.statementCategory()) + " · " + r.statementGround().label())
                .setHeader("Statement of reasons").setWidth("12rem").setFlexGrow(1);
        grid.addComponentColumn(ReasonCodesView::activeBadge).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPartNameGenerator(r -> r.active() ? null : "cd-inactive");
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                edit(e.getValue());
            }
        });
        grid.setSizeFull();

        var create = new Button("New reason code", VaadinIcon.PLUS.create(), e -> startNew());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var top = new HorizontalLayout(header, create);
        top.setWidthFull();
        top.setWrap(true);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        var list = new VerticalLayout(top, new Paragraph("Every decision carries one of these codes. Each names "
                + "the policy clause it applies, the decisions it may go with, and what statements of reasons say "
                + "for them (DSA category and ground). A code in use is deactivated, never deleted."), grid);
        list.setSizeFull();
        add(list, editor());
        setSizeFull();
        reload();
        startNew();
    }

    private Component editor() {
        code.setRequiredIndicatorVisible(true);
        code.setMaxLength(ReasonCode.CODE_MAX);
        code.setHelperText("Capital letters, digits and _, e.g. HATE_SPEECH; cannot change later");
        label.setRequiredIndicatorVisible(true);
        label.setMaxLength(ReasonCode.LABEL_MAX);
        label.setHelperText("What reviewers pick");
        description.setMaxLength(ReasonCode.DESCRIPTION_MAX);
        description.setMinRows(2);
        policyRef.setRequiredIndicatorVisible(true);
        policyRef.setMaxLength(ReasonCode.POLICY_REF_MAX);
        policyRef.setHelperText("The clause it applies, e.g. Community Guidelines 4.1");
        dispositions.setItems(Disposition.values());
        dispositions.setItemLabelGenerator(Disposition::label);
        dispositions.setRequiredIndicatorVisible(true);
        sortOrder.setMin(0);
        sortOrder.setMax(9999);
        sortOrder.setStepButtonsVisible(true);
        sortOrder.setHelperText("Lower comes first");
        statementCategory.setItems(categories);
        statementCategory.setItemLabelGenerator(StatementCategoryList.Choice::label);
        statementCategory.setRequiredIndicatorVisible(true);
        statementCategory.setHelperText("The Transparency Database's category for decisions with this code");
        statementGround.setItems(StatementGround.values());
        statementGround.setItemLabelGenerator(StatementGround::label);
        statementGround.setRequiredIndicatorVisible(true);
        statementGround.addValueChangeListener(e -> legalGround.setVisible(e.getValue() == StatementGround.ILLEGAL));
        legalGround.setMaxLength(ReasonCode.LEGAL_GROUND_MAX);
        legalGround.setRequiredIndicatorVisible(true);
        legalGround.setHelperText("The law the content breaks, e.g. StGB § 130 (DE); "
                + "for our terms the policy reference is the ground");
        legalGround.setVisible(false);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button("Cancel", e -> startNew());
        var form = new FormLayout(code, label, description, policyRef, dispositions, sortOrder, statementCategory,
                statementGround, legalGround);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        var buttons = new HorizontalLayout(save, cancel, toggle);
        buttons.setWrap(true);
        var editor = new VerticalLayout(editing, form, buttons);
        editor.setWidth("22rem");
        editor.addClassName("cd-editor");
        return editor;
    }

    private void reload() {
        var all = reasonCodes.all();
        grid.setItems(all);
        header.setCount(all.size());
    }

    private void startNew() {
        selected = null;
        grid.asSingleSelect().clear();
        clearErrors();
        editing.setText("New reason code");
        code.setEnabled(true);
        code.clear();
        label.clear();
        description.clear();
        policyRef.clear();
        dispositions.clear();
        sortOrder.setValue(nextSortOrder());
        statementCategory.setValue(choice(ReasonCode.DEFAULT_STATEMENT_CATEGORY));
        statementGround.setValue(StatementGround.TERMS);
        legalGround.clear();
        toggle.setVisible(false);
    }

    private void edit(ReasonCodeView reason) {
        selected = reason;
        clearErrors();
        editing.setText("Edit " + reason.code());
        code.setEnabled(false);
        code.setValue(reason.code());
        label.setValue(reason.label());
        description.setValue(reason.description());
        policyRef.setValue(reason.policyRef());
        dispositions.setValue(reason.dispositions());
        sortOrder.setValue(reason.sortOrder());
        statementCategory.setValue(choice(reason.statementCategory()));
        statementGround.setValue(reason.statementGround());
        legalGround.setValue(reason.legalGround() == null ? "" : reason.legalGround());
        toggle.setVisible(true);
        toggle.setText(reason.active() ? "Deactivate" : "Activate");
        toggle.removeThemeVariants(ButtonVariant.LUMO_ERROR);
        if (reason.active()) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
    }

    private void save() {
        clearErrors();
        var chosen = dispositions.getValue().isEmpty() ? EnumSet.noneOf(Disposition.class)
                : EnumSet.copyOf(dispositions.getValue());
        if (sortOrder.getValue() == null) {
            invalid(sortOrder, "Enter a whole number from 0 to 9999");
            return;
        }
        int order = sortOrder.getValue();
        var statement = new StatementMapping(statementCategory.getValue() == null ? ""
                : statementCategory.getValue().code(), statementGround.getValue(), legalGround.getValue());
        try {
            ReasonCodeView saved = selected == null
                    ? reasonCodes.create(code.getValue(), label.getValue(), description.getValue(),
                            policyRef.getValue(), chosen, order, statement)
                    : reasonCodes.update(selected.code(), selected.version(), label.getValue(),
                            description.getValue(), policyRef.getValue(), chosen, order, statement);
            notify("Saved " + saved.code(), NotificationVariant.LUMO_SUCCESS);
            reloadAndSelect(saved.code());
        } catch (ConstraintViolationException e) {
            e.getConstraintViolations().forEach(v -> invalid(field(v.getPropertyPath().toString()), v.getMessage()));
        } catch (InvalidSettingException e) {
            invalid(field(e.field()), e.getMessage());
        } catch (ConcurrentEditException e) {
            conflict(e);
        }
    }

    private void confirmToggle() {
        ReasonCodeView reason = selected;
        if (reason == null) {
            return;
        }
        boolean activate = !reason.active();
        var dialog = new ConfirmDialog();
        dialog.setHeader((activate ? "Activate " : "Deactivate ") + reason.code() + "?");
        dialog.setText(activate ? "Reviewers will be offered “" + reason.label() + "” again."
                : "Reviewers will no longer be offered “" + reason.label()
                        + "”. Decisions that already carry it keep it.");
        dialog.setCancelable(true);
        dialog.setConfirmText(activate ? "Activate" : "Deactivate");
        if (!activate) {
            dialog.setConfirmButtonTheme("error primary");
        }
        dialog.addConfirmListener(e -> setActive(reason, activate));
        dialog.open();
    }

    private void setActive(ReasonCodeView reason, boolean active) {
        try {
            ReasonCodeView saved = reasonCodes.setActive(reason.code(), reason.version(), active);
            notify(saved.code() + (active ? " is in use again" : " is no longer offered to reviewers"),
                    NotificationVariant.LUMO_SUCCESS);
            reloadAndSelect(saved.code());
        } catch (ConcurrentEditException e) {
            conflict(e);
        }
    }

    private void conflict(ConcurrentEditException e) {
        notify(e.getMessage(), NotificationVariant.LUMO_WARNING);
        if (selected != null) {
            reloadAndSelect(selected.code());
        }
    }

    private void reloadAndSelect(String reasonCode) {
        reload();
        grid.getListDataView().getItems().filter(r -> r.code().equals(reasonCode)).findFirst()
                .ifPresentOrElse(grid::select, this::startNew);
    }

    private int nextSortOrder() {
        return grid.getListDataView().getItems().mapToInt(ReasonCodeView::sortOrder).max().orElse(0) + 10;
    }

    private HasValidation field(String property) {
        return switch (property) {
            case "code" -> code;
            case "label" -> label;
            case "description" -> description;
            case "policyRef" -> policyRef;
            case "dispositions" -> dispositions;
            case "statementCategory" -> statementCategory;
            case "statementGround" -> statementGround;
            case "legalGround" -> legalGround;
            default -> sortOrder;
        };
    }

    private static void invalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void clearErrors() {
        for (HasValidation field : new HasValidation[] {code, label, description, policyRef, dispositions, sortOrder,
                statementCategory, statementGround, legalGround}) {
            field.setInvalid(false);
        }
    }

    private static void notify(String message, NotificationVariant variant) {
        Notification.show(message, variant == NotificationVariant.LUMO_WARNING ? 6000 : 3000,
                variant == NotificationVariant.LUMO_WARNING ? Notification.Position.MIDDLE
                        : Notification.Position.BOTTOM_START).addThemeVariants(variant);
    }

    private StatementCategoryList.@Nullable Choice choice(String categoryCode) {
        return categories.stream().filter(c -> c.code().equals(categoryCode)).findFirst().orElse(null);
    }

    private String categoryLabel(String categoryCode) {
        var found = choice(categoryCode);
        return found == null ? categoryCode : found.label();
    }

    private static Component dispositionBadges(ReasonCodeView reason) {
        var badges = new HorizontalLayout();
        badges.setSpacing(false);
        badges.addClassName("cd-badges");
        for (Disposition d : reason.dispositions()) {
            var badge = new Span(d.label());
            badge.addClassNames("cd-badge", "cd-badge--" + d.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            badges.add(badge);
        }
        return badges;
    }

    private static Component labelAndPolicy(ReasonCodeView reason) {
        var policy = new Div(reason.policyRef());
        policy.addClassName("cd-reason-cell__ref");
        var cell = new Div(new Div(reason.label()), policy);
        cell.addClassName("cd-reason-cell");
        return cell;
    }

    private static Component activeBadge(ReasonCodeView reason) {
        var badge = new Span(reason.active() ? "Active" : "Inactive");
        badge.addClassNames("cd-badge", reason.active() ? "cd-badge--active" : "cd-badge--inactive");
        return badge;
    }
}
