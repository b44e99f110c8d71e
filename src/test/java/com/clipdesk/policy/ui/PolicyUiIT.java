package com.clipdesk.policy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.catalog.CatalogService;
import com.clipdesk.catalog.TitleKind;
import com.clipdesk.catalog.TitleSummary;
import com.clipdesk.content.ShareDestination;
import com.clipdesk.policy.PolicyRules;
import com.clipdesk.policy.PolicyService;
import com.clipdesk.policy.PolicyVersionView;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import com.clipdesk.support.GridRows;
import com.clipdesk.support.KaribuSupport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The policy pages without a browser: the editor saves, puts the service's complaints on the fields and
 * says who changed a draft meanwhile; the author cannot approve, another policy admin can and publishes;
 * the diff highlights a changed rule; the simulator answers allowed, then denied after the publication.
 * Each test its own market (NL, PL, SE): no other test writes their policies.
 */
@SpringBootTest
@ActiveProfiles("test")
class PolicyUiIT extends KaribuSupport {

    @Autowired
    TestData data;

    @Autowired
    PolicyService policies;

    @Autowired
    CatalogService catalog;

    @BeforeEach
    void markets() {
        data.markets("NL", "PL", "SE");
    }

    @Test
    void theEditorSavesShowsFieldErrorsAndSaysWhoChangedTheDraftMeanwhile() {
        signInAs(Set.of(Role.POLICY_ADMIN), "*");
        UI.getCurrent().navigate("policies/NL");
        PolicyView page = _get(PolicyView.class);
        _click(page.newDraft);
        NoteDialog dialog = _get(NoteDialog.class);
        _setValue(dialog.note, "No X in NL; films 20 s");
        _click(dialog.confirm);
        PolicyEditor editor = page.editor;
        assertThat(editor).as("the new draft opens in the editor").isNotNull();

        _setValue(editor.modes.get("destinations"), "Override");
        _setValue(editor.destinations, Set.of(ShareDestination.INSTAGRAM, ShareDestination.TIKTOK));
        _setValue(editor.modes.get("maxClipSeconds"), "Override");
        _setValue(editor.lengths.get(TitleKind.FILM), 0);
        _click(editor.save);
        assertThat(editor.lengths.get(TitleKind.FILM).isInvalid()).isTrue();
        assertThat(_find(com.vaadin.flow.component.html.Span.class, spec -> spec.withText(
                "Clips of a film last 1 to 600 s, not 0."))).hasSize(1);

        _setValue(editor.lengths.get(TitleKind.FILM), 20);
        _setValue(editor.note, " ");
        _click(editor.save);
        assertThat(editor.note.isInvalid()).isTrue();
        assertThat(editor.note.getErrorMessage()).contains("Say what this version is for");

        _setValue(editor.note, "No X in NL; films 20 s");
        _click(editor.save);
        PolicyVersionView saved = policies.version(page.selected.id());
        assertThat(saved.rules().destinations()).containsExactlyInAnyOrder(ShareDestination.INSTAGRAM,
                ShareDestination.TIKTOK);
        assertThat(saved.rules().maxClipSeconds()).containsExactly(Map.entry(TitleKind.FILM, 20));
        assertThat(saved.rules().minimumAge()).as("untouched rules stay inherited").isNull();

        // ben saves the same draft while it is open here
        PolicyEditor open = page.editor;
        AsStaff.run("ben", Set.of(Role.POLICY_ADMIN), Set.of("*"), () -> policies.edit(saved.id(), saved.version(),
                new PolicyRules(Set.of(ShareDestination.INSTAGRAM), null, null, null, null, null), "Ben's take"));
        _setValue(open.lengths.get(TitleKind.FILM), 25);
        _click(open.save);
        assertThat(page.banner.isVisible()).isTrue();
        assertThat(page.banner.getText()).contains("was changed by ben since you opened it").contains("Nothing was saved");
        assertThat(policies.version(saved.id()).rules().destinations()).containsExactly(ShareDestination.INSTAGRAM);
        assertThat(page.editor.note.getValue()).as("the editor shows ben's version now").isEqualTo("Ben's take");
    }

