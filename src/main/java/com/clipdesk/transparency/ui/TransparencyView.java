package com.clipdesk.transparency.ui;

import com.clipdesk.shell.Formats;
import com.clipdesk.shell.ListHeader;
import com.clipdesk.shell.MainLayout;
import com.clipdesk.staff.Role;
import com.clipdesk.transparency.ExportCheck;
import com.clipdesk.transparency.ExportFormat;
import com.clipdesk.transparency.ExportRejectedException;
import com.clipdesk.transparency.StatementCategory;
import com.clipdesk.transparency.StatementFilter;
import com.clipdesk.transparency.StatementRow;
import com.clipdesk.transparency.StatementViolation;
import com.clipdesk.transparency.Statements;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Statements of reasons for a date range: how many, a lazy preview grid with market and category
 * filters, and the export. "Check for export" runs the Transparency Database's rules over every
 * statement in range; only when all pass do the JSON and CSV downloads appear, and each download
 * checks again before writing (statements decided meanwhile are checked too).
 */
@Route(value = "transparency", layout = MainLayout.class)
@PageTitle("Statements of reasons · Clipdesk")
@Menu(order = 92, title = "DSA statements", icon = "vaadin:file-text-o")
@RolesAllowed({Role.ADMIN_NAME, Role.LEAD_MODERATOR_NAME, Role.AUDITOR_NAME})
class TransparencyView extends VerticalLayout {

    private final Statements statements;
    private final ListHeader header = new ListHeader("Statements of reasons", "statement", "statements");
    private final DatePicker from = new DatePicker("Decided from");
    private final DatePicker to = new DatePicker("to");
    private final ComboBox<String> market = new ComboBox<>("Market");
    private final ComboBox<StatementCategory> category = new ComboBox<>("Category");
    private final Checkbox includeNonEu = new Checkbox("Include decisions only outside the EU/EEA (marked, kept "
            + "apart from the submission)");
    private final Grid<StatementRow> grid = new Grid<>(StatementRow.class, false);
    private final Button check = new Button("Check for export", VaadinIcon.CHECK_SQUARE_O.create(), e -> check());
    private final Div outcome = new Div();
    private final HorizontalLayout downloads = new HorizontalLayout();
    /** The filter the last check passed; downloads export exactly it (read outside the session lock). */
    private volatile @Nullable StatementFilter checked;

