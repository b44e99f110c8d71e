package com.clipdesk.policy.ui;

import com.clipdesk.catalog.CatalogService;
import com.clipdesk.catalog.MarketView;
import com.clipdesk.policy.EffectivePolicy;
import com.clipdesk.policy.EffectivePolicy.Rule;
import com.clipdesk.policy.PolicyService;
import com.clipdesk.policy.PolicyStatus;
import com.clipdesk.policy.PolicyVersionView;
import com.clipdesk.shell.Formats;
import com.clipdesk.shell.MainLayout;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The sharing policies at a glance: the default policy and every market with its live version, the work
 * pending on it (drafts, versions in review, approved or scheduled ones) and which rules it overrides.
 * Every staff member reads the policies; policy admins change them on a market's page. Markets are
 * tens, so the grid holds them all.
 */
@Route(value = "policies", layout = MainLayout.class)
@PageTitle("Sharing policies · Clipdesk")
@Menu(order = 83, title = "Sharing policies", icon = "vaadin:share")
@RolesAllowed({Role.MODERATOR_NAME, Role.LEAD_MODERATOR_NAME, Role.POLICY_ADMIN_NAME, Role.CURATOR_NAME,
        Role.AUDITOR_NAME, Role.ADMIN_NAME})
@StyleSheet("styles/policies.css")
class PoliciesView extends VerticalLayout {

    /** One row: the default policy ("*") or a market. */
    record Row(String code, String label, @Nullable PolicyVersionView live, Map<String, Integer> pending,
            EffectivePolicy effective) {

        boolean isDefault() {
            return PolicyPages.DEFAULT.equals(code);
        }
    }

    final Grid<Row> grid = new Grid<>(Row.class, false);

    PoliciesView(PolicyService policies, CatalogService catalog) {
        addClassName("cd-policies");
        Instant now = Instant.now();
        List<Row> rows = new ArrayList<>();
        rows.add(row(policies, PolicyPages.DEFAULT, "Default policy", now));
        for (MarketView m : catalog.markets()) {
            rows.add(row(policies, m.code(), m.label(), now));
        }
        grid.addComponentColumn(PoliciesView::marketCell).setHeader("Policy").setWidth("12rem").setFlexGrow(0);
        grid.addComponentColumn(PoliciesView::liveCell).setHeader("Live version").setWidth("9rem").setFlexGrow(0);
        grid.addComponentColumn(PoliciesView::pendingCell).setHeader("Pending").setWidth("9rem").setFlexGrow(0);
        grid.addComponentColumn(PoliciesView::rulesCell).setHeader("Rules (override or inherited)").setWidth("20rem")
                .setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(rows);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(PolicyPages.route(e.getItem().code()))));
        grid.setSizeFull();

        var simulator = new Button("Would this be allowed?", VaadinIcon.QUESTION_CIRCLE_O.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(SimulatorView.class)));
        var top = new HorizontalLayout(new H2("Sharing policies"), simulator);
        top.setWidthFull();
        top.setWrap(true);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        add(top, new Paragraph("What members may clip and share where. Markets inherit the default policy and "
                + "override single rules. Changes are drafted, approved by a second policy admin and published now "
                + "or at a set time; every version is kept and can be rolled back to."), grid);
        setSizeFull();
    }

    private static Row row(PolicyService policies, String code, String label, Instant now) {
        List<PolicyVersionView> versions = policies.versions(code);
        Map<String, Integer> pending = new LinkedHashMap<>();
        for (PolicyVersionView v : versions) {
            if (v.status() != PolicyStatus.PUBLISHED || !(v.live() || v.superseded())) {
                pending.merge(v.stateLabel(), 1, Integer::sum);
            }
        }
        PolicyVersionView live = versions.stream().filter(PolicyVersionView::live).findFirst().orElse(null);
        return new Row(code, label, live, pending, policies.effective(code, now));
    }

    private static Component marketCell(Row row) {
        var link = new Anchor(PolicyPages.route(row.code()), row.label());
        link.addClassName("cd-policies__market");
        return link;
    }

    private static Component liveCell(Row row) {
        if (row.live() == null) {
            var none = new Span("Inherits the default");
            none.addClassName("cd-muted");
            return none;
        }
        var since = new Span("since " + Formats.date(row.live().effectiveAt()));
        since.addClassName("cd-muted");
        return new Div(new Span("v" + row.live().number() + " "), since);
    }

    private static Component pendingCell(Row row) {
        var badges = new Div();
        badges.addClassName("cd-badges");
        row.pending().forEach((state, n) -> badges.add(PolicyPages.stateBadge(state, n + " " + state.toLowerCase(
                java.util.Locale.ROOT))));
        if (row.pending().isEmpty()) {
            var none = new Span("—");
            none.addClassName("cd-muted");
            badges.add(none);
        }
        return badges;
    }

    private static Component rulesCell(Row row) {
        var chips = new Div();
        chips.addClassName("cd-rule-chips");
        for (Rule rule : Rule.values()) {
            boolean own = row.isDefault() || row.effective().overridden().contains(rule);
            var chip = new Span(PolicyPages.shortLabel(rule));
            chip.addClassNames("cd-rule-chip", row.isDefault() ? "cd-rule-chip--set"
                    : own ? "cd-rule-chip--override" : "cd-rule-chip--inherited");
            chip.getElement().setAttribute("title", rule.label() + (row.isDefault() ? ": set by the default policy"
                    : own ? ": overridden in " + row.code() : ": inherited from the default"));
            chips.add(chip);
        }
        if (!row.isDefault()) {
            var summary = new Span(row.effective().overridden().isEmpty() ? "inherits every rule"
                    : row.effective().overridden().size() + " of " + Rule.values().length + " overridden");
            summary.addClassName("cd-muted");
            chips.add(summary);
        }
        return chips;
    }
}
