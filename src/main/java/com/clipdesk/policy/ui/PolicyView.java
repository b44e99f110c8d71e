package com.clipdesk.policy.ui;

import com.clipdesk.catalog.CatalogService;
import com.clipdesk.catalog.MarketView;
import com.clipdesk.policy.InvalidPolicyException;
import com.clipdesk.policy.PolicyService;
import com.clipdesk.policy.PolicyStatus;
import com.clipdesk.policy.PolicyVersionView;
import com.clipdesk.shared.ConcurrentEditException;
import com.clipdesk.shared.NotFoundException;
import com.clipdesk.shell.Facts;
import com.clipdesk.shell.Formats;
import com.clipdesk.shell.MainLayout;
import com.clipdesk.staff.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * One market's sharing policy (or the default's, {@code policies/default}): the rules in force now,
 * every version with its state, and for policy admins the work on them: new drafts, rollbacks (a draft of
 * an earlier version), the editor, review by a second policy admin and publication now or at a time. The
 * service decides who may do what; the page hides what it would refuse and says why.
 */
@Route(value = "policies/:market", layout = MainLayout.class)
@RolesAllowed({Role.MODERATOR_NAME, Role.LEAD_MODERATOR_NAME, Role.POLICY_ADMIN_NAME, Role.CURATOR_NAME,
        Role.AUDITOR_NAME, Role.ADMIN_NAME})
