package com.clipdesk.rules.ui;

import com.clipdesk.rules.RuleHit;
import com.clipdesk.rules.RuleRow;
import com.clipdesk.rules.Rules;
import com.clipdesk.shared.ConcurrentEditException;
import com.clipdesk.shared.NotFoundException;
import com.clipdesk.shell.Formats;
import com.clipdesk.shell.ListHeader;
import com.clipdesk.shell.MainLayout;
import com.clipdesk.staff.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Rules on ingest (docs/rules.md): the rules with their mode, action and shadow hits of the last 7
 * days; the selected rule's details, what it matched (a lazy grid linking to the items) and its
 * actions: enable (admins, after a confirmation showing the shadow results), disable, re-promote when
 * its saved search changed, delete, and a dry run over recent existing content.
 * {@code ?promote=<saved search id>} opens the promote dialog on that saved search.
 */
@Route(value = "rules", layout = MainLayout.class)
@PageTitle("Rules on ingest · Clipdesk")
@Menu(order = 87, title = "Rules on ingest", icon = "vaadin:filter")
@RolesAllowed({Role.ADMIN_NAME, Role.LEAD_MODERATOR_NAME})
class RulesView extends VerticalLayout implements BeforeEnterObserver {

    private final Rules rules;
    private final ListHeader header = new ListHeader("Rules on ingest", "rule", "rules");
    private final Grid<RuleRow> grid = new Grid<>(RuleRow.class, false);
    private final Grid<RuleHit> hits = new Grid<>(RuleHit.class, false);
    private final Div details = new Div();
    private final H3 hitsTitle = new H3();
    private @Nullable RuleRow selected;

