package com.clipdesk.audit.ui;

import com.clipdesk.audit.AuditChainChecks;
import com.clipdesk.audit.AuditEvent;
import com.clipdesk.audit.AuditLog;
import com.clipdesk.audit.AuditLog.AuditFilter;
import com.clipdesk.audit.AuditLog.Facet;
import com.clipdesk.shell.Formats;
import com.clipdesk.shell.ListHeader;
import com.clipdesk.shell.MainLayout;
import com.clipdesk.staff.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The audit trail, newest first, for auditors and admins. Filters by actor (from the start of the name),
 * action, subject, market and time; they live in the URL so a filtered view can be linked. The grid
 * pages lazily and never counts the whole table: the count stops at {@link #COUNT_CAP}. Subjects link to
 * their page where the console has one. CSV export of the current filter is streamed and audited.
 * Admins see the chain status and verify on demand ({@link ChainStatus}).
 */
@Route(value = "audit", layout = MainLayout.class)
@PageTitle("Audit trail · Clipdesk")
@Menu(order = 90, title = "Audit trail", icon = "vaadin:records")
@RolesAllowed({Role.AUDITOR_NAME, Role.ADMIN_NAME})
class AuditView extends VerticalLayout implements BeforeEnterObserver {

    static final int COUNT_CAP = 10_000;

    private final AuditLog audit;
    private final Grid<AuditEvent> grid = new Grid<>(AuditEvent.class, false);
    final TextField actor = new TextField("Actor");
    final ComboBox<String> action = new ComboBox<>("Action");
    final ComboBox<String> subjectKind = new ComboBox<>("Subject kind");
    final TextField subjectId = new TextField("Subject id");
    final ComboBox<String> market = new ComboBox<>("Market");
    final DateTimePicker from = new DateTimePicker("From (UTC)");
    final DateTimePicker to = new DateTimePicker("Before (UTC)");
    private final ListHeader header = new ListHeader("Audit trail", "event", "events");
    private AuditFilter filter = AuditFilter.none();
    private boolean entering;

    AuditView(AuditLog audit, AuditChainChecks checks) {
        this.audit = audit;
        actor.setPlaceholder("starts with…");
        subjectId.setPlaceholder("e.g. 42");
        action.setItems(audit.knownValues(Facet.ACTION));
        subjectKind.setItems(audit.knownValues(Facet.SUBJECT_KIND));
        market.setItems(audit.knownValues(Facet.MARKET));
        for (ComboBox<String> box : List.of(action, subjectKind, market)) {
            box.setAllowCustomValue(true);
            box.addCustomValueSetListener(e -> box.setValue(e.getDetail().trim().toUpperCase(Locale.ROOT)));
            box.setClearButtonVisible(true);
            box.addValueChangeListener(e -> changed());
        }
        action.setWidth("16rem");
        for (TextField field : List.of(actor, subjectId)) {
            field.setClearButtonVisible(true);
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(e -> changed());
        }
        for (DateTimePicker picker : List.of(from, to)) {
            picker.addValueChangeListener(e -> changed());
        }
        var bar = new HorizontalLayout(actor, action, subjectKind, subjectId, market, from, to);
        bar.addClassName("cd-filter-bar");
        bar.setWrap(true);

        var export = new Anchor((DownloadEvent event) -> {
            event.setFileName("audit-trail.csv");
            event.setContentType("text/csv; charset=utf-8");
            try (Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                audit.exportCsv(filter, out);
            }
        }, "");
        export.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(" Export CSV"));
        export.addClassName("cd-audit-export");
        export.getElement().setAttribute("title", "The events of the current filter, newest first (streamed)");
        header.add(export);
        header.setWidthFull();
        header.setFlexGrow(1, header.getComponentAt(1));

        grid.addColumn(e -> e.getSeq() == null ? "" : Formats.count(e.getSeq())).setHeader("Seq").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> Formats.dateTime(e.getOccurredAt())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEvent::getActor).setHeader("Actor").setAutoWidth(true);
        grid.addColumn(AuditEvent::getAction).setHeader("Action").setAutoWidth(true);
        grid.addComponentColumn(AuditView::subject).setHeader("Subject").setAutoWidth(true);
        grid.addColumn(e -> e.getMarketCode() == null ? "—" : e.getMarketCode()).setHeader("Market").setAutoWidth(true);
        grid.addColumn(AuditEvent::getSummary).setHeader("Summary").setFlexGrow(3)
                .setTooltipGenerator(AuditEvent::getSummary);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setSizeFull();
        add(header);
        if (checks.mayVerify()) {
            add(new ChainStatus(checks, this::refresh));
        }
        add(bar, grid);
        setSizeFull();
    }

    /** The subject as a link to its page where the console has one, plain text otherwise. */
    static Component subject(AuditEvent e) {
        if (e.getSubjectKind() == null) {
            return new Span("—");
        }
        String text = e.getSubjectId() == null ? e.getSubjectKind() : e.getSubjectKind() + " " + e.getSubjectId();
        String href = subjectHref(e.getSubjectKind(), e.getSubjectId(), e.getMarketCode());
        return href == null ? new Span(text) : new Anchor(href, text);
    }

    static @Nullable String subjectHref(String kind, @Nullable String id, @Nullable String market) {
        boolean numeric = id != null && id.matches("\\d{1,18}");
        return switch (kind) {
            case "MOMENT" -> numeric ? "moments/" + id : null;
            case "FANDOM_SUBMISSION" -> numeric ? "submissions/" + id : null;
            case "PRIVATE_RECOMMENDATION" -> numeric ? "recommendations/" + id : null;
            case "WATCH_PARTY_MESSAGE" -> numeric ? "messages/" + id : null;
            case "REPORT" -> numeric ? "reports/" + id : null;
            case "CASE" -> numeric ? "review/cases/" + id : null;
            case "MEMBER" -> numeric ? "members/" + id : null;
            case "POLICY_VERSION" -> market != null ? "policies/" + market : "policies";
            case "TAKEDOWN", "LEGAL_ORDER" -> "takedowns";
            case "APPEAL" -> "appeals";
            case "FEATURED_BOARD" -> "curation";
            case "MARKET" -> "markets";
            case "REASON_CODE" -> "review/reason-codes";
            case "SERVICE_LEVEL" -> "review/service-levels";
            case "NOTICE_TEMPLATE" -> "notices/templates";
            case "SEARCH_INDEX" -> "search/index";
            case "STATEMENTS" -> "transparency";
            default -> null;
        };
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> p = event.getLocation().getQueryParameters().getParameters();
        entering = true;
        actor.setValue(first(p, "actor"));
        action.setValue(blankToNull(first(p, "action")));
        subjectKind.setValue(blankToNull(first(p, "kind")));
        subjectId.setValue(first(p, "subject"));
        market.setValue(blankToNull(first(p, "market")));
        from.setValue(time(first(p, "from")));
        to.setValue(time(first(p, "to")));
        entering = false;
        refresh();
    }

    private void changed() {
        if (entering) {
            return;
        }
        refresh();
        Map<String, String> params = new LinkedHashMap<>();
        put(params, "actor", actor.getValue());
        put(params, "action", action.getValue());
        put(params, "kind", subjectKind.getValue());
        put(params, "subject", subjectId.getValue());
        put(params, "market", market.getValue());
        put(params, "from", from.getValue() == null ? null : from.getValue().toString());
        put(params, "to", to.getValue() == null ? null : to.getValue().toString());
        String query = QueryParameters.simple(params).getQueryString();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "audit" + (query.isEmpty() ? "" : "?" + query)));
    }

    private void refresh() {
        filter = new AuditFilter(actor.getValue(), action.getValue(), subjectKind.getValue(), subjectId.getValue(),
                market.getValue(), from.getValue() == null ? null : from.getValue().toInstant(ZoneOffset.UTC),
                to.getValue() == null ? null : to.getValue().toInstant(ZoneOffset.UTC));
        AuditFilter current = filter;
        long count = audit.countUpTo(current, COUNT_CAP);
        if (count > COUNT_CAP) {
            header.setCountAtLeast(COUNT_CAP);
        } else {
            header.setCount(count);
        }
        // no size: the grid asks for pages as it scrolls and stops when one comes back short
        grid.setItems(q -> audit.page(current, q.getOffset(), q.getLimit()).stream());
    }

    AuditFilter filter() {
        return filter;
    }

    private static void put(Map<String, String> params, String key, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            params.put(key, value.trim());
        }
    }

    private static String first(Map<String, List<String>> p, String key) {
        List<String> values = p.get(key);
        return values == null || values.isEmpty() ? "" : values.getFirst();
    }

    private static @Nullable String blankToNull(String s) {
        return s.isBlank() ? null : s;
    }

    private static @Nullable LocalDateTime time(String s) {
        try {
            return s.isBlank() ? null : LocalDateTime.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
