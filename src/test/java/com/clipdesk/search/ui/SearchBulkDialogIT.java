package com.clipdesk.search.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.member.Member;
import com.clipdesk.review.ItemAction;
import com.clipdesk.review.ReasonCodeView;
import com.clipdesk.search.SearchHit;
import com.clipdesk.search.SearchKind;
import com.clipdesk.staff.Role;
import com.clipdesk.support.GridRows;
import com.clipdesk.support.KaribuSupport;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** "Act on results…" on the search page: the count by kind, what is missing, the run's summary. */
@SpringBootTest
@ActiveProfiles("test")
class SearchBulkDialogIT extends KaribuSupport {

    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;

    @Test
    void previewsTheCountSaysWhatIsMissingThenRemovesAndSummarises() {
        String marker = "zqd" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);
        data.markets("BR", "FR");
        Episode episode = data.episode("Bulk dialog " + marker, 1800);
        Member creator = data.member("BR");
        long first = data.moment(episode, creator, marker + " leaked finale one", Set.of("BR")).getId();
        long second = data.moment(episode, creator, marker + " leaked finale two", Set.of("BR")).getId();
        data.submission(episode, creator, marker + " the finale, leaked", Set.of("BR"));
        data.moment(episode, creator, marker + " leaked in France only", Set.of("FR"));
        jdbc.sql("update moment set state = 'REMOVED' where id = ?").param(second).update();

        signInAs(Set.of(Role.MODERATOR), "BR");
        UI.getCurrent().navigate("search", QueryParameters.simple(Map.of("q", marker)));
        Button act = _get(Button.class, spec -> spec.withText("Act on results…"));
        assertThat(act.isEnabled()).isTrue();
        _click(act);

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("cd-bulk-count")).getText())
                .isEqualTo("3 items: 2 Moments, 1 fandom submission.");
        _click(_get(Button.class, spec -> spec.withText("Act on 3 items")));
        RadioButtonGroup<ItemAction> action = radio();
        assertThat(action.isInvalid()).isTrue();
        assertThat(action.getErrorMessage()).isEqualTo("Choose what to do with the items.");

        _setValue(action, ItemAction.REMOVE);
        _click(_get(Button.class, spec -> spec.withText("Remove 3 items")));
        ComboBox<ReasonCodeView> reason = reason();
        TextArea note = _get(TextArea.class, spec -> spec.withLabel("Note"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Choose a reason code.");
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).contains("Write a note");
        assertThat(reason.getListDataView().getItems().map(ReasonCodeView::code))
                .as("only codes that allow removal").contains("SPOILER_UNMARKED", "SPAM")
                .doesNotContain("NO_VIOLATION", "NEEDS_LEGAL");
        assertThat(_find(ConfirmDialog.class)).as("nothing starts while anything is missing").isEmpty();

        _setValue(reason, reason.getListDataView().getItems().filter(r -> r.code().equals("SPOILER_UNMARKED"))
                .findFirst().orElseThrow());
        _setValue(note, "Leaked finale " + marker);
        _click(_get(Button.class, spec -> spec.withText("Remove 3 items")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        String summary = awaitBulkSummary();

        assertThat(summary).contains("Removed 2 items of 3.").contains("Already removed: 1 item (nothing written).")
                .doesNotContain("Failed");
        assertThat(jdbc.sql("select state from moment where id = ?").param(first).query(String.class).single())
                .isEqualTo("REMOVED");
        _click(_get(Button.class, spec -> spec.withText("Close")));
        // the fixture removed "second" behind the index's back: the index still has it active
        assertThat(GridRows.of(grid())).filteredOn(h -> !(h.kind() == SearchKind.MOMENT && h.id() == second)).extracting(SearchHit::state)
                .as("the results reload").hasSize(2).containsOnly("REMOVED");
    }

    @Test
    void withoutHitsTheButtonIsOffAndOnlyReviewersSeeIt() {
        signInAs(Set.of(Role.MODERATOR), "BR");
        UI.getCurrent().navigate("search", QueryParameters.simple(Map.of("q", "zqnothing" + System.nanoTime())));
        Button act = _get(Button.class, spec -> spec.withText("Act on results…"));
        assertThat(act.isEnabled()).isFalse();
        assertThat(act.getTooltip().getText()).isEqualTo("No results to act on");
        for (Role role : Set.of(Role.CURATOR, Role.AUDITOR, Role.POLICY_ADMIN)) {
            signInAs(Set.of(role), "*");
            UI.getCurrent().navigate("search");
            assertThat(_find(Button.class, spec -> spec.withText("Act on results…"))).as(role.name()).isEmpty();
        }
    }


    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<ItemAction> radio() {
        return _get(RadioButtonGroup.class, spec -> spec.withLabel("Action"));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<ReasonCodeView> reason() {
        return _get(ComboBox.class, spec -> spec.withLabel("Reason code"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<SearchHit> grid() {
        return _get(Grid.class);
    }
}