    @Test
    void theAuthorCannotApproveAnotherPolicyAdminApprovesAndPublishesAndTheSimulatorFollows() {
        String titleName = "Policy ui " + System.nanoTime();
        data.episode(titleName, 1800);

        signInAs(Set.of(Role.POLICY_ADMIN), "*");
        UI.getCurrent().navigate("policies/simulator", QueryParameters.simple(Map.of("market", "PL")));
        SimulatorView simulator = _get(SimulatorView.class);
        ask(simulator, "PL", titleName, ShareDestination.X);
        assertThat(simulator.answer.getElement().getTextRecursively()).startsWith("Allowed");

        UI.getCurrent().navigate("policies/PL");
        PolicyView page = _get(PolicyView.class);
        _click(page.newDraft);
        NoteDialog dialog = _get(NoteDialog.class);
        _setValue(dialog.note, "No X in PL");
        _click(dialog.confirm);
        _setValue(page.editor.modes.get("destinations"), "Override");
        _setValue(page.editor.destinations, Set.of(ShareDestination.INSTAGRAM, ShareDestination.TIKTOK,
                ShareDestination.COPY_LINK));
        _click(page.editor.submit);
        assertThat(page.selected.stateLabel()).isEqualTo("Submitted for review");
        assertThat(page.approve).as("no Approve for the author").isNull();
        assertThat(page.reviewRefusal.getText())
                .isEqualTo("You wrote this version: another policy admin reviews it (four-eyes).");
        long id = page.selected.id();

        signInAs(Set.of(Role.ADMIN), "*");
        UI.getCurrent().navigate("policies/PL");
        PolicyView other = _get(PolicyView.class);
        assertThat(other.approve).as("another admin reviews it").isNotNull();
        _setValue(other.reviewNote, "Checked with legal");
        _click(other.approve);
        assertThat(other.selected.stateLabel()).isEqualTo("Approved");

        // the approved version, asked before it is live
        UI.getCurrent().navigate("policies/simulator", QueryParameters.simple(Map.of("market", "PL", "version",
                String.valueOf(id))));
        SimulatorView preview = _get(SimulatorView.class);
        assertThat(preview.against.getValue().version().id()).isEqualTo(id);
        ask(preview, "PL", titleName, ShareDestination.X);
        assertThat(preview.answer.getElement().getTextRecursively()).startsWith("Denied");

        UI.getCurrent().navigate("policies/PL");
        PolicyView publishing = _get(PolicyView.class);
        // what the stricter version would leave outside the policy is said before publishing
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("cd-policy-impact"))
                .getElement().getTextRecursively()).containsAnyOf("would fall outside it", "Nothing existing falls outside");
        _click(publishing.publish);
        PublishDialog confirm = _get(PublishDialog.class);
        assertThat(confirm.getHeaderTitle()).isEqualTo("Publish PL v1?");
        assertThat(confirm.what.getElement().getTextRecursively())
                .contains("Version 1 of PL's policy replaces the inherited default rules in PL.")
                .containsPattern("Takes effect now: \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC · \\d{4}-\\d{2}-\\d{2} "
                        + "\\d{2}:\\d{2} \\S+ in PL");
        assertThat(confirm.changes.getElement().getTextRecursively()).contains("Share destinations: inherited → "
                + "Instagram, TikTok, Copied link");
        assertThat(confirm.impact.getElement().getTextRecursively()).startsWith("Existing content outside it");
        assertThat(confirm.confirm.getText()).isEqualTo("Publish PL v1 now");
        _click(confirm.cancel);
        assertThat(policies.version(id).stateLabel()).as("cancel publishes nothing").isEqualTo("Approved");

        _click(publishing.publish);
        _click(_get(PublishDialog.class).confirm);
        assertThat(publishing.selected.stateLabel()).isEqualTo("Live");
        assertThat(GridRows.of(publishing.versions)).extracting(PolicyVersionView::stateLabel).containsExactly("Live");

        UI.getCurrent().navigate("policies/simulator", QueryParameters.simple(Map.of("market", "PL")));
        SimulatorView after = _get(SimulatorView.class);
        ask(after, "PL", titleName, ShareDestination.X);
        String text = after.answer.getElement().getTextRecursively();
        assertThat(text).startsWith("Denied").contains("Share destinations: X is not a share destination in PL.");
        ask(after, "PL", titleName, ShareDestination.TIKTOK);
        assertThat(after.answer.getElement().getTextRecursively()).startsWith("Allowed");

        UI.getCurrent().navigate("policies");
        PoliciesView overview = _get(PoliciesView.class);
        assertThat(GridRows.of(overview.grid)).filteredOn(r -> r.code().equals("PL")).singleElement()
                .satisfies(r -> assertThat(r.live().number()).isEqualTo(1))
                .satisfies(r -> assertThat(r.effective().overridden()).containsExactly(
                        com.clipdesk.policy.EffectivePolicy.Rule.DESTINATION));
    }

    @Test
    void theDiffHighlightsTheChangedRules() {
        PolicyVersionView first = as("ana", () -> policies.draft("SE", null, "Films 30 s"));
        as("ana", () -> policies.edit(first.id(), first.version(), new PolicyRules(null, Map.of(TitleKind.FILM, 30),
                null, null, null, null), "Films 30 s"));
        PolicyVersionView second = as("ana", () -> policies.draft("SE", first.id(), "Films 20 s"));
        as("ana", () -> policies.edit(second.id(), second.version(), new PolicyRules(null, Map.of(TitleKind.FILM, 20),
                null, null, null, null), "Films 20 s"));

        signInAs(Set.of(Role.AUDITOR), "*");
        UI.getCurrent().navigate("policies/SE");
        PolicyView page = _get(PolicyView.class);
        assertThat(page.editor).as("readers get no editor").isNull();
        _click(page.compare);
        CompareDialog diff = _get(CompareDialog.class);
        assertThat(diff.left.getValue().number()).isEqualTo(first.number());
        assertThat(diff.right.getValue().number()).isEqualTo(second.number());
        var changed = _find(Div.class, spec -> spec.withClasses("cd-diff__row--changed"));
        assertThat(changed).hasSize(1);
        assertThat(changed.getFirst().getElement().getTextRecursively())
                .isEqualTo("Maximum clip length · Film30 s20 s");
        assertThat(_find(Div.class, spec -> spec.withClasses("cd-diff__row"))).isNotEmpty();
        _setValue(diff.onlyChanges, true);
        assertThat(_find(Div.class, spec -> spec.withClasses("cd-diff__row"))).isEmpty();
    }

    private void ask(SimulatorView simulator, String market, String titleName, ShareDestination destination) {
        _setValue(simulator.market, catalog.markets().stream().filter(m -> m.code().equals(market)).findFirst()
                .orElseThrow());
        TitleSummary title = catalog.titles(titleName, 0, 1).getFirst();
        _setValue(simulator.title, title);
        _setValue(simulator.seconds, 20);
        _setValue(simulator.destination, destination);
        _setValue(simulator.ageBand, "25_34");
        _click(simulator.ask);
    }

    private static <T> T as(String username, Supplier<T> action) {
        AtomicReference<T> result = new AtomicReference<>();
        AsStaff.run(username, Set.of(Role.POLICY_ADMIN), Set.of("*"), () -> result.set(action.get()));
        return result.get();
    }
}
