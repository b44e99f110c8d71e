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

    @Autowired
    com.clipdesk.takedown.BulkTakedowns bulk;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

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
                        + "\\d{2}:\\d{2} \\S+ in PL \\(");
        // the rules as they apply in PL, before (inherited from the default) and after
        assertThat(confirm.changes.getElement().getTextRecursively())
                .startsWith("What changes in PL against the inherited rules")
                .containsPattern("Share destinations: .+ → Instagram, TikTok, Copied link");
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

    @Test
    void theImpactPageListsTheMomentsALeadTakesThemDownInThatMarketOnlyAndOthersGetNoAction() throws Exception {
        data.markets("LU", "BE");
        var episode = data.episode("Impact ui " + System.nanoTime(), 1800);
        long titleId = episode.getSeason().getTitle().getId();
        var member = data.member("LU");
        long first = data.moment(episode, member, "impact one", Set.of("LU", "BE")).getId();
        long second = data.moment(episode, member, "impact two", Set.of("LU", "BE")).getId();
        long third = data.moment(episode, member, "impact three", Set.of("LU")).getId();
        long elsewhere = data.moment(episode, member, "impact BE only", Set.of("BE")).getId();
        long otherTitle = data.moment(data.episode("Impact other " + System.nanoTime(), 1800), member, "other title",
                Set.of("LU")).getId();
        PolicyVersionView draft = as("ana", () -> policies.draft("LU", null, "Licence for the title ended in LU"));
        as("ana", () -> policies.edit(draft.id(), draft.version(), new PolicyRules(null, null, java.util.List.of(
                new com.clipdesk.policy.ClipBlackout(titleId, null, null, null, "Licence ended")), null, null, null),
                "Licence for the title ended in LU"));
        String key = "blackout:" + titleId;
        var query = QueryParameters.simple(Map.of("market", "LU", "impact", key));

        // a moderator and a curator see the list but no action; the service refuses them anyway
        for (Role role : java.util.List.of(Role.MODERATOR, Role.CURATOR)) {
            signInAs(Set.of(role), "LU", "BE");
            UI.getCurrent().navigate("policies/impact/" + draft.id(), query);
            ImpactView page = _get(ImpactView.class);
            assertThat(GridRows.of(page.grid)).extracting(com.clipdesk.content.MarketMomentRow::id)
                    .containsExactly(first, second, third);
            assertThat(page.takeDown).as("%s gets no takedown", role).isNull();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> bulk.takeDownMoments(java.util.List.of(first),
                    "LU", "HARASSMENT", com.clipdesk.takedown.Ground.TERMS, "ToS", "Outside", "test"))
                    .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        }

        signInAs(Set.of(Role.LEAD_MODERATOR), "*");
        UI.getCurrent().navigate("policies/impact/" + draft.id(), query);
        ImpactView page = _get(ImpactView.class);
        assertThat(page.listed.getText()).isEqualTo("3 Moments listed in LU.");
        var rows = GridRows.of(page.grid);
        assertThat(rows).extracting(com.clipdesk.content.MarketMomentRow::id).containsExactly(first, second, third)
                .doesNotContain(elsewhere, otherTitle);
        assertThat(rows).allSatisfy(r -> assertThat(r.takenDownInMarket()).isFalse());
        page.grid.select(rows.getFirst());
        assertThat(page.takeDown.getText()).isEqualTo("Take down in LU (1 selected)…");
        _click(page.takeDown);
        ImpactTakedownDialog dialog = _get(ImpactTakedownDialog.class);
        assertThat(dialog.confirm.getText()).isEqualTo("Take down 1 Moment in LU");
        _setValue(dialog.scope, ImpactTakedownDialog.ALL);
        assertThat(dialog.confirm.getText()).isEqualTo("Take down 3 Moments in LU");
        _setValue(dialog.reason, dialog.reason.getListDataView().getItems().findFirst().orElseThrow());
        _click(dialog.confirm);
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(
                _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class));
        var done = dialog.started.completion().get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(done.decided()).containsExactly(first, second, third);
        assertThat(done.failures()).isEmpty();

        assertThat(blocks(first)).containsExactly("LU");
        assertThat(blocks(second)).containsExactly("LU");
        assertThat(blocks(third)).containsExactly("LU");
        assertThat(blocks(elsewhere)).as("a Moment not listed in LU is untouched").isEmpty();
        assertThat(blocks(otherTitle)).as("another title's Moment is untouched").isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'BULK_ACTION_ENDED' and market_code = 'LU'")
                .query(Long.class).single()).isPositive();

        // the list now says they are taken down there; running it again takes nothing down twice
        UI.getCurrent().navigate("policies/impact/" + draft.id(), query);
        assertThat(GridRows.of(_get(ImpactView.class).grid)).allSatisfy(r -> assertThat(r.takenDownInMarket()).isTrue());
        var again = bulk.takeDownMoments(java.util.List.of(first, second), "LU", dialog.reason.getValue().code(),
                com.clipdesk.takedown.Ground.TERMS, "Sharing policy LU", "Outside it", "test")
                .completion().get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(again.already()).containsExactly(first, second);
        assertThat(again.decided()).isEmpty();
    }

    private java.util.List<String> blocks(long momentId) {
        return jdbc.sql("select market_code from moment_block where moment_id = ?").param(momentId)
                .query(String.class).list();
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