    TransparencyView(Statements statements) {
        this.statements = statements;
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        from.setValue(today.minusDays(30));
        to.setValue(today);
        market.setItems(statements.markets());
        market.setClearButtonVisible(true);
        market.setPlaceholder("All your markets");
        category.setItems(StatementCategory.values());
        category.setItemLabelGenerator(StatementCategory::label);
        category.setClearButtonVisible(true);
        category.setPlaceholder("Any");
        category.setWidth("18rem");
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        market.addValueChangeListener(e -> refresh());
        category.addValueChangeListener(e -> refresh());
        includeNonEu.addValueChangeListener(e -> refresh());

        grid.addColumn(StatementRow::puid).setHeader("PUID").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> Formats.shortDateTime(r.decidedAt())).setHeader("Decided (UTC)").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.subjectKind().label() + " " + r.subjectId()).setHeader("Item").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(TransparencyView::markets).setHeader("Markets → territorial scope").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> categoryLabel(r.category())).setHeader("Category").setWidth("12rem").setFlexGrow(1);
        // ground and restriction share a column so that the grid fits a laptop screen
        grid.addColumn(r -> (r.ground().equals("DECISION_GROUND_ILLEGAL_CONTENT") ? "Illegal content" : "Our terms")
                + " · " + String.join(", ", r.visibility()).replace("DECISION_VISIBILITY_CONTENT_", "")
                        .toLowerCase(java.util.Locale.ROOT)).setHeader("Ground · restriction").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPartNameGenerator(r -> r.eu() ? null : "cd-non-eu");
        grid.setSizeFull();

        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        outcome.addClassName("cd-export-check");
        downloads.setVisible(false);
        downloads.add(download(ExportFormat.JSON, "Download JSON"), download(ExportFormat.CSV, "Download CSV"));

        var filters = new HorizontalLayout(from, to, market, category);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        var actions = new HorizontalLayout(check, downloads);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        add(header, new Paragraph("Every decision that removes an item, flags it as a spoiler, takes it down or restricts a member has a statement "
                + "in the DSA Transparency Database's format. Decisions only in markets outside the EU/EEA keep "
                + "theirs, marked non-EU, and stay out of the export unless you include them."),
                filters, includeNonEu, actions, outcome, grid);
        setSizeFull();
        refresh();
    }

    private @Nullable StatementFilter filter() {
        if (from.getValue() == null || to.getValue() == null) {
            return null;
        }
        if (to.getValue().isBefore(from.getValue())) {
            to.setInvalid(true);
            to.setErrorMessage("Ends before it starts");
            return null;
        }
        to.setInvalid(false);
        return new StatementFilter(from.getValue(), to.getValue(), market.getValue(),
                category.getValue() == null ? null : category.getValue().value(), includeNonEu.getValue());
    }

    private void refresh() {
        resetExport();
        StatementFilter filter = filter();
        if (filter == null) {
            grid.setItems(java.util.List.of());
            header.setCount(0);
            check.setEnabled(false);
            return;
        }
        long count = statements.count(filter);
        header.setCount(count);
        check.setEnabled(count > 0);
        grid.setItems(query -> statements.page(filter, query.getPage(), query.getPageSize()).stream());
    }

    private void check() {
        StatementFilter filter = filter();
        if (filter == null) {
            return;
        }
        ExportCheck result = statements.check(filter);
        outcome.removeAll();
        outcome.add(new Paragraph(result.summary() + (result.nonEu() > 0 ? " " + result.nonEu()
                + " of them non-EU, exported apart (non_eu_statements; CSV column eu)." : "")));
        if (result.passed()) {
            outcome.getElement().getThemeList().set("ok", true);
            checked = filter;
            downloads.setVisible(true);
        } else {
            outcome.getElement().getThemeList().set("problems", true);
            var list = new UnorderedList();
            for (StatementViolation v : result.problems()) {
                list.add(new ListItem(v.toString()));
            }
            if (result.problemCount() > result.problems().size()) {
                list.add(new ListItem("… and " + (result.problemCount() - result.problems().size()) + " more"));
            }
            outcome.add(list);
            downloads.setVisible(false);
        }
    }

    private void resetExport() {
        checked = null;
        outcome.removeAll();
        outcome.getElement().getThemeList().clear();
        downloads.setVisible(false);
    }

    private Anchor download(ExportFormat format, String text) {
        DownloadHandler handler = event -> {
            // runs without the session lock: no reading of fields' values here
            StatementFilter filter = checked;
            if (filter == null) {
                event.getResponse().setStatus(409);
                return;
            }
            // set, not setFileName(): Vaadin has put a bare "attachment" there already, which that keeps
            event.getResponse().setHeader("Content-Disposition", "attachment; filename=\"clipdesk-statements-"
                    + filter.from() + "_" + filter.to() + "." + format.extension() + "\"");
            event.setContentType(format.contentType() + ";charset=UTF-8");
            try {
                statements.export(filter, format, event.getOutputStream());
            } catch (ExportRejectedException e) {
                // nothing written yet: say why where the person looks
                event.getResponse().setStatus(409);
                event.getUI().access(() -> {
                    resetExport();
                    outcome.add(new Paragraph(e.getMessage()));
                    Notification.show(e.getMessage(), 8000, Notification.Position.MIDDLE)
                            .addThemeVariants(NotificationVariant.LUMO_ERROR);
                });
            }
        };
        var anchor = new Anchor(handler, text);
        anchor.getElement().setAttribute("download", true);
        anchor.addClassName("cd-download");
        return anchor;
    }

    private static Component markets(StatementRow row) {
        var cell = new Span(row.markets().replace(",", " · ") + " → "
                + (row.territorialScope().isEmpty() ? "none" : String.join(" · ", row.territorialScope())));
        if (!row.eu()) {
            var badge = new Span("non-EU");
            badge.addClassNames("cd-badge", "cd-badge--inactive");
            return new Span(cell, new Span(" "), badge);
        }
        return cell;
    }

    private static String categoryLabel(String value) {
        return Arrays.stream(StatementCategory.values()).filter(c -> c.value().equals(value)).findFirst()
                .map(StatementCategory::label).orElse(value);
    }
}
