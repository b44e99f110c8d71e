package com.clipdesk.transparency.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.content.ContentKind;
import com.clipdesk.member.Member;
import com.clipdesk.report.ReportReason;
import com.clipdesk.review.CaseFixtures;
import com.clipdesk.review.Decision;
import com.clipdesk.review.Disposition;
import com.clipdesk.review.ReviewIntake;
import com.clipdesk.review.ReviewService;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import com.clipdesk.support.GridRows;
import com.clipdesk.support.KaribuSupport;
import com.clipdesk.transparency.StatementCategory;
import com.clipdesk.transparency.StatementRow;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The statements page as an admin, an auditor and a lead of one market use it. */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TransparencyViewIT extends KaribuSupport {

    @Autowired
    TestData data;
    @Autowired
    ReviewIntake intake;
    @Autowired
    CaseFixtures fixtures;
    @Autowired
    ReviewService reviews;
    @Autowired
    JdbcClient jdbc;

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private String frPuid;
    private String brPuid;

    @BeforeAll
    void decisions() {
        data.markets("FR", "BR");
        Episode episode = data.episode("View " + System.nanoTime(), 1800);
        Member member = data.member("FR");
        frPuid = removed(episode, member, "FR", "SPAM", ReportReason.SPAM);
        brPuid = removed(episode, member, "BR", "HARASSMENT", ReportReason.HARASSMENT);
    }

    private String removed(Episode episode, Member member, String market, String reason, ReportReason reported) {
        long moment = data.moment(episode, member, "page fixture", Set.of(market)).getId();
        data.report(ContentKind.MOMENT, moment, member, reported, market);
        intake.gather();
        long caseId = fixtures.caseOf(ContentKind.MOMENT, moment);
        long[] decision = new long[1];
        AsStaff.run("view-mod", Set.of(Role.MODERATOR), Set.of("*"), () -> {
            var work = reviews.open(caseId);
            decision[0] = reviews.decide(caseId, work.version(), Decision.of(Disposition.REMOVE, reason)).id();
        });
        return "clipdesk-sor-" + decision[0];
    }

    @SuppressWarnings("unchecked")
    private static Grid<StatementRow> grid() {
        return _get(Grid.class);
    }

    private static String count() {
        return _get(Span.class, spec -> spec.withClasses("cd-count")).getText();
    }

    @Test
    void anAdminSeesTheStatementsOfTheRangeChecksThemAndGetsTheDownloads() {
        signInAs(Set.of(Role.ADMIN), "*");
        UI.getCurrent().navigate("transparency");

        assertThat(GridRows.of(grid())).extracting(StatementRow::puid).contains(frPuid).doesNotContain(brPuid);
        assertThat(count()).matches("\\d+ statements?");
        assertThat(_find(Anchor.class).stream().filter(Anchor::isVisible)).as("downloads wait for the check").isEmpty();

        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Include decisions only outside the EU/EEA (marked, "
                + "kept apart from the submission)")), true);
        assertThat(GridRows.of(grid())).extracting(StatementRow::puid).contains(frPuid, brPuid);
        assertThat(GridRows.of(grid())).filteredOn(r -> r.puid().equals(brPuid)).singleElement()
                .satisfies(r -> assertThat(r.eu()).isFalse());

        @SuppressWarnings("unchecked")
        ComboBox<String> market = _get(ComboBox.class, spec -> spec.withLabel("Market"));
        _setValue(market, "FR");
        assertThat(GridRows.of(grid())).extracting(StatementRow::puid).contains(frPuid).doesNotContain(brPuid)
                .allSatisfy(p -> assertThat(p).isNotBlank());
        @SuppressWarnings("unchecked")
        ComboBox<StatementCategory> category = _get(ComboBox.class, spec -> spec.withLabel("Category"));
        _setValue(category, StatementCategory.STATEMENT_CATEGORY_VIOLENCE);
        assertThat(GridRows.of(grid())).extracting(StatementRow::puid).doesNotContain(frPuid);
        _setValue(category, StatementCategory.STATEMENT_CATEGORY_SCAMS_AND_FRAUD);
        assertThat(GridRows.of(grid())).extracting(StatementRow::puid).contains(frPuid);

        _click(_get(Button.class, spec -> spec.withText("Check for export")));
        assertThat(_get(Div.class, spec -> spec.withClasses("cd-export-check")).getElement().getTextRecursively())
                .matches("\\d+ statements? pass(es)? the Transparency Database's checks\\.");
        assertThat(_find(Anchor.class).stream().filter(a -> a.isVisible() && a.getParent().orElseThrow().isVisible())
                .map(Anchor::getText)).containsExactly("Download JSON", "Download CSV");
    }

    @Test
    void aStatementTheDatabaseWouldRefuseIsNamedWithItsFieldAndNoDownloadIsOffered() {
        LocalDate day = LocalDate.of(2022, 2, 2);
        String bad = "view-it-bad-" + System.nanoTime();
        jdbc.sql("insert into statement_of_reasons (puid, decision_id, case_id, subject_kind, subject_id, decided_at, "
                        + "markets, eu, category, ground, statement) values (?, ?, 0, 'MOMENT', 0, ?, 'FR', 1, "
                        + "'STATEMENT_CATEGORY_VIOLENCE', 'DECISION_GROUND_INCOMPATIBLE_CONTENT', ?)")
                .params(bad, -System.nanoTime(), Timestamp.from(day.atTime(9, 0).toInstant(ZoneOffset.UTC)),
                        "{\"decision_visibility\":[\"DECISION_VISIBILITY_CONTENT_REMOVED\"],\"puid\":\"" + bad + "\"}")
                .update();
        signInAs(Set.of(Role.AUDITOR), "*");
        UI.getCurrent().navigate("transparency");
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Decided from")), day);
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("to")), day);
        assertThat(count()).isEqualTo("1 statement");

        _click(_get(Button.class, spec -> spec.withText("Check for export")));
        assertThat(_get(Div.class, spec -> spec.withClasses("cd-export-check")).getElement().getTextRecursively())
                .contains("nothing was exported");
        assertThat(_find(ListItem.class)).extracting(ListItem::getText)
                .contains("Statement " + bad + ", decision_ground: is required",
                        "Statement " + bad + ", territorial_scope: is required");
        assertThat(_find(Anchor.class).stream().filter(a -> a.isVisible() && a.getParent().orElseThrow().isVisible()))
                .isEmpty();

        _setValue(_get(DatePicker.class, spec -> spec.withLabel("to")), day.minusDays(1));
        assertThat(_get(DatePicker.class, spec -> spec.withLabel("to")).isInvalid()).isTrue();
        assertThat(_get(Button.class, spec -> spec.withText("Check for export")).isEnabled()).isFalse();
    }

    @Test
    void aLeadOfOneMarketFiltersOnlyByItAndSeesOnlyItsStatements() {
        signInAs(Set.of(Role.LEAD_MODERATOR), "BR");
        UI.getCurrent().navigate("transparency");
        @SuppressWarnings("unchecked")
        ComboBox<String> market = _get(ComboBox.class, spec -> spec.withLabel("Market"));
        assertThat(market.getListDataView().getItems()).containsExactly("BR");
        _setValue(_get(Checkbox.class), true);
        assertThat(GridRows.of(grid())).extracting(StatementRow::puid).contains(brPuid).doesNotContain(frPuid);
        assertThat(today).isNotNull();
    }
}
