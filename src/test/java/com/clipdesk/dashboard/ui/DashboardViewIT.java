package com.clipdesk.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.curation.BoardView;
import com.clipdesk.curation.CurationService;
import com.clipdesk.curation.BoardKey;
import com.clipdesk.dashboard.DashboardFigures.FeaturedShares;
import com.clipdesk.member.Member;
import com.clipdesk.report.ReportReason;
import com.clipdesk.review.CaseFixtures;
import com.clipdesk.review.Decision;
import com.clipdesk.review.Disposition;
import com.clipdesk.review.QueueSummary;
import com.clipdesk.review.ReviewService;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import com.clipdesk.support.GridRows;
import com.clipdesk.support.KaribuSupport;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The dashboard page as a lead of one market and as a curator: what each sees, charts with their tables. */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardViewIT extends KaribuSupport {

    @Autowired
    CaseFixtures cases;
    @Autowired
    ReviewService review;
    @Autowired
    CurationService curation;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;

    final String market = "V" + Long.toString(System.nanoTime() % 1296, 36).toUpperCase(Locale.ROOT);
    final String other = "W" + Long.toString(System.nanoTime() % 1296, 36).toUpperCase(Locale.ROOT);
    long featured;

    @BeforeAll
    void fixtures() {
        List<Long> ids = cases.reportedMoments(3, Set.of(market), market, ReportReason.SPAM);
        cases.reportedMoments(1, Set.of(other), other, ReportReason.SPAM);
        AsStaff.run("ana", Set.of(Role.MODERATOR), Set.of("*"), () -> {
            var work = review.open(ids.getFirst());
            review.decide(ids.getFirst(), work.version(), new Decision(Disposition.REMOVE, false, "SPAM", null));
        });
        Episode episode = data.episode("Dashboard " + System.nanoTime(), 1800);
        Member creator = data.member(market);
        featured = data.moment(episode, creator, "shared a lot", Set.of(market)).getId();
        jdbc.sql("update moment set share_count = 4321 where id = ?").param(featured).update();
        AsStaff.run("chloe", Set.of(Role.CURATOR), Set.of(market), () -> {
            BoardView board = curation.add(BoardKey.homeRow(market), null, featured, null, null);
            curation.publish(BoardKey.homeRow(market), board.version());
        });
    }

    @Test
    void aLeadOfOneMarketSeesItsBacklogDecisionsAndLinksToTheQueue() {
        signInAs(Set.of(Role.LEAD_MODERATOR), market);
        UI.getCurrent().navigate("dashboards", QueryParameters.simple(java.util.Map.of("market", other, "days", "7")));

        // a market outside the lead's scope in the URL is ignored: their markets are shown
        @SuppressWarnings("unchecked")
        Select<String> select = _get(Select.class);
        assertThat(select.getValue()).isEmpty();
        assertThat(select.getListDataView().getItems().toList()).containsExactly("", market);
        assertThat(_find(H3.class).stream().map(H3::getText)).containsExactly("Backlog now",
                "Decisions per day by reason code", "Decisions per day by market", "Time to decision per day",
                "Appeals overturned per week");

        @SuppressWarnings("unchecked")
        Grid<QueueSummary> backlog = _find(Grid.class).getFirst();
        assertThat(GridRows.of(backlog)).singleElement().satisfies(q -> {
            assertThat(q.market()).isEqualTo(market);
            assertThat(q.open()).isEqualTo(2);
            assertThat(DashboardView.queueLink(q)).startsWith("review?lane=MODERATION&market=" + market + "&kind=MOMENT");
        });
        String charts = String.join("", _find(Html.class).stream().map(h -> h.getInnerHtml()).toList());
        assertThat(charts).contains("<svg").contains("Spam or scam").contains(": 1</title>").doesNotContain(other);
    }

    @Test
    void aCuratorSeesOnlyTheFeaturedMomentsShares() {
        signInAs(Set.of(Role.CURATOR), market);
        UI.getCurrent().navigate("dashboards");

        assertThat(_find(H3.class).stream().map(H3::getText)).containsExactly("Featured Moments' shares");
        assertThat(_find(Select.class)).isEmpty();
        @SuppressWarnings("unchecked")
        Grid<FeaturedShares> grid = _get(Grid.class);
        assertThat(GridRows.of(grid)).singleElement().satisfies(f -> {
            assertThat(f.momentId()).isEqualTo(featured);
            assertThat(f.shares()).isEqualTo(4321);
        });
    }
}
