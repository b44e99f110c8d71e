package com.clipdesk.policy.ui;

import com.clipdesk.catalog.CatalogService;
import com.clipdesk.catalog.CatalogService.TitleFacts;
import com.clipdesk.catalog.EpisodeReleases;
import com.clipdesk.catalog.MarketView;
import com.clipdesk.catalog.TitleSummary;
import com.clipdesk.content.ShareDestination;
import com.clipdesk.policy.EffectivePolicy;
import com.clipdesk.policy.InvalidPolicyException;
import com.clipdesk.policy.PolicyDecision;
import com.clipdesk.policy.PolicyEvaluator;
import com.clipdesk.policy.PolicyService;
import com.clipdesk.policy.PolicyStatus;
import com.clipdesk.policy.PolicyVersionView;
import com.clipdesk.policy.ShareQuestion;
import com.clipdesk.shell.MainLayout;
import com.clipdesk.staff.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * "Would this be allowed?": a share as the product would ask it (market, title or episode, clip length,
 * destination, member age band) decided against the published policy, or against a draft, submitted,
 * approved or scheduled version as if it were live, with every rule that denies. Deep link:
 * {@code policies/simulator?market=DE&version=12}.
 */
@Route(value = "policies/simulator", layout = MainLayout.class)
@PageTitle("Policy simulator · Clipdesk")
@RolesAllowed({Role.MODERATOR_NAME, Role.LEAD_MODERATOR_NAME, Role.POLICY_ADMIN_NAME, Role.CURATOR_NAME,
        Role.AUDITOR_NAME, Role.ADMIN_NAME})
@StyleSheet("styles/policies.css")
class SimulatorView extends VerticalLayout implements BeforeEnterObserver {

    /** What to evaluate against: the published policy (no version) or one unpublished or scheduled version. */
    record Target(@Nullable PolicyVersionView version) {
        String label() {
            return version == null ? "Published policy, now" : version.label() + " · " + version.stateLabel();
        }
    }

    static final Target PUBLISHED = new Target(null);
    static final Map<String, String> AGE_BANDS = new LinkedHashMap<>();

    static {
        AGE_BANDS.put("13_17", "13–17");
        AGE_BANDS.put("18_24", "18–24");
        AGE_BANDS.put("25_34", "25–34");
        AGE_BANDS.put("35_54", "35–54");
        AGE_BANDS.put("55_PLUS", "55 and older");
    }

    private final PolicyService policies;
    private final CatalogService catalog;
    final ComboBox<MarketView> market = new ComboBox<>("Market");
    final ComboBox<TitleSummary> title = new ComboBox<>("Title");
    final ComboBox<EpisodeReleases> episode = new ComboBox<>("Episode (optional)");
    final IntegerField seconds = new IntegerField("Clip length");
    final Select<ShareDestination> destination = new Select<>();
    final Select<String> ageBand = new Select<>();
    final Select<Target> against = new Select<>();
    final Button ask = new Button("Would this be allowed?", VaadinIcon.QUESTION_CIRCLE_O.create(), e -> evaluate());
    final Div answer = new Div();