    RulesView(Rules rules) {
        this.rules = rules;
        addClassName("cd-rules");
        Button promote = new Button("Promote a saved search…", VaadinIcon.PLUS.create(), e -> openPromote(null));
        promote.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var top = new HorizontalLayout(header, promote);
        top.setWidthFull();
        top.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.setWrap(true);
        Paragraph intro = new Paragraph("A rule is a saved search that acts on matching new content as it arrives: "
                + "it routes it to a queue, raises its priority or pre-flags it as a spoiler. A new rule runs in "
                + "shadow mode, recording what it would have done; an admin enables it.");
        intro.addClassName("cd-muted");

        // the name sizes to its text and the action gives way: at 1024 px names were cut to "Pre-flag: spoiler al…"
        grid.addColumn(RuleRow::name).setHeader("Rule").setAutoWidth(true).setFlexGrow(2).setTooltipGenerator(RuleRow::query);
        grid.addComponentColumn(RulesView::mode).setHeader("Mode").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RuleRow::actionLabel).setHeader("Action").setFlexGrow(1).setTooltipGenerator(RuleRow::actionLabel);
        grid.addColumn(RuleRow::marketsLabel).setHeader("Markets").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RuleRow::hitsLabel).setHeader("Hits (7 days)").setAutoWidth(true).setFlexGrow(0)
                .setTooltipGenerator(r -> "Last 7 days: " + Formats.count(r.liveHits7d()) + " matched while enabled, "
                        + Formats.count(r.shadowHits7d()) + " in shadow mode (what it would have done)");
        grid.addComponentColumn(RulesView::attention).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("No rules yet. Promote a saved search to start one in shadow mode.");
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> select(e.getValue()));

        hits.addComponentColumn(h -> new Anchor(h.route(), h.itemKind().label() + " #" + h.itemId()))
                .setHeader("Item").setAutoWidth(true).setFlexGrow(0);
        hits.addColumn(h -> Formats.markets(h.markets())).setHeader("Markets").setAutoWidth(true).setFlexGrow(0);
        hits.addColumn(h -> h.mode().label()).setHeader("Mode then").setAutoWidth(true).setFlexGrow(0);
        hits.addColumn(h -> h.outcome().label()).setHeader("Outcome").setAutoWidth(true).setFlexGrow(0);
        hits.addColumn(RuleHit::detail).setHeader("What it did").setFlexGrow(1).setTooltipGenerator(RuleHit::detail);
        hits.addColumn(h -> Formats.shortDateTime(h.at())).setHeader("At (UTC)").setAutoWidth(true).setFlexGrow(0);
        hits.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        hits.setEmptyStateText("Nothing matched yet.");
        hits.setHeight("22rem");

        details.addClassName("cd-rule-details");
        add(top, intro, grid, details, hitsTitle, hits);
        reload(null);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("promote").ifPresent(id -> {
            try {
                openPromote(Long.parseLong(id));
            } catch (NumberFormatException ignored) {
                openPromote(null);
            }
        });
    }

    private void openPromote(@Nullable Long savedSearchId) {
        new PromoteDialog(rules, savedSearchId, rule -> {
            notify("Rule “" + rule.name() + "” created in shadow mode", NotificationVariant.LUMO_SUCCESS);
            reload(rule.id());
        }).open();
    }

    private void reload(@Nullable Long select) {
        List<RuleRow> rows = rules.list();
        header.setCount(rows.size());
        grid.setItems(rows);
        RuleRow again = select == null ? null : rows.stream().filter(r -> r.id() == select).findFirst().orElse(null);
        if (again != null) {
            grid.select(again);
        } else {
            select(null);
        }
    }

    private void select(@Nullable RuleRow rule) {
        selected = rule;
        details.removeAll();
        hitsTitle.setVisible(rule != null);
        hits.setVisible(rule != null);
        if (rule == null) {
            return;
        }
        details.add(describe(rule), actions(rule));
        long total = rules.countHits(rule.id());
        hitsTitle.setText("What “" + rule.name() + "” matched · " + Formats.count(total));
        hits.setItems(q -> rules.hits(rule.id(), q.getOffset(), Math.min(q.getLimit(), 500)).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, rules.countHits(rule.id())));
    }

    private Component describe(RuleRow rule) {
        Div box = new Div();
        box.add(line("Query", rule.query().isEmpty() ? "(everything)" : rule.query()
                + " · revision " + rule.revision()));
        box.add(line("Does", rule.actionLabel() + " · " + rule.marketsLabel()));
        box.add(line("Promoted", "by " + rule.promotedByName() + ", " + Formats.dateTime(rule.promotedAt())));
        if (rule.savedQueryNow() != null) {
            Paragraph drift = new Paragraph("The saved search now reads “" + rule.savedQueryNow() + "”. The rule still "
                    + "uses “" + rule.query() + "”. Re-promote to take the new query (back to shadow mode).");
            drift.addClassNames("cd-badge", "cd-badge--changed");
            box.add(drift);
        } else if (rule.savedSearchGone()) {
            box.add(line("Saved search", "deleted or private now; the rule keeps its query"));
        }
        if (rule.lastError() != null) {
            Paragraph error = new Paragraph("Last error " + Formats.dateTime(rule.lastErrorAt()) + " (error id "
                    + rule.lastErrorId() + "): " + rule.lastError());
            error.addClassName("cd-error-text");
            error.getStyle().set("color", "var(--lumo-error-text-color)");
            box.add(error);
        }
        return box;
    }

    private Component actions(RuleRow rule) {
        var row = new HorizontalLayout();
        row.setWrap(true);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (rule.mayEnable()) {
            Button enable = new Button("Enable…", e -> confirmEnable(rule));
            enable.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            row.add(enable);
        }
        if (rule.mayDisable()) {
            row.add(new Button("Disable", e -> change(() -> rules.disable(rule.id(), rule.version()),
                    "Rule “" + rule.name() + "” disabled")));
        }
        if (rule.mayRepromote()) {
            row.add(new Button("Re-promote with the new query", e -> change(() -> rules.repromote(rule.id(),
                    rule.version()), "Rule “" + rule.name() + "” re-promoted: shadow mode again")));
        }
        if (rule.mayDelete()) {
            Button delete = new Button("Delete…", e -> confirmDelete(rule));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            row.add(delete);
        }
        IntegerField days = new IntegerField();
        days.setValue(7);
        days.setMin(1);
        days.setMax(Rules.MAX_DRY_RUN_DAYS);
        days.setWidth("5rem");
        days.setAriaLabel("Days back");
        days.setSuffixComponent(new Span("days"));
        Span result = new Span();
        result.addClassName("cd-muted");
        Button dryRun = new Button("Dry run over the last", e -> {
            Integer n = days.getValue();
            try {
                long count = rules.dryRun(rule.id(), n == null ? 0 : n);
                result.setText(Formats.count(count) + " existing item(s) created in the last " + n
                        + " days match in its markets");
            } catch (IllegalArgumentException ex) {
                result.setText(ex.getMessage());
            }
        });
        dryRun.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        row.add(dryRun, days, result);
        return row;
    }

    private void confirmEnable(RuleRow rule) {
        List<RuleHit> sample = rules.hits(rule.id(), 0, 5);
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader("Enable “" + rule.name() + "”?");
        Div text = new Div(new Paragraph("From now on it will " + rule.actionLabel().toLowerCase()
                + " for matching new content in " + (rule.markets().isEmpty() ? "every market" : rule.marketsLabel()) + ". In shadow mode it matched " + Formats.count(rule.shadowHits7d())
                + " item(s) in the last 7 days" + (sample.isEmpty() ? "." : ", the latest:")));
        for (RuleHit h : sample) {
            text.add(new Div(new Anchor(h.route(), h.itemKind().label() + " #" + h.itemId()),
                    new Span(" · " + Formats.markets(h.markets()) + " · " + h.detail())));
        }
        if (rule.shadowHits7d() == 0) {
            text.add(new Paragraph("It has matched nothing yet: check its query with a dry run first."));
        }
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setConfirmText("Enable");
        dialog.addConfirmListener(e -> change(() -> rules.enable(rule.id(), rule.version()),
                "Rule “" + rule.name() + "” enabled: it acts on new content now"));
        dialog.open();
    }

    private void confirmDelete(RuleRow rule) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader("Delete “" + rule.name() + "”?");
        dialog.setText("Its hits go too; what it did stays in the audit log. The saved search is not touched.");
        dialog.setCancelable(true);
        dialog.setConfirmText("Delete");
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            try {
                rules.delete(rule.id(), rule.version());
                notify("Rule “" + rule.name() + "” deleted", NotificationVariant.LUMO_SUCCESS);
                reload(null);
            } catch (ConcurrentEditException | IllegalStateException | AccessDeniedException | NotFoundException ex) {
                notify(ex.getMessage(), NotificationVariant.LUMO_WARNING);
                reload(rule.id());
            }
        });
        dialog.open();
    }

    private void change(java.util.function.Supplier<RuleRow> action, String done) {
        Long id = selected == null ? null : selected.id();
        try {
            action.get();
            notify(done, NotificationVariant.LUMO_SUCCESS);
        } catch (ConcurrentEditException | IllegalStateException | AccessDeniedException | NotFoundException e) {
            notify(e.getMessage(), NotificationVariant.LUMO_WARNING);
        } catch (com.clipdesk.search.QuerySyntaxException e) {
            notify("The saved search's query cannot be a rule's: " + e.getMessage(), NotificationVariant.LUMO_WARNING);
        }
        reload(id);
    }

    private static Component line(String label, String value) {
        Span l = new Span(label + ": ");
        l.addClassName("cd-muted");
        return new Div(l, new Span(value));
    }

    private static Span mode(RuleRow rule) {
        Span badge = new Span(rule.mode().label());
        badge.addClassNames("cd-badge", switch (rule.mode()) {
            case SHADOW -> "cd-badge--changed";
            case ENABLED -> "cd-badge--active";
            case DISABLED -> "cd-badge--policy-superseded";
        });
        return badge;
    }

    /** A mark on rules that need a look: an error, or a saved search that changed. */
    private static Component attention(RuleRow rule) {
        if (rule.lastError() != null) {
            var icon = VaadinIcon.WARNING.create();
            icon.setColor("var(--lumo-error-text-color)");
            icon.setTooltipText("Last error " + rule.lastErrorId() + ": " + rule.lastError());
            return icon;
        }
        if (rule.savedQueryNow() != null) {
            var icon = VaadinIcon.EXCHANGE.create();
            icon.setTooltipText("Its saved search changed since it was promoted");
            return icon;
        }
        return new Span();
    }

    private static void notify(String message, NotificationVariant variant) {
        boolean warning = variant == NotificationVariant.LUMO_WARNING;
        Notification.show(message, warning ? 6000 : 3000,
                warning ? Notification.Position.MIDDLE : Notification.Position.BOTTOM_START)
                .addThemeVariants(variant);
    }
}