@StyleSheet("styles/policies.css")
class PolicyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PolicyService policies;
    private final CatalogService catalog;
    private final TitleNames titles;
    String market = PolicyPages.DEFAULT;
    private String name = "Default policy";
    final Grid<PolicyVersionView> versions = new Grid<>(PolicyVersionView.class, false);
    final Paragraph banner = new Paragraph();
    final Div detail = new Div();
    private final Div inForce = new Div();
    final Button newDraft = new Button("New draft", VaadinIcon.PLUS.create(), e -> startDraft(null));
    final Button compare = new Button("Compare versions", VaadinIcon.SPLIT_H.create(), e -> compare(null));
    @Nullable PolicyEditor editor;
    @Nullable PolicyVersionView selected;
    @Nullable Paragraph reviewRefusal;
    @Nullable Button approve;
    @Nullable Button reject;
    @Nullable Button publish;
    @Nullable TextArea reviewNote;
    @Nullable DateTimePicker effectiveAt;
    @Nullable RadioButtonGroup<String> when;
    @Nullable PublishDialog publishDialog;
    private List<PolicyVersionView> all = List.of();

    PolicyView(PolicyService policies, CatalogService catalog) {
        this.policies = policies;
        this.catalog = catalog;
        this.titles = new TitleNames(catalog);
        addClassName("cd-policy");
        banner.addClassName("cd-policy-banner");
        detail.addClassName("cd-policy-detail");
        versions.addColumn(v -> "v" + v.number()).setHeader("Version").setWidth("5.5rem").setFlexGrow(0);
        versions.addComponentColumn(PolicyPages::stateBadge).setHeader("State").setWidth("10rem").setFlexGrow(0);
        versions.addColumn(v -> v.author() + (v.lastEditedBy().equals(v.author()) ? "" : ", " + v.lastEditedBy()))
                .setHeader("Written by").setWidth("8rem").setFlexGrow(0);
        versions.addColumn(v -> v.reviewedBy() == null ? "—" : v.reviewedBy()).setHeader("Reviewed by")
                .setWidth("8rem").setFlexGrow(0);
        versions.addColumn(v -> v.effectiveAt() == null ? "—" : Formats.shortDateTime(v.effectiveAt()))
                .setHeader("Effective (UTC)").setWidth("9.5rem").setFlexGrow(0);
        versions.addColumn(PolicyVersionView::note).setHeader("Note").setWidth("12rem").setFlexGrow(1);
        versions.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT,
                GridVariant.LUMO_COMPACT);
        versions.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null && e.isFromClient()) {
                banner.setVisible(false);
                show(e.getValue());
            }
        });
        newDraft.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String parameter = event.getRouteParameters().get("market").orElse("default");
        market = PolicyPages.market(parameter);
        if (PolicyPages.DEFAULT.equals(market)) {
            name = "Default policy";
        } else {
            name = catalog.markets().stream().filter(m -> m.code().equals(market)).findFirst().map(MarketView::label)
                    .orElseThrow(() -> new NotFoundException("Market", parameter));
        }
        removeAll();
        banner.setVisible(false);
        add(header(), columns(), detail);
        reload(null);
    }

    // The view is a method-security proxy (class-level @RolesAllowed with jsr250 enabled); the title
    // holds nothing secret and Vaadin may ask for it outside the request's security context.
    @Override
    @PermitAll
    public String getPageTitle() {
        return "Sharing policy " + (PolicyPages.DEFAULT.equals(market) ? "(default)" : market) + " · Clipdesk";
    }

    private boolean isDefault() {
        return PolicyPages.DEFAULT.equals(market);
    }

    private Component header() {
        var back = new Anchor("policies", "Sharing policies");
        back.addClassName("cd-policy__back");
        var simulate = new Button("Would this be allowed?", VaadinIcon.QUESTION_CIRCLE_O.create(),
                e -> getUI().ifPresent(ui -> SimulatorView.open(ui, isDefault() ? null : market, null)));
        var actions = new HorizontalLayout(compare, simulate);
        if (policies.mayEdit()) {
            actions.addComponentAsFirst(newDraft);
        }
        actions.setWrap(true);
        var title = new H2(name);
        var lead = new Paragraph(isDefault()
                ? "Every market inherits these rules unless its own policy overrides one."
                : "The default policy applies here except for the rules this market overrides.");
        lead.addClassName("cd-muted");
        var heading = new Div(back, title, lead);
        var top = new HorizontalLayout(heading, actions);
        top.setWidthFull();
        top.setWrap(true);
        top.setAlignItems(FlexComponent.Alignment.END);
        top.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        return new Div(top, banner);
    }

    private Component columns() {
        inForce.addClassName("cd-policy-card");
        var list = new Div(new H3("Versions"), versions);
        list.addClassNames("cd-policy-card", "cd-policy-card--versions");
        var row = new Div(inForce, list);
        row.addClassName("cd-policy-columns");
        return row;
    }

    /** Reads everything again and shows {@code selectId}, else the version someone is working on, else the live one. */
    void reload(@Nullable Long selectId) {
        all = policies.versions(market);
        versions.setItems(all);
        versions.setAllRowsVisible(all.size() <= 8);
        if (all.size() > 8) {
            versions.setHeight("22rem");
        }
        inForce.removeAll();
        inForce.add(new H3("In force now"),
                RulesTable.effective(policies.effective(market, Instant.now()), isDefault(), titles));
        PolicyVersionView pick = all.stream().filter(v -> selectId != null && v.id() == selectId).findFirst()
                .or(() -> all.stream().filter(v -> v.status() != PolicyStatus.PUBLISHED).findFirst())
                .or(() -> all.stream().filter(PolicyVersionView::live).findFirst())
                .or(() -> all.stream().findFirst()).orElse(null);
        compare.setEnabled(all.size() > 1);
        if (pick == null) {
            selected = null;
            detail.removeAll();
            detail.add(new Paragraph("No version of its own yet: " + name + " inherits the default policy."));
            return;
        }
        versions.select(pick);
        show(pick);
    }

    private void show(PolicyVersionView v) {
        selected = v;
        editor = null;
        approve = reject = publish = null;
        publishDialog = null;
        reviewNote = null;
        effectiveAt = null;
        when = null;
        reviewRefusal = null;
        detail.removeAll();
        var title = new H3(v.label());
        var heading = new Div(title, PolicyPages.stateBadge(v));
        heading.addClassName("cd-policy-detail__heading");
        var tools = new HorizontalLayout();
        tools.setWrap(true);
        all.stream().filter(o -> o.number() < v.number()).findFirst().ifPresent(previous -> tools.add(
                new Button("Compare with v" + previous.number(), e -> compare(v))));
        if (v.status() != PolicyStatus.PUBLISHED || !v.live() && !v.superseded()) {
            tools.add(new Button("Simulate this version", VaadinIcon.QUESTION_CIRCLE_O.create(), e -> getUI()
                    .ifPresent(ui -> SimulatorView.open(ui, isDefault() ? null : market, v.id()))));
        }
        boolean newest = !all.isEmpty() && all.getFirst().id() == v.id();
        if (policies.mayEdit() && v.status() == PolicyStatus.PUBLISHED && !newest) {
            var rollback = new Button("Roll back to this version…", VaadinIcon.ROTATE_LEFT.create(), e -> startDraft(v));
            tools.add(rollback);
        }
        var top = new HorizontalLayout(heading, tools);
        top.setWidthFull();
        top.setWrap(true);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        detail.add(top, facts(v));
        boolean mayEdit = policies.mayEdit();
        if (v.status() == PolicyStatus.DRAFT && mayEdit) {
            editor = new PolicyEditor(policies, catalog, titles, v, defaultRules(),
                    saved -> reload(saved.id()), this::conflict);
            detail.add(editor);
            return;
        }
        if (v.status() == PolicyStatus.SUBMITTED) {
            detail.add(review(v));
        } else if (v.status() == PolicyStatus.APPROVED && mayEdit) {
            detail.add(publication(v));
        }
        var rules = new H3("Rules of " + v.label());
        rules.addClassName("cd-policy-detail__rules");
        detail.add(rules, RulesTable.version(v.rules(), isDefault(), defaultRules(), titles));
    }

    private com.clipdesk.policy.PolicyRules defaultRules() {
        return RuleTexts.rulesOf(policies.effective(PolicyPages.DEFAULT, Instant.now()));
    }

    private Facts facts(PolicyVersionView v) {
        var facts = new Facts().add("Note", v.note());
        facts.add("Written by", v.author() + ", " + Formats.dateTime(v.createdAt())
                + (v.lastEditedBy().equals(v.author()) ? "" : "; last edited by " + v.lastEditedBy()));
        if (v.basedOn() != null) {
            all.stream().filter(o -> o.id() == v.basedOn()).findFirst()
                    .ifPresent(base -> facts.add("Based on", "v" + base.number() + " (a copy of its rules)"));
        }
        if (v.submittedAt() != null) {
            facts.add("Submitted", Formats.dateTime(v.submittedAt()));
        }
        if (v.reviewedBy() != null) {
            facts.add(v.status() == PolicyStatus.DRAFT ? "Sent back by" : "Approved by", v.reviewedBy()
                    + (v.reviewedAt() == null ? "" : ", " + Formats.dateTime(v.reviewedAt()))
                    + (v.reviewNote() == null ? "" : ": " + v.reviewNote()));
        }
        if (v.effectiveAt() != null) {
            facts.add("Effective", Formats.dateTime(v.effectiveAt()) + (v.publishedBy() == null ? ""
                    : " · published by " + v.publishedBy()));
        }
        return facts;
    }

    private Component review(PolicyVersionView v) {
        var box = new Div();
        box.addClassName("cd-policy-action");
        String refusal = policies.reviewRefusal(v.id());
        if (refusal != null) {
            reviewRefusal = new Paragraph(refusal);
            reviewRefusal.addClassName("cd-muted");
            box.add(reviewRefusal);
            return box;
        }
        var note = new TextArea("Review note");
        note.setHelperText("Optional when approving; say what must change when sending back");
        note.setMaxLength(2000);
        note.addClassName("cd-field-wide");
        reviewNote = note;
        var ok = new Button("Approve", VaadinIcon.CHECK.create(), e -> act(() -> policies.approve(v.id(), v.version(),
                note.getValue()), v.label() + " approved: it can be published"));
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        var back = new Button("Send back to draft", e -> act(() -> policies.reject(v.id(), v.version(),
                note.getValue()), v.label() + " sent back to its authors"));
        back.addThemeVariants(ButtonVariant.LUMO_ERROR);
        ok.setId("policy-approve");
        approve = ok;
        reject = back;
        var why = new Paragraph("Check the rules below (and “Compare with”) before approving: an approved version "
                + "can be published by any policy admin.");
        why.addClassName("cd-muted");
        box.add(new H3("Review"), why, note, new HorizontalLayout(ok, back));
        return box;
    }

    private Component publication(PolicyVersionView v) {
        var box = new Div();
        box.addClassName("cd-policy-action");
        var choice = new RadioButtonGroup<String>("Takes effect");
        choice.setItems("Now", "At a set time");
        choice.setValue("Now");
        var at = new DateTimePicker("Effective at (UTC)");
        at.setStep(java.time.Duration.ofMinutes(15));
        at.setMin(LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES));
        at.setVisible(false);
        at.setHelperText("UTC: " + Formats.dateTime(Instant.now().truncatedTo(ChronoUnit.MINUTES)) + " now");
        var go = new Button("Publish now", VaadinIcon.UPLOAD.create());
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        choice.addValueChangeListener(e -> {
            boolean later = "At a set time".equals(e.getValue());
            at.setVisible(later);
            go.setText(later ? "Schedule" : "Publish now");
        });
        go.addClickListener(e -> {
            Instant effective = null;
            if ("At a set time".equals(choice.getValue())) {
                if (at.getValue() == null) {
                    at.setErrorMessage("Choose when it takes effect (UTC)");
                    at.setInvalid(true);
                    return;
                }
                effective = at.getValue().toInstant(ZoneOffset.UTC);
            }
            Instant chosen = effective;
            PolicyVersionView inForce = all.stream().filter(PolicyVersionView::live).findFirst().orElse(null);
            // as the rules apply: a market's with what it inherits, so the dialog shows values, not "inherited"
            Instant now = Instant.now();
            var before = RuleTexts.rulesOf(policies.effective(market, now));
            var after = isDefault() ? v.rules() : RuleTexts.rulesOf(policies.effectiveIf(v.id(), market, now));
            publishDialog = new PublishDialog(v, inForce, before, after, chosen, zone(), policies.impact(v.id()), titles,
                    () -> publish(v, chosen, at));
            publishDialog.open();
        });
        when = choice;
        effectiveAt = at;
        go.setId("policy-publish");
        publish = go;
        var why = new Paragraph("Publishing replaces " + (isDefault() ? "the default policy in every market that "
                + "inherits it" : "the policy in " + market) + " at the effective time. The version is then frozen.");
        why.addClassName("cd-muted");
        box.add(new H3("Publish"), why, impact(v), choice, at, go);
        return box;
    }

    /** After the confirmation: publishes, or puts the service's refusal on the time field or above everything. */
    private void publish(PolicyVersionView v, @Nullable Instant chosen, DateTimePicker at) {
        try {
            PolicyVersionView done = policies.publish(v.id(), v.version(), chosen);
            toast(done.label() + (chosen == null ? " is live" : " takes effect " + Formats.dateTime(chosen)),
                    NotificationVariant.LUMO_SUCCESS);
            reload(done.id());
        } catch (InvalidPolicyException ex) {
            at.setErrorMessage(ex.getMessage());
            at.setInvalid(true);
            at.setVisible(true);
        } catch (ConcurrentEditException ex) {
            conflict(ex.getMessage());
        }
    }

    /** The market's time zone, for the confirmation's local time; none for the default policy. */
    private java.time.@Nullable ZoneId zone() {
        if (isDefault()) {
            return null;
        }
        return catalog.markets().stream().filter(m -> m.code().equals(market)).findFirst().map(m -> {
            try {
                return java.time.ZoneId.of(m.timeZone());
            } catch (java.time.DateTimeException unknownZone) {
                return null;
            }
        }).orElse(null);
    }

    /** What this version would leave outside the policy if it were live now: reviewed before publishing. */
    private Component impact(PolicyVersionView v) {
        var list = new Div();
        list.addClassName("cd-policy-impact");
        java.util.List<com.clipdesk.policy.PolicyImpact> impacts = policies.impact(v.id());
        long total = impacts.stream().mapToLong(com.clipdesk.policy.PolicyImpact::total).sum();
        if (impacts.isEmpty() || total == 0) {
            var none = new Paragraph("Nothing existing falls outside this version: no Moment too long, no share link to a "
                    + "destination it closes, no Moment of a title it blacks out.");
            none.addClassName("cd-muted");
            list.add(none);
            return list;
        }
        var head = new Paragraph("Stricter than the policy in force: if it were live now, " + Formats.count(total)
                + " existing item" + (total == 1 ? "" : "s") + " would fall outside it.");
        head.addClassName("cd-policy-impact__head");
        list.add(head);
        for (var impact : impacts) {
            for (var line : impact.lines()) {
                if (line.count() == 0) {
                    continue;
                }
                // the count opens the list of the Moments concerned, where leads take them down in bulk
                var count = new Anchor(ImpactView.route(v.id(), impact.market(), line.key()),
                        Formats.count(line.count()) + " " + line.what());
                count.addClassName("cd-policy-impact__count");
                var row = new Paragraph(new Span(impact.market() + " · " + line.rule().label() + " · " + line.change()
                        + ": "), count);
                row.addClassName("cd-policy-impact__line");
                list.add(row);
            }
        }
        return list;
    }

    private void act(java.util.function.Supplier<PolicyVersionView> action, String success) {
        try {
            PolicyVersionView done = action.get();
            toast(success, NotificationVariant.LUMO_SUCCESS);
            reload(done.id());
        } catch (InvalidPolicyException e) {
            if (reviewNote != null && "reviewNote".equals(e.field())) {
                reviewNote.setErrorMessage(e.getMessage());
                reviewNote.setInvalid(true);
            } else {
                conflict(e.getMessage());
            }
        } catch (AccessDeniedException | ConcurrentEditException e) {
            conflict(e.getMessage());
        }
    }

    /** Someone else changed it meanwhile, or the service refused: say so above everything and show what is now. */
    void conflict(String message) {
        toast(message, NotificationVariant.LUMO_WARNING);
        Long keep = selected == null ? null : selected.id();
        reload(keep);
        banner.setText(message);
        banner.setVisible(true);
    }

    private void startDraft(@Nullable PolicyVersionView base) {
        new NoteDialog(base == null ? "New draft of " + (isDefault() ? "the default policy" : market)
                : "Roll back to " + base.label(),
                base == null ? "A copy of the newest version's rules, to change and send for review."
                        : "A new draft with the rules of " + base.label() + ". It goes through review and "
                                + "publication like any version; the versions in between stay in the history.",
                base == null ? "" : "Roll back to v" + base.number(), "Create draft",
                note -> policies.draft(market, base == null ? null : base.id(), note), draft -> {
                    toast(draft.label() + " drafted", NotificationVariant.LUMO_SUCCESS);
                    reload(draft.id());
                }).open();
    }

    private void compare(@Nullable PolicyVersionView newer) {
        PolicyVersionView right = newer != null ? newer : selected != null ? selected : all.getFirst();
        PolicyVersionView left = all.stream().filter(o -> o.number() < right.number()).findFirst()
                .orElse(all.getLast());
        new CompareDialog(all, left, right, titles).open();
    }

    static void toast(String message, NotificationVariant variant) {
        boolean warning = variant == NotificationVariant.LUMO_WARNING;
        Notification.show(message, warning ? 6000 : 3000, warning ? Notification.Position.MIDDLE
                : Notification.Position.BOTTOM_START).addThemeVariants(variant);
    }
}
