package com.clipdesk.report.ui;

import com.clipdesk.catalog.CatalogService;
import com.clipdesk.catalog.MarketView;
import com.clipdesk.content.ContentKind;
import com.clipdesk.report.ReportFilter;
import com.clipdesk.report.ReportReason;
import com.clipdesk.report.ReportService;
import com.clipdesk.report.ReportStatus;
import com.clipdesk.shell.Formats;
import com.clipdesk.shell.ListHeader;
import com.clipdesk.shell.MainLayout;
import com.clipdesk.staff.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;

/** Members' reports in the staff member's markets; open ones first by default. */
@Route(value = "reports", layout = MainLayout.class)
@PageTitle("Reports · Clipdesk")
@Menu(order = 30, title = "Reports", icon = "vaadin:flag")
@RolesAllowed({Role.MODERATOR_NAME, Role.LEAD_MODERATOR_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
class ReportsView extends VerticalLayout {

    private final ReportService reports;
    private final ReportsGrid grid = new ReportsGrid(true);
    private final ListHeader header = new ListHeader("Reports", "report", "reports");
    private final ComboBox<MarketView> market = new ComboBox<>("Market");
    private final ComboBox<ContentKind> kind = new ComboBox<>("Content kind");
    private final ComboBox<ReportReason> reason = new ComboBox<>("Reason");
    private final ComboBox<ReportStatus> status = new ComboBox<>("Status");
    private final DatePicker from = new DatePicker("Filed from");
    private final DatePicker to = new DatePicker("Filed to");

    ReportsView(ReportService reports, CatalogService catalog) {
        this.reports = reports;

        market.setItems(catalog.marketsInScope());
        market.setItemLabelGenerator(MarketView::label);
        market.setPlaceholder("All my markets");
        kind.setItems(ContentKind.values());
        kind.setItemLabelGenerator(ContentKind::label);
        kind.setPlaceholder("Any kind");
        reason.setItems(ReportReason.values());
        reason.setItemLabelGenerator(ReportReason::label);
        reason.setPlaceholder("Any reason");
        status.setItems(ReportStatus.values());
        status.setItemLabelGenerator(ReportStatus::label);
        status.setValue(ReportStatus.OPEN);
        status.setPlaceholder("Any status");
        from.addValueChangeListener(e -> to.setMin(e.getValue()));
        to.addValueChangeListener(e -> from.setMax(e.getValue()));
        market.setWidth("11rem");
        kind.setWidth("11.5rem");
        reason.setWidth("10rem");
        status.setWidth("8rem");
        from.setWidth("9rem");
        to.setWidth("9rem");
        for (var field : new com.vaadin.flow.component.AbstractField<?, ?>[] {market, kind, reason, status, from, to}) {
            if (field instanceof com.vaadin.flow.component.shared.HasClearButton clearable) {
                clearable.setClearButtonVisible(true);
            }
            field.addValueChangeListener(e -> refresh());
        }
        var reset = new Button("Reset", e -> {
            market.clear();
            kind.clear();
            reason.clear();
            status.clear();
            from.clear();
            to.clear();
        });
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var bar = new HorizontalLayout(market, kind, reason, status, from, to, reset);
        bar.setAlignItems(Alignment.BASELINE);
        bar.setWrap(true);
        bar.addClassName("cd-filter-bar");

        grid.setSizeFull();
        add(header, bar, grid);
        setSizeFull();
        refresh();
    }

    private ReportFilter filter() {
        var fromDay = from.getValue();
        var toDay = to.getValue();
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            toDay = null;
        }
        return new ReportFilter(market.getValue() == null ? null : market.getValue().code(), kind.getValue(),
                reason.getValue(), status.getValue(), fromDay, toDay);
    }

    private void refresh() {
        ReportFilter current = filter();
        long count = reports.countReports(current);
        header.setCount(count);
        grid.setItems(q -> reports.reports(current, VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) count);
    }
}
