package com.clipdesk.policy.ui;

import com.clipdesk.content.MarketMomentRow;
import com.clipdesk.policy.InvalidPolicyException;
import com.clipdesk.policy.PolicyImpact;
import com.clipdesk.policy.PolicyService;
import com.clipdesk.policy.PolicyVersionView;
import com.clipdesk.shared.NotFoundException;
import com.clipdesk.shell.Formats;
import com.clipdesk.shell.MainLayout;
import com.clipdesk.staff.Role;
import com.clipdesk.takedown.BulkTakedowns;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * The Moments one impact count stands for ({@code policies/impact/12?market=DE&impact=clip_length:SERIES}):
 * what a stricter version would leave outside the policy in a market, each with its length, the rule it
 * breaks and whether it is still visible there; leads and admins take them down in that market in bulk
 * (selected, or all listed) with progress, cancel and a summary. Every staff role that reads policies
 * opens it, in their markets.
 */
@Route(value = "policies/impact/:versionId", layout = MainLayout.class)
@RolesAllowed({Role.MODERATOR_NAME, Role.LEAD_MODERATOR_NAME, Role.POLICY_ADMIN_NAME, Role.CURATOR_NAME,
        Role.AUDITOR_NAME, Role.ADMIN_NAME})
@StyleSheet("styles/policies.css")
class ImpactView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PolicyService policies;
    private final BulkTakedowns bulk;
    final Grid<MarketMomentRow> grid = new Grid<>(MarketMomentRow.class, false);
    final Paragraph message = new Paragraph();
    final Span listed = new Span();
    @Nullable Button takeDown;
    private long versionId;
    private String market = "";
    private String key = "";
    private PolicyImpact.@Nullable Line line;
    private @Nullable PolicyVersionView version;

    ImpactView(PolicyService policies, BulkTakedowns bulk) {
        this.policies = policies;
        this.bulk = bulk;
        addClassName("cd-policy");
        addClassName("cd-impact");
        setWidthFull();
        message.addClassName("cd-muted");
        grid.addComponentColumn(m -> new Anchor("moments/" + m.id(), "#" + m.id())).setHeader("Moment")
                .setWidth("5.5rem").setFlexGrow(0);
        grid.addColumn(MarketMomentRow::titleAndEpisode).setHeader("Title · episode").setWidth("13rem")
                .setFlexGrow(2);
        grid.addColumn(m -> m.seconds() + " s").setHeader("Length").setWidth("5.5rem").setFlexGrow(0);
        grid.addColumn(m -> breaks()).setHeader("Breaks").setWidth("10rem").setFlexGrow(1);
        grid.addComponentColumn(this::state).setHeader("In market").setWidth("9.5rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.setHeight("calc(100vh - 17rem)");
        grid.setMinHeight("20rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        line = null;
        takeDown = null;
        try {
            versionId = Long.parseLong(event.getRouteParameters().get("versionId").orElse(""));
        } catch (NumberFormatException e) {
            throw new NotFoundException("Policy version", event.getRouteParameters().get("versionId").orElse(""));
        }
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        market = query.getOrDefault("market", List.of("")).getFirst().strip().toUpperCase(Locale.ROOT);
        key = query.getOrDefault("impact", List.of("")).getFirst().strip();
        version = policies.version(versionId);
        add(header());
        if (market.isEmpty() || key.isEmpty()) {
            say("Open this list from an impact count on " + version.label() + "'s page: it names the market and the rule.");
            return;
        }
        try {
            line = policies.impactLine(versionId, market, key).orElse(null);
        } catch (AccessDeniedException | InvalidPolicyException e) {
            say(e.getMessage());
            return;
        }
        if (line == null) {
            say(version.label() + " does not make this rule stricter in " + market + " (any more): nothing falls "
                    + "outside it there.");
            return;
        }
        long count = policies.impactMomentCount(versionId, market, key);
        listed.setText(Formats.count(count) + (count == 1 ? " Moment" : " Moments") + " listed in " + market
                + (line.rule() == com.clipdesk.policy.EffectivePolicy.Rule.DESTINATION ? " with "
                        + Formats.count(line.count()) + " share links to the closed destinations" : "")
                + ".");
        listed.addClassName("cd-muted");
        grid.setItems(q -> policies.impactMoments(versionId, market, key, q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, policies.impactMomentCount(versionId, market, key)));
        add(actions(), grid);
    }

    // The view is a method-security proxy (class-level @RolesAllowed); the title holds nothing secret.
    @Override
    @PermitAll
    public String getPageTitle() {
        return "Impact " + (market.isEmpty() ? "" : market + " ") + "· Clipdesk";
    }

    /** Opens the list of one impact count. */
    static String route(long versionId, String market, String key) {
        return "policies/impact/" + versionId + "?" + QueryParameters.simple(Map.of("market", market, "impact", key))
                .getQueryString();
    }

    private Component header() {
        PolicyVersionView v = java.util.Objects.requireNonNull(version);
        var back = new Anchor(PolicyPages.route(v.market()), "Sharing policy " + (PolicyPages.DEFAULT.equals(v.market())
                ? "(default)" : v.market()));
        back.addClassName("cd-policy__back");
        var title = new H2("Moments outside " + v.label() + (market.isEmpty() || market.equals(v.market()) ? ""
                : " in " + market));
        var lead = new Paragraph("Moments that would fall outside " + v.label() + " (" + v.stateLabel()
                .toLowerCase(Locale.ROOT) + ") if it were live now.");
        lead.addClassName("cd-muted");
        var heading = new Div(back, title, lead);
        heading.addClassName("cd-impact__heading");
        return heading;
    }

    private Component actions() {
        PolicyImpact.Line l = java.util.Objects.requireNonNull(line);
        var rule = new Span(l.rule().label() + " · " + l.change());
        rule.addClassName("cd-impact__rule");
        var what = new Div(rule, listed);
        what.addClassName("cd-impact__what");
        var bar = new HorizontalLayout(what);
        bar.setWidthFull();
        bar.setWrap(true);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        if (bulk.mayRun(market)) {
            var button = new Button("Take down in " + market + "…", VaadinIcon.BAN.create(), e -> openTakedown());
            button.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
            button.setId("impact-take-down");
            takeDown = button;
            grid.addSelectionListener(e -> button.setText("Take down in " + market + (e.getAllSelectedItems().isEmpty()
                    ? "…" : " (" + Formats.count(e.getAllSelectedItems().size()) + " selected)…")));
            bar.add(button);
        } else {
            var who = new Span("Lead moderators and admins take these down in bulk.");
            who.addClassName("cd-muted");
            bar.add(who);
        }
        return bar;
    }

    private void openTakedown() {
        PolicyVersionView v = java.util.Objects.requireNonNull(version);
        PolicyImpact.Line l = java.util.Objects.requireNonNull(line);
        List<Long> selected = grid.getSelectedItems().stream().map(MarketMomentRow::id).sorted().toList();
        new ImpactTakedownDialog(bulk, market, v, l, selected,
                () -> policies.impactMomentIds(versionId, market, key, com.clipdesk.review.BulkDecisions.MAX_ITEMS),
                (int) policies.impactMomentCount(versionId, market, key), () -> {
                    grid.deselectAll();
                    grid.getDataProvider().refreshAll();
                }).open();
    }

    private String breaks() {
        PolicyImpact.Line l = line;
        return l == null ? "" : PolicyPages.shortLabel(l.rule()) + ": " + l.change();
    }

    private Span state(MarketMomentRow m) {
        var badge = new Span(m.takenDownInMarket() ? "Taken down in " + market : "Visible in " + market);
        badge.addClassNames("cd-badge", m.takenDownInMarket() ? "cd-badge--impact-down" : "cd-badge--impact-visible");
        return badge;
    }

    private void say(String text) {
        message.setText(text);
        add(message);
    }
}
