package com.clipdesk.spoiler.ui;

import com.clipdesk.catalog.TitleKind;
import com.clipdesk.shell.MainLayout;
import com.clipdesk.spoiler.MarketWindows;
import com.clipdesk.spoiler.SpoilerWindows;
import com.clipdesk.staff.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How long spoiler-flagged items stay behind a warning after a release, per market and title kind, as
 * the sharing policies in force set them: read here, changed in the policies (drafted, approved by a
 * second policy admin, published now or later). Tens of rows, so the grid holds them all.
 */
@Route(value = "spoilers/windows", layout = MainLayout.class)
@PageTitle("Spoiler windows · Clipdesk")
@Menu(order = 82, title = "Spoiler windows", icon = "vaadin:eye-slash")
@RolesAllowed({Role.MODERATOR_NAME, Role.LEAD_MODERATOR_NAME, Role.POLICY_ADMIN_NAME, Role.CURATOR_NAME,
        Role.AUDITOR_NAME, Role.ADMIN_NAME})
@StyleSheet("styles/spoilers.css")
class SpoilerWindowsView extends VerticalLayout {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    final Grid<MarketWindows> grid = new Grid<>();

    SpoilerWindowsView(SpoilerWindows windows) {
        addClassName("cd-windows");
        var policies = new Button("Change in the sharing policies", VaadinIcon.SCALE.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("policies")));
        var top = new HorizontalLayout(new H2("Spoiler windows"), policies);
        top.setWidthFull();
        top.setWrap(true);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        var lead = new Paragraph("Days a spoiler-flagged item stays behind a warning in a market after the release "
                + "there, per kind of title. They are the spoiler rule of each market's sharing policy: a change is "
                + "drafted there, approved by a second policy admin and published now or at a set time, and every "
                + "flagged item follows it from its effective time.");
        lead.addClassName("cd-muted");

        grid.addComponentColumn(SpoilerWindowsView::marketCell).setHeader("Market").setAutoWidth(true)
                .setFlexGrow(1);
        for (TitleKind kind : TitleKind.values()) {
            grid.addComponentColumn(m -> windowCell(m, kind)).setHeader(kind.label()).setKey(kind.name()).setWidth("9.5rem")
                    .setFlexGrow(0);
        }
        grid.addComponentColumn(SpoilerWindowsView::policyCell).setHeader("From policy").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(windows.all());
        grid.setAllRowsVisible(true);
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        add(top, lead, grid);
        setMaxWidth("72rem");
    }

    private static Component marketCell(MarketWindows m) {
        var name = new Span(m.market() + " · " + m.marketName());
        if (m.enabled()) {
            return name;
        }
        var off = new Span("windows off");
        off.addClassNames("cd-badge", "cd-badge--window-off");
        var cell = new Div(name, off);
        cell.addClassName("cd-windows__market");
        return cell;
    }

    private static Component windowCell(MarketWindows m, TitleKind kind) {
        MarketWindows.Window w = m.windows().stream().filter(x -> x.kind() == kind).findFirst().orElseThrow();
        var days = new Span(w.days() == 1 ? "1 day" : w.days() + " days");
        days.addClassName(w.overridden() ? "cd-windows__own" : "cd-windows__inherited");
        var cell = new Div(days);
        cell.addClassName("cd-windows__cell");
        if (w.overridden()) {
            days.getElement().setAttribute("title", m.market() + "'s own window");
            var own = new Span(m.market());
            own.addClassNames("cd-badge", "cd-badge--window-own");
            own.getElement().setAttribute("aria-label", "set by " + m.market() + "'s policy");
            cell.add(own);
        }
        if (w.next() != null) {
            var next = new Span("→ " + w.next().days() + " d from " + DAY.format(w.next().at()));
            next.addClassNames("cd-muted", "cd-windows__next");
            cell.add(next);
        }
        return cell;
    }

    private static Component policyCell(MarketWindows m) {
        var link = new Anchor("policies/" + m.market(), m.marketVersion() == 0 ? "default v" + m.defaultVersion()
                : m.market() + " v" + m.marketVersion() + " · default v" + m.defaultVersion());
        link.getElement().setAttribute("aria-label", "Open " + m.market() + "'s sharing policy");
        return link;
    }
}
