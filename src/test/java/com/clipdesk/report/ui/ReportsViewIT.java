package com.clipdesk.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.content.ContentKind;
import com.clipdesk.member.Member;
import com.clipdesk.report.ReportReason;
import com.clipdesk.report.ReportRow;
import com.clipdesk.report.ReportStatus;
import com.clipdesk.staff.Role;
import com.clipdesk.support.GridRows;
import com.clipdesk.support.KaribuSupport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsViewIT extends KaribuSupport {

    @Autowired
    TestData data;

    long hateInMexico;
    long spamInMexico;
    long hateInFrance;

    @BeforeAll
    void fixtures() {
        data.markets("MX", "FR");
        Episode episode = data.episode("Reports grid " + System.nanoTime(), 1200);
        Member member = data.member("MX");
        long moment = data.moment(episode, member, "reported twice", Set.of("MX", "FR")).getId();
        hateInMexico = data.report(ContentKind.MOMENT, moment, member, ReportReason.HATE, "MX").getId();
        spamInMexico = data.report(ContentKind.MOMENT, moment, member, ReportReason.SPAM, "MX").getId();
        hateInFrance = data.report(ContentKind.MOMENT, moment, member, ReportReason.HATE, "FR").getId();
    }

    @Test
    @SuppressWarnings("unchecked")
    void opensOnOpenReportsOfTheMarketsInScopeAndFiltersByReason() {
        signInAs(Set.of(Role.MODERATOR), "MX");
        UI.getCurrent().navigate("reports");
        Grid<ReportRow> grid = _get(Grid.class);
        assertThat(GridRows.of(grid)).allMatch(r -> r.status() == ReportStatus.OPEN && r.market().equals("MX"))
                .extracting(ReportRow::id).contains(hateInMexico, spamInMexico).doesNotContain(hateInFrance);

        ComboBox<ReportReason> reason = _get(ComboBox.class, spec -> spec.withLabel("Reason"));
        _setValue(reason, ReportReason.HATE);
        assertThat(GridRows.of(grid)).extracting(ReportRow::id).contains(hateInMexico).doesNotContain(spamInMexico);
        assertThat(GridRows.of(grid)).allMatch(r -> r.reason() == ReportReason.HATE);
    }

    @Test
    void reportPageShowsTheReportedItemAndTheOtherReportsOnIt() {
        signInAs(Set.of(Role.MODERATOR), "MX");
        UI.getCurrent().navigate("reports/" + hateInMexico);
        assertThat(_get(H2.class).getText()).isEqualTo("Report #" + hateInMexico + ": Hate");
        @SuppressWarnings("unchecked")
        Grid<ReportRow> others = _get(Grid.class);
        assertThat(GridRows.of(others)).extracting(ReportRow::id).contains(hateInMexico, spamInMexico)
                .as("the French report is outside the scope").doesNotContain(hateInFrance);
    }
}