    SimulatorView(PolicyService policies, CatalogService catalog) {
        this.policies = policies;
        this.catalog = catalog;
        addClassName("cd-simulator");
        market.setItems(catalog.markets());
        market.setItemLabelGenerator(MarketView::label);
        market.setRequiredIndicatorVisible(true);
        market.addValueChangeListener(e -> targets(null));
        title.setItems(q -> catalog.titles(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream(),
                q -> catalog.countTitles(q.getFilter().orElse("")));
        title.setItemLabelGenerator(TitleSummary::label);
        title.setRequiredIndicatorVisible(true);
        title.setId("sim-title");
        title.setPlaceholder("Type a title's name");
        title.addValueChangeListener(e -> {
            episode.clear();
            episode.setItems(e.getValue() == null ? List.of() : catalog.releasesOfTitle(e.getValue().id()).episodes());
        });
        episode.setItemLabelGenerator(ep -> "S" + ep.season() + " E" + ep.number() + " · " + ep.label());
        episode.setHelperText("For season blackouts");
        seconds.setValue(30);
        seconds.setMin(1);
        seconds.setSuffixComponent(new com.vaadin.flow.component.html.Span("s"));
        seconds.setRequiredIndicatorVisible(true);
        destination.setLabel("Destination");
        destination.setId("sim-destination");
        destination.setItems(ShareDestination.values());
        destination.setItemLabelGenerator(ShareDestination::label);
        destination.setValue(ShareDestination.INSTAGRAM);
        ageBand.setLabel("Member's age band");
        ageBand.setItems(AGE_BANDS.keySet());
        ageBand.setItemLabelGenerator(AGE_BANDS::get);
        ageBand.setValue("25_34");
        against.setLabel("Evaluate against");
        against.setItemLabelGenerator(Target::label);
        against.setItems(PUBLISHED);
        against.setValue(PUBLISHED);
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ask.setId("simulate");
        answer.addClassName("cd-simulator__answer");
        answer.setId("simulator-answer");
        var form = new FormLayout(market, against, title, episode, seconds, destination, ageBand);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36rem", 2));
        form.addClassName("cd-simulator__form");
        var back = new Anchor("policies", "Sharing policies");
        var lead = new Paragraph("Ask what the product asks at share time, against the policy published now or "
                + "against a version before it goes live. Every rule that would deny is listed.");
        lead.addClassName("cd-muted");
        add(back, new H2("Would this be allowed?"), lead, form, ask, answer);
    }

    /** Opens the simulator for a market (null: none chosen) and version (null: the published policy). */
    static void open(com.vaadin.flow.component.UI ui, @Nullable String market, @Nullable Long version) {
        Map<String, String> params = new LinkedHashMap<>();
        if (market != null) {
            params.put("market", market);
        }
        if (version != null) {
            params.put("version", String.valueOf(version));
        }
        ui.navigate(SimulatorView.class, QueryParameters.simple(params));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters();
        params.getSingleParameter("market").flatMap(code -> catalog.markets().stream()
                .filter(m -> m.code().equalsIgnoreCase(code)).findFirst()).ifPresent(market::setValue);
        Long version = params.getSingleParameter("version").map(v -> {
            try {
                return Long.valueOf(v);
            } catch (NumberFormatException e) {
                return null;
            }
        }).orElse(null);
        targets(version);
    }

    /** The versions one can ask about: the market's and the default's that are not in force yet. */
    private void targets(@Nullable Long select) {
        List<Target> items = new ArrayList<>(List.of(PUBLISHED));
        List<PolicyVersionView> candidates = new ArrayList<>();
        if (market.getValue() != null) {
            candidates.addAll(policies.versions(market.getValue().code()));
        }
        candidates.addAll(policies.versions(PolicyPages.DEFAULT));
        candidates.stream().filter(v -> v.status() != PolicyStatus.PUBLISHED || !v.live() && !v.superseded())
                .map(Target::new).forEach(items::add);
        if (select != null) {
            candidates.stream().filter(v -> v.id() == select && items.stream().noneMatch(t -> t.version() == v))
                    .findFirst().map(Target::new).ifPresent(items::add);
        }
        against.setItems(items);
        against.setValue(items.stream().filter(t -> t.version() != null && select != null && t.version().id() == select)
                .findFirst().orElse(PUBLISHED));
    }

    void evaluate() {
        answer.removeAll();
        market.setInvalid(false);
        title.setInvalid(false);
        seconds.setInvalid(false);
        if (market.getValue() == null) {
            invalid(market, "Choose the market");
        }
        if (title.getValue() == null) {
            invalid(title, "Choose the title");
        }
        if (seconds.getValue() == null || seconds.getValue() < 1) {
            seconds.setErrorMessage("1 second or more");
            seconds.setInvalid(true);
        }
        if (market.getValue() == null || title.getValue() == null || seconds.isInvalid()) {
            return;
        }
        String code = market.getValue().code();
        TitleFacts facts = catalog.titleFacts().get(title.getValue().id());
        Long season = episode.getValue() == null ? null : catalog.titleAndSeasonOf(episode.getValue().episodeId())
                .map(ts -> ts[1]).orElse(null);
        Instant now = Instant.now();
        var question = new ShareQuestion(code, facts.id(), season, facts.kind(), facts.maturityRating(),
                seconds.getValue(), destination.getValue(), ageBand.getValue(), now);
        Target target = against.getValue() == null ? PUBLISHED : against.getValue();
        EffectivePolicy policy;
        long number;
        String source;
        try {
            if (target.version() == null) {
                policy = policies.effective(code, now);
                PolicyVersionView live = policies.versions(code).stream().filter(PolicyVersionView::live).findFirst()
                        .orElse(null);
                number = live == null ? 0 : live.number();
                source = live == null ? "the published default policy (" + code + " has no version of its own)"
                        : "the published " + live.label();
            } else {
                policy = policies.effectiveIf(target.version().id(), code, now);
                number = target.version().number();
                source = target.version().label() + " (" + target.version().stateLabel().toLowerCase(java.util.Locale.ROOT)
                        + ") as if it were live";
            }
        } catch (InvalidPolicyException e) {
            answer.add(new Paragraph(e.getMessage()));
            return;
        }
        PolicyDecision decision = PolicyEvaluator.decide(policy, number, question);
        var verdict = new H3(decision.allowed() ? "Allowed" : "Denied");
        verdict.addClassName(decision.allowed() ? "cd-verdict--allowed" : "cd-verdict--denied");
        answer.add(verdict);
        answer.getElement().setAttribute("data-allowed", String.valueOf(decision.allowed()));
        if (!decision.allowed()) {
            var reasons = new UnorderedList();
            decision.denials().forEach(d -> {
                var item = new ListItem();
                var rule = new com.vaadin.flow.component.html.Span(d.rule().label() + ": ");
                rule.addClassName("cd-simulator__rule");
                item.add(rule, new com.vaadin.flow.component.html.Span(d.message()));
                reasons.add(item);
            });
            answer.add(reasons);
        }
        var by = new Paragraph("Decided by " + source + ". " + title.getValue().name() + " is a "
                + facts.kind().label().toLowerCase(java.util.Locale.ROOT) + " rated " + facts.maturityRating() + ".");
        by.addClassName("cd-muted");
        answer.add(by);
    }

    private static void invalid(ComboBox<?> field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
