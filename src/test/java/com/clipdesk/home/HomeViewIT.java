package com.clipdesk.home;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.content.ContentKind;
import com.clipdesk.member.Member;
import com.clipdesk.report.ReportFilter;
import com.clipdesk.report.ReportReason;
import com.clipdesk.report.ReportService;
import com.clipdesk.report.ReportStatus;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import com.clipdesk.support.KaribuSupport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The home page shows figures from the database, limited to the staff member's markets. */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HomeViewIT extends KaribuSupport {

    @Autowired
    TestData data;

    @Autowired
    ReportService reports;

    @Autowired
    com.clipdesk.review.ReviewIntake intake;

    @Autowired
    com.clipdesk.review.ReviewQueues queues;

    @BeforeAll
    void fixtures() {
        data.markets("BR", "MX", "ES", "FR");
        Episode episode = data.episode("Home " + System.nanoTime(), 1500);
        Member member = data.member("BR");
        long inBrazil = data.moment(episode, member, "home figures BR", Set.of("BR")).getId();
        long inFrance = data.moment(episode, member, "home figures FR", Set.of("FR")).getId();
        data.report(ContentKind.MOMENT, inBrazil, member, ReportReason.SPAM, "BR");
        data.report(ContentKind.MOMENT, inBrazil, member, ReportReason.HATE, "BR");
        data.report(ContentKind.MOMENT, inFrance, member, ReportReason.SPAM, "FR");
    }

    @Test
    void moderatorSeesOpenReportsOfTheirMarketsOnly() {
        AtomicLong expected = new AtomicLong();
        AsStaff.run(Set.of(Role.MODERATOR), Set.of("BR", "MX", "ES"), () -> expected.set(
                reports.countReports(new ReportFilter(null, null, null, ReportStatus.OPEN, null, null))));
        assertThat(expected.get()).isPositive();

        signInAs(Set.of(Role.MODERATOR), "BR", "MX", "ES");
        UI.getCurrent().navigate("");
        Anchor openReports = _find(Anchor.class).stream()
                .filter(a -> a.getElement().getText().contains("Open reports") || a.getHref().equals("reports"))
                .findFirst().orElseThrow();
        String figure = openReports.getChildren().filter(Span.class::isInstance).map(c -> ((Span) c).getText())
                .findFirst().orElseThrow();
        assertThat(figure.replace(",", "")).isEqualTo(String.valueOf(expected.get()));

        Grid<?> matrix = _get(Grid.class);
        assertThat(matrix.getColumns()).extracting(c -> c.getHeaderText())
                .as("one column per market in scope, no French column")
                .contains("BR", "ES", "MX").doesNotContain("FR");
    }

    @Test
    void moderatorSeesTheCasesWaitingInTheirMarkets() {
        intake.gather();
        AtomicLong waiting = new AtomicLong();
        AsStaff.run(Set.of(Role.MODERATOR), Set.of("BR", "MX", "ES"), () -> waiting.set(
                queues.countCases(com.clipdesk.review.QueueSelection.moderation())));
        assertThat(waiting.get()).as("the Brazilian Moment's case").isPositive();

        signInAs(Set.of(Role.MODERATOR), "BR", "MX", "ES");
        UI.getCurrent().navigate("");
        Anchor cases = _find(Anchor.class).stream()
                .filter(a -> "review".equals(a.getHref()))
                .findFirst().orElseThrow();
        assertThat(cases.getChildren().filter(Span.class::isInstance).map(c -> ((Span) c).getText()))
                .contains("Cases waiting for review");
        String figure = cases.getChildren().filter(Span.class::isInstance).map(c -> ((Span) c).getText())
                .findFirst().orElseThrow();
        assertThat(figure.replace(",", "")).isEqualTo(String.valueOf(waiting.get()));
    }

    @Test
    void leadSeesAppealsWaitingAndOverdueLegalOrders() {
        signInAs(Set.of(Role.LEAD_MODERATOR), "*");
        UI.getCurrent().navigate("");
        assertThat(_find(Anchor.class)).anyMatch(a -> "appeals".equals(a.getHref()) && a.getChildren()
                .anyMatch(c -> c instanceof Span span && span.getText().equals("Appeals waiting")));
        assertThat(_find(Anchor.class)).anyMatch(a -> "takedowns".equals(a.getHref()) && a.getChildren()
                .anyMatch(c -> c instanceof Span span && span.getText().equals("Legal orders overdue")));
    }

    @Test
    void curatorSeesNoReportFigures() {
        signInAs(Set.of(Role.CURATOR), "FR");
        UI.getCurrent().navigate("");
        assertThat(_find(Anchor.class)).noneMatch(a -> "reports".equals(a.getHref()) || "review".equals(a.getHref())
                || "appeals".equals(a.getHref()) || "takedowns".equals(a.getHref()));
        assertThat(_find(Grid.class)).isEmpty();
    }
}
