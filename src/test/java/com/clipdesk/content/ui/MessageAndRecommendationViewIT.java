package com.clipdesk.content.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.content.ContentKind;
import com.clipdesk.content.WatchParty;
import com.clipdesk.member.Member;
import com.clipdesk.report.ReportReason;
import com.clipdesk.report.ReportRow;
import com.clipdesk.shell.ForbiddenPage;
import com.clipdesk.shell.ItemNotFoundPage;
import com.clipdesk.shell.RouteForbiddenPage;
import com.clipdesk.staff.Role;
import com.clipdesk.support.GridRows;
import com.clipdesk.support.KaribuSupport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The pages of a watch-party message and of a reported private recommendation. */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MessageAndRecommendationViewIT extends KaribuSupport {

    @Autowired
    TestData data;

    long message;
    long frenchMessage;
    long partyId;
    long reported;
    long unreported;
    String title;

    @BeforeAll
    void fixtures() {
        data.markets("BR", "MX", "FR");
        title = "Page Test " + System.nanoTime();
        Episode episode = data.episode(title, 2400);
        Member host = data.member("BR");
        Member guest = data.member("BR");
        WatchParty party = data.party(episode, host, "BR");
        partyId = party.getId();
        data.message(party, guest, "first line", "en", 1);
        data.message(party, guest, "second line", "en", 2);
        message = data.message(party, host, "the captain dies at the end", "en", 3).getId();
        data.message(party, guest, "why would you say that", "en", 4);
        data.report(ContentKind.WATCH_PARTY_MESSAGE, message, guest, ReportReason.SPOILER, "BR");
        frenchMessage = data.message(data.party(episode, host, "FR"), guest, "bonjour", "fr", 5).getId();
        Member friend = data.member("BR");
        reported = data.recommendation(episode, host, friend, "you must watch this", "BR").getId();
        data.report(ContentKind.PRIVATE_RECOMMENDATION, reported, friend, ReportReason.SPAM, "BR");
        unreported = data.recommendation(episode, guest, friend, "quietly recommended", "BR").getId();
    }

    @Test
    void aModeratorSeesTheMessageItsChatAndTheReportsOnIt() {
        signInAs(Set.of(Role.MODERATOR), "BR", "MX");
        UI.getCurrent().navigate("messages/" + message);
        assertThat(_get(H2.class).getText()).isEqualTo("Message in watch party #" + partyId);
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains("the captain dies at the end");
        Div chat = _get(Div.class, spec -> spec.withClasses(MessageView.CHAT_CLASS));
        assertThat(chat.getChildren().filter(c -> c.hasClassName("cd-chat-line")).count()).as("two before, one after").isEqualTo(4);
        Div current = _get(Div.class, spec -> spec.withClasses(MessageView.CURRENT_LINE_CLASS));
        assertThat(current.getChildren().filter(Paragraph.class::isInstance).map(p -> ((Paragraph) p).getText()))
                .containsExactly("the captain dies at the end");
        // the reports' grid, not the spoiler timeline's
        @SuppressWarnings("unchecked")
        Grid<ReportRow> reports = com.github.mvysny.kaributesting.v10.LocatorJ._find(Grid.class).stream()
                .filter(g -> !g.hasClassName("cd-spoilers__grid")).findFirst().orElseThrow();
        assertThat(GridRows.of(reports)).extracting(ReportRow::reason).containsExactly(ReportReason.SPOILER);
    }

    @Test
    void aMessageOutsideTheMarketsOrForACuratorIsNotShown() {
        signInAs(Set.of(Role.MODERATOR), "BR", "MX");
        UI.getCurrent().navigate("messages/" + frenchMessage);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(ForbiddenPage.class);
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).doesNotContain("bonjour");

        signInAs(Set.of(Role.CURATOR), "BR");
        UI.getCurrent().navigate("messages/" + message);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(RouteForbiddenPage.class);
    }

    @Test
    void aReportedRecommendationShowsSenderRecipientAndReports() {
        signInAs(Set.of(Role.AUDITOR), "*");
        UI.getCurrent().navigate("recommendations/" + reported);
        assertThat(_get(H2.class).getText()).contains(" recommends " + title + " to ");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains("you must watch this");
        // the reports' grid, not the spoiler timeline's
        @SuppressWarnings("unchecked")
        Grid<ReportRow> reports = com.github.mvysny.kaributesting.v10.LocatorJ._find(Grid.class).stream()
                .filter(g -> !g.hasClassName("cd-spoilers__grid")).findFirst().orElseThrow();
        assertThat(GridRows.of(reports)).extracting(ReportRow::reason).containsExactly(ReportReason.SPAM);
    }

    @Test
    void anUnreportedRecommendationIsNotFoundForStaff() {
        signInAs(Set.of(Role.ADMIN), "*");
        UI.getCurrent().navigate("recommendations/" + unreported);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(ItemNotFoundPage.class);
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).doesNotContain("quietly recommended");
    }
}
