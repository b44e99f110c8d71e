package com.clipdesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.content.ContentKind;
import com.clipdesk.content.ContentModeration;
import com.clipdesk.content.FandomSubmission;
import com.clipdesk.content.Moment;
import com.clipdesk.content.PrivateRecommendation;
import com.clipdesk.content.WatchParty;
import com.clipdesk.content.WatchPartyMessage;
import com.clipdesk.member.Member;
import com.clipdesk.report.Report;
import com.clipdesk.report.ReportReason;
import com.clipdesk.staff.CurrentStaff;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Watch-party messages, reported private recommendations and reports in search: who finds them,
 * in which markets, and how they count in totals and facets.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchKindsIT {

    @Autowired
    TestData data;

    @Autowired
    SearchService search;

    @Autowired
    ContentModeration moderation;

    @Autowired
    CurrentStaff currentStaff;

    @Autowired
    TransactionTemplate tx;

    String marker;
    String title;
    long brMessage;
    long frMessage;
    long japaneseMessage;
    long koreanMessage;
    long brMoment;
    long reportedRecommendation;
    long unreportedRecommendation;
    long brReport;
    long frReport;
    long recommendationReport;
    Member reporter;

    @BeforeAll
    void fixtures() {
        data.markets("BR", "FR", "JP", "KR");
        marker = "zk" + Long.toString(System.nanoTime(), 36);
        title = "Lantern " + marker;
        Episode episode = data.episode(title, 1800);
        Member host = data.member("BR");
        Member guest = data.member("BR");
        reporter = data.member("BR");
        WatchParty brParty = data.party(episode, host, "BR");
        WatchParty frParty = data.party(episode, host, "FR");
        data.message(brParty, guest, marker + " warmup chatter", "en", 10);
        brMessage = data.message(brParty, host, marker + " the lighthouse explodes in the finale", "en", 20).getId();
        data.message(brParty, guest, marker + " no spoilers please", "en", 30);
        frMessage = data.message(frParty, guest, marker + " le phare explose", "fr", 40).getId();
        WatchParty jpParty = data.party(episode, host, "JP");
        japaneseMessage = data.message(jpParty, guest, marker + " 最終回のネタバレ注意", "ja", 50).getId();
        WatchParty krParty = data.party(episode, host, "KR");
        koreanMessage = data.message(krParty, guest, marker + " 마지막 화 스포일러를 주의하세요", "ko", 60).getId();
        brMoment = data.moment(episode, host, marker + " lighthouse clip", Set.of("BR")).getId();
        Member friend = data.member("BR");
        reportedRecommendation = data.recommendation(episode, host, friend, marker + " watch the lighthouse episode",
                "BR").getId();
        unreportedRecommendation = data.recommendation(episode, guest, friend, marker + " lighthouse is great",
                "BR").getId();
        recommendationReport = data.report(ContentKind.PRIVATE_RECOMMENDATION, reportedRecommendation, friend, ReportReason.SPAM,
                marker + " unsolicited", "BR", Instant.parse("2026-11-06T10:00:00Z")).getId();
        brReport = data.report(ContentKind.WATCH_PARTY_MESSAGE, brMessage, reporter, ReportReason.SPOILER,
                marker + " ruined the ending for everyone", "BR", Instant.parse("2026-11-06T11:00:00Z")).getId();
        frReport = data.report(ContentKind.WATCH_PARTY_MESSAGE, frMessage, reporter, ReportReason.HARASSMENT,
                marker + " rude in french", "FR", Instant.parse("2026-11-06T12:00:00Z")).getId();
        AsStaff.run(Set.of(Role.MODERATOR), Set.of("*"), () -> tx.executeWithoutResult(
                s -> moderation.markSpoiler(ContentKind.WATCH_PARTY_MESSAGE, brMessage)));
    }

    @Test
    void aModeratorFindsAMessageByAWordInItAndItOpensTheMessagePage() {
        asBrModerator(() -> {
            SearchHit hit = search.search(marker + " explodes", SearchSort.RELEVANCE, 0, 10).hits().getFirst();
            assertThat(hit.kind()).isEqualTo(SearchKind.MESSAGE);
            assertThat(hit.id()).isEqualTo(brMessage);
            assertThat(hit.route()).isEqualTo("messages/" + brMessage);
            assertThat(hit.context()).isEqualTo("Watch party #" + partyOf(hit) + " · " + title + " · S1 E1 · Pilot");
            assertThat(hit.snippet()).contains(SearchHit.MARK_START + "explodes" + SearchHit.MARK_END);
            assertThat(hit.markets()).containsExactly("BR");
            assertThat(hit.stateLabel()).isEqualTo("Active");
            assertThat(hit.reportCount()).isEqualTo(1);
            assertThat(ids(marker + " kind:message")).contains(brMessage).doesNotContain(frMessage);
            assertThat(ids(marker + " kind:message")).hasSize(3);
        });
    }

    @Test
    void aCuratorSearchesMomentsAndSubmissionsOnlyAndIsToldWhyKindMessageFindsNothing() {
        AsStaff.run(Set.of(Role.CURATOR), Set.of("*"), () -> {
            assertThat(SearchService.types(currentStaff.get()))
                    .containsExactly(Moment.class, FandomSubmission.class);
            assertThat(ids(marker + " lighthouse")).containsExactly(brMoment);
            assertThat(search.search(marker, SearchSort.NEWEST, 0, 50).facets().stream()
                    .filter(f -> f.field().equals("kind")).findFirst().orElseThrow().values())
                    .extracting(SearchFacet.Value::value).containsExactly("moment");
            assertThatThrownBy(() -> search.search(marker + " kind:message", SearchSort.RELEVANCE, 0, 10))
                    .isInstanceOf(QuerySyntaxException.class)
                    .hasMessageContaining("kind:message is searched by moderators")
                    .hasMessageContaining("kind:moment");
            assertThatThrownBy(() -> search.search("reason:spam", SearchSort.RELEVANCE, 0, 10))
                    .isInstanceOf(QuerySyntaxException.class).hasMessageContaining("reason: filters reports");
        });
        AsStaff.run(Set.of(Role.POLICY_ADMIN), Set.of("*"), () -> assertThat(SearchService.types(currentStaff.get()))
                .containsExactly(Moment.class, FandomSubmission.class));
        AsStaff.run(Set.of(Role.AUDITOR), Set.of("*"), () -> assertThat(SearchService.types(currentStaff.get()))
                .containsExactly(Moment.class, FandomSubmission.class, WatchPartyMessage.class,
                        PrivateRecommendation.class, Report.class));
    }

    @Test
    void onlyReportedRecommendationsAreFoundAndAFirstReportIndexesOne() {
        asBrModerator(() -> {
            assertThat(ids(marker + " kind:recommendation")).containsExactly(reportedRecommendation);
            SearchHit hit = search.search(marker + " kind:recommendation", SearchSort.RELEVANCE, 0, 10).hits()
                    .getFirst();
            assertThat(hit.route()).isEqualTo("recommendations/" + reportedRecommendation);
            assertThat(hit.context()).startsWith("Recommends " + title + " to @");
        });
        AsStaff.run(Set.of(Role.MODERATOR), Set.of("FR"), () ->
                assertThat(ids(marker + " kind:recommendation")).as("not in an FR moderator's markets").isEmpty());
        String fresh = marker + "fresh";
        Member sender = data.member("BR");
        long later = data.recommendation(data.episode("Other " + fresh, 600), sender, reporter, fresh + " try it", "BR")
                .getId();
        asBrModerator(() -> assertThat(ids(fresh)).as("not reported yet").isEmpty());
        data.report(ContentKind.PRIVATE_RECOMMENDATION, later, reporter, ReportReason.OTHER, null, "BR",
                Instant.parse("2026-11-07T10:00:00Z"));
        asBrModerator(() -> assertThat(ids(fresh)).containsExactly(later));
    }

    @Test
    void reportFreeTextFindsTheReportWhichOpensTheReportPage() {
        asBrModerator(() -> {
            SearchHit hit = search.search(marker + " ruined ending", SearchSort.RELEVANCE, 0, 10).hits().getFirst();
            assertThat(hit.kind()).isEqualTo(SearchKind.REPORT);
            assertThat(hit.id()).isEqualTo(brReport);
            assertThat(hit.route()).isEqualTo("reports/" + brReport);
            assertThat(hit.context()).isEqualTo("Report on Watch-party message " + brMessage + " · Spoiler");
            assertThat(hit.state()).isEqualTo("OPEN");
            assertThat(hit.stateLabel()).isEqualTo("Open");
            assertThat(hit.language()).isNull();
            assertThat(ids(marker + " reason:SPOILER")).containsExactly(brReport);
            assertThat(ids(marker + " state:open kind:report")).containsExactlyInAnyOrder(brReport,
                    recommendationReport);
            assertThat(ids(marker + " state:active kind:report")).isEmpty();
        });
    }

    @Test
    void aBrazilModeratorNeverSeesFrenchOnlyMessagesOrReportsInHitsTotalsOrFacets() {
        asBrModerator(() -> {
            SearchResult result = search.search(marker, SearchSort.NEWEST, 0, 50);
            // ids are per table: compare kind and id
            assertThat(result.hits()).extracting(SearchHit::route)
                    .doesNotContain("messages/" + frMessage, "reports/" + frReport);
            // BR: 3 messages, 1 Moment, 1 reported recommendation, 2 reports (on the message and the recommendation)
            assertThat(result.total()).isEqualTo(7);
            assertThat(facet(result, "market")).extracting(SearchFacet.Value::value).containsExactly("BR");
            assertThat(facet(result, "kind")).extracting(SearchFacet.Value::token, SearchFacet.Value::count)
                    .containsExactlyInAnyOrder(tuple("kind:message", 3L), tuple("kind:moment", 1L),
                            tuple("kind:recommendation", 1L), tuple("kind:report", 2L));
            assertThat(facet(result, "reason")).extracting(SearchFacet.Value::label, SearchFacet.Value::count)
                    .containsExactlyInAnyOrder(tuple("Spoiler", 1L), tuple("Spam", 1L));
        });
        AsStaff.run(Set.of(Role.ADMIN), Set.of("*"), () -> {
            SearchResult result = search.search(marker, SearchSort.NEWEST, 0, 50);
            assertThat(result.total()).isEqualTo(11);
            assertThat(facet(result, "reason")).extracting(SearchFacet.Value::token, SearchFacet.Value::count)
                    .contains(tuple("reason:harassment", 1L));
        });
    }

    @Test
    void titleSpoilerAndStateFacetsCountAcrossKinds() {
        asBrModerator(() -> {
            SearchResult result = search.search(marker, SearchSort.NEWEST, 0, 50);
            // reports have no title and no spoiler flag: 5 content items
            assertThat(facet(result, "title")).extracting(SearchFacet.Value::token, SearchFacet.Value::count)
                    .containsExactly(tuple("title:\"" + title + "\"", 5L));
            assertThat(facet(result, "spoiler")).extracting(SearchFacet.Value::token, SearchFacet.Value::count)
                    .containsExactly(tuple("spoiler:yes", 1L), tuple("spoiler:no", 4L));
            assertThat(facet(result, "state")).extracting(SearchFacet.Value::token, SearchFacet.Value::count)
                    .containsExactlyInAnyOrder(tuple("state:active", 5L), tuple("state:open", 2L));
            assertThat(ids(marker + " spoiler:yes")).containsExactly(brMessage);
            assertThat(ids("title:\"" + title + "\" kind:message")).hasSize(3);
            assertThat(ids(marker + " reports:1 kind:message")).containsExactly(brMessage);
            assertThat(ids(marker + " kind:message")).as("sorted newest first").hasSize(3);
        });
    }

    @Test
    void japaneseAndKoreanMessagesAreFoundByTheirWords() {
        AsStaff.run(Set.of(Role.MODERATOR), Set.of("JP", "KR"), () -> {
            assertThat(ids("最終回 kind:message")).contains(japaneseMessage);
            assertThat(ids("ネタバレ " + marker)).containsExactly(japaneseMessage);
            assertThat(ids("스포일러 " + marker)).containsExactly(koreanMessage);
        });
    }

    private long partyOf(SearchHit hit) {
        return Long.parseLong(hit.context().replaceAll("^Watch party #(\\d+) .*$", "$1"));
    }

    private void asBrModerator(Runnable action) {
        AsStaff.run(Set.of(Role.MODERATOR), Set.of("BR"), action);
    }

    private List<Long> ids(String query) {
        return search.search(query, SearchSort.RELEVANCE, 0, 50).hits().stream().map(SearchHit::id).toList();
    }

    private static List<SearchFacet.Value> facet(SearchResult result, String field) {
        return result.facets().stream().filter(f -> f.field().equals(field)).findFirst().orElseThrow().values();
    }
}
