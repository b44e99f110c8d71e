package com.clipdesk.audit.ui;

import com.clipdesk.audit.AuditEvent;
import com.clipdesk.audit.AuditLog;
import com.clipdesk.audit.AuditLog.AuditFilter;
import com.clipdesk.shell.Formats;
import com.clipdesk.shell.ListHeader;
import com.clipdesk.shell.MainLayout;
import com.clipdesk.staff.Role;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The audit trail, newest first. Read-only for everyone. */
@Route(value = "audit", layout = MainLayout.class)
@PageTitle("Audit trail · Clipdesk")
@Menu(order = 90, title = "Audit trail", icon = "vaadin:records")
@RolesAllowed({Role.AUDITOR_NAME, Role.ADMIN_NAME})
class AuditView extends VerticalLayout {

    private final AuditLog audit;
    private final Grid<AuditEvent> grid = new Grid<>(AuditEvent.class, false);
    private final TextField actor = new TextField("Actor");
    private final TextField action = new TextField("Action");
    private final TextField subject = new TextField("Subject id");
    private final ListHeader header = new ListHeader("Audit trail", "event", "events");

    AuditView(AuditLog audit) {
        this.audit = audit;
        actor.setPlaceholder("e.g. moderator");
        action.setPlaceholder("e.g. MARKET_UPDATED");
        for (TextField field : new TextField[] {actor, action, subject}) {
            field.setClearButtonVisible(true);
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(e -> refresh());
        }
        var bar = new HorizontalLayout(actor, action, subject);
        bar.addClassName("cd-filter-bar");

        grid.addColumn(e -> Formats.dateTime(e.getOccurredAt())).setHeader("When").setSortProperty("occurredAt")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEvent::getActor).setHeader("Actor").setAutoWidth(true);
        grid.addColumn(AuditEvent::getAction).setHeader("Action").setAutoWidth(true);
        grid.addColumn(e -> e.getSubjectKind() == null ? "—"
                : e.getSubjectId() == null ? e.getSubjectKind() : e.getSubjectKind() + " " + e.getSubjectId())
                .setHeader("Subject").setAutoWidth(true);
        grid.addColumn(e -> e.getMarketCode() == null ? "—" : e.getMarketCode()).setHeader("Market").setAutoWidth(true);
        grid.addColumn(AuditEvent::getSummary).setHeader("Summary").setFlexGrow(3)
                .setTooltipGenerator(AuditEvent::getSummary);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setSizeFull();
        add(header, bar, grid);
        setSizeFull();
        refresh();
    }

    private void refresh() {
        var filter = new AuditFilter(actor.getValue(), action.getValue().trim().toUpperCase(java.util.Locale.ROOT),
                null, subject.getValue(), null, null);
        long count = audit.count(filter);
        header.setCount(count);
        grid.setItems(q -> {
            var page = VaadinSpringDataHelpers.toSpringPageRequest(q);
            if (page.getSort().isUnsorted()) {
                page = PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by(Sort.Order.desc("id")));
            }
            return audit.find(filter, page).stream();
        }, q -> (int) count);
    }
}
