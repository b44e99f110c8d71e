package com.clipdesk.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.content.ContentKind;
import com.clipdesk.member.Member;
import com.clipdesk.report.ReportReason;
import com.clipdesk.review.BulkDecisions;
import com.clipdesk.review.BulkRun;
import com.clipdesk.review.CaseFixtures;
import com.clipdesk.review.CaseRow;
import com.clipdesk.review.Decision;
import com.clipdesk.review.Disposition;
import com.clipdesk.review.ItemAction;
import com.clipdesk.review.ItemRef;
import com.clipdesk.review.ReviewIntake;
import com.clipdesk.review.ReviewService;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import com.clipdesk.takedown.Ground;
import com.clipdesk.takedown.LegalOrderRequest;
import com.clipdesk.takedown.TakedownRequest;
import com.clipdesk.takedown.TakedownService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * SoR validity on every decision kind: a single removal, a bulk removal from a queue, a staff action
 * on an item without a case, a spoiler flag, a removal only outside the EU/EEA; each leaves one
 * statement the Transparency Database would accept, with the fields its decision gives. A keep writes
 * none. Takedowns too: in one market (disabling of access), everywhere (removal), on a legal order;
 * and a member restriction that strikes called for (partial suspension of the service).
 */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementsOfReasonsIT {

    @Autowired
    TestData data;
    @Autowired
    CaseFixtures fixtures;
    @Autowired
    ReviewService reviews;
    @Autowired
    BulkDecisions bulk;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReviewIntake intake;
    @Autowired
    TakedownService takedowns;

    Episode episode;
    Member creator;

    @BeforeAll
    void fixtures() {
        data.markets("DE", "FR", "BR", "GB");
        episode = data.episode("SoR " + System.nanoTime(), 2400);
        creator = data.member("DE");
    }

    /** A Moment visible in {@code markets}, reported in the first of them. */
    private long reportedMoment(List<String> markets, ReportReason reason, int reports) {
        long id = data.moment(episode, creator, "statement fixture", Set.copyOf(markets)).getId();
        for (int i = 0; i < reports; i++) {
            data.report(ContentKind.MOMENT, id, data.member(markets.getFirst()), reason, markets.getFirst());
        }
        return id;
    }

    private long gatheredCase(long momentId) {
        intake.gather();
        return fixtures.caseOf(ContentKind.MOMENT, momentId);
    }

    private static <T> T as(Role role, Supplier<T> action) {
        Object[] result = new Object[1];
        AsStaff.run("sor-" + role.name().toLowerCase(), Set.of(role), Set.of("*"), () -> result[0] = action.get());
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    private long decide(long caseId, Decision decision) {
        return as(Role.MODERATOR, () -> {
            var work = reviews.open(caseId);
            return reviews.decide(caseId, work.version(), decision).id();
        });
    }

    /** The statement of the case's latest decision, checked as the export checks it. */
    private Map<String, Object> statementOfCase(long caseId) {
        var row = jdbc.sql("select statement, eu from statement_of_reasons where case_id = ? order by id desc")
                .param(caseId).query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2) == 1)).list().getFirst();
        Map<String, Object> statement = StatementJson.read(row.getKey());
        assertThat(StatementValidator.check(statement, row.getValue())).as("valid for the database").isEmpty();
        return statement;
    }

    private int statementsOfCase(long caseId) {
        return jdbc.sql("select count(*) from statement_of_reasons where case_id = ?").param(caseId)
                .query(Integer.class).single();
    }

    @Test
    void aRemovalOnReportsWritesAValidStatementScopedToItsEuMarkets() {
        // reported in GB only; the removal hides it in all three markets, two of them in the EU
        long moment = reportedMoment(List.of("GB", "DE", "FR"), ReportReason.HATE, 2);
        long caseId = gatheredCase(moment);
        long decisionId = decide(caseId, Decision.of(Disposition.REMOVE, "HATE_SPEECH"));

        Map<String, Object> s = statementOfCase(caseId);
        assertThat(s).containsEntry("puid", "clipdesk-sor-" + decisionId)
                .containsEntry("decision_visibility", List.of("DECISION_VISIBILITY_CONTENT_REMOVED"))
                .containsEntry("decision_ground", "DECISION_GROUND_ILLEGAL_CONTENT")
                .containsEntry("category", "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH")
                .containsEntry("territorial_scope", List.of("DE", "FR"))
                .containsEntry("content_type", List.of("CONTENT_TYPE_TEXT", "CONTENT_TYPE_VIDEO"))
                .containsEntry("source_type", "SOURCE_ARTICLE_16")
                .containsEntry("automated_decision", "AUTOMATED_DECISION_NOT_AUTOMATED");
        assertThat((String) s.get("illegal_content_legal_ground")).contains("2008/913/JHA");
        assertThat(jdbc.sql("select markets, eu, decision_id from statement_of_reasons where case_id = ?").param(caseId)
                .query((rs, n) -> rs.getString(1) + ":" + rs.getInt(2) + ":" + rs.getLong(3)).single())
                .isEqualTo("DE,FR,GB:1:" + decisionId);
        assertThat(jdbc.sql("select count(*) from statement_of_reasons_market s join statement_of_reasons r "
                + "on r.id = s.statement_id where r.case_id = ?").param(caseId).query(Integer.class).single())
                .as("one market row each, for the filters").isEqualTo(3);
    }

    @Test
    void aBulkRemovalFromAQueueWritesOneStatementPerCase() throws Exception {
        List<Long> cases = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            cases.add(gatheredCase(reportedMoment(List.of("FR"), ReportReason.SPAM, 1)));
        }
        List<CaseRow> rows = cases.stream().map(id -> as(Role.MODERATOR, () -> reviews.open(id).row())).toList();
        cases.forEach(id -> as(Role.MODERATOR, () -> {
            reviews.release(id);
            return null;
        }));
        BulkRun<Long> run = as(Role.MODERATOR, () -> bulk.start(rows, Decision.of(Disposition.REMOVE, "SPAM")));
        assertThat(run.completion().get(30, TimeUnit.SECONDS).decided()).hasSize(3);

        for (long caseId : cases) {
            assertThat(statementsOfCase(caseId)).isEqualTo(1);
            assertThat(statementOfCase(caseId)).containsEntry("category", "STATEMENT_CATEGORY_SCAMS_AND_FRAUD")
                    .containsEntry("decision_ground", "DECISION_GROUND_INCOMPATIBLE_CONTENT")
                    .containsEntry("incompatible_content_ground", "Community Guidelines 6.1")
                    .containsEntry("territorial_scope", List.of("FR"))
                    .containsEntry("automated_decision", "AUTOMATED_DECISION_PARTIALLY");
        }
    }

    @Test
    void aStaffActionOnAnItemWithoutACaseIsOurOwnInitiative() throws Exception {
        long moment = data.moment(episode, creator, "leaked ending", Set.of("DE", "BR")).getId();
        BulkRun<ItemRef> run = as(Role.MODERATOR, () -> bulk.startOnItems(List.of(new ItemRef(ContentKind.MOMENT, moment)),
                ItemAction.REMOVE, "COPYRIGHT", "leak of the finale", "search: finale"));
        assertThat(run.completion().get(30, TimeUnit.SECONDS).decided()).hasSize(1);

        long caseId = fixtures.caseOf(ContentKind.MOMENT, moment);
        assertThat(jdbc.sql("select origin from review_case where id = ?").param(caseId).query(String.class).single())
                .isEqualTo("STAFF");
        Map<String, Object> s = statementOfCase(caseId);
        assertThat(s).containsEntry("source_type", "SOURCE_VOLUNTARY")
                .containsEntry("category", "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS")
                .containsEntry("decision_ground", "DECISION_GROUND_ILLEGAL_CONTENT")
                .containsEntry("territorial_scope", List.of("DE"));
        assertThat((String) s.get("decision_facts")).contains("own initiative").doesNotContain("leak of the finale");
    }

    @Test
    void aSpoilerFlagIsAVisibilityRestrictionWithItsOwnStatement() throws Exception {
        long moment = data.moment(episode, creator, "who dies", Set.of("FR")).getId();
        BulkRun<ItemRef> run = as(Role.MODERATOR, () -> bulk.startOnItems(List.of(new ItemRef(ContentKind.MOMENT, moment)),
                ItemAction.FLAG_SPOILER, "SPOILER_UNMARKED", "finale spoilers", "search: dies"));
        assertThat(run.completion().get(30, TimeUnit.SECONDS).decided()).hasSize(1);

        Map<String, Object> s = statementOfCase(fixtures.caseOf(ContentKind.MOMENT, moment));
        assertThat(s).containsEntry("decision_visibility", List.of("DECISION_VISIBILITY_CONTENT_LABELLED"))
                .containsEntry("category", "STATEMENT_CATEGORY_OTHER_VIOLATION_TC")
                .containsEntry("incompatible_content_ground", "Community Guidelines 7.1");
    }

    @Test
    void aRemovalOnlyInBrazilIsKeptButMarkedNonEu() {
        long moment = reportedMoment(List.of("BR"), ReportReason.HARASSMENT, 1);
        long caseId = gatheredCase(moment);
        decide(caseId, Decision.of(Disposition.REMOVE, "HARASSMENT"));

        assertThat(jdbc.sql("select eu from statement_of_reasons where case_id = ?").param(caseId).query(Integer.class)
                .single()).isZero();
        assertThat(statementOfCase(caseId)).containsEntry("territorial_scope", List.of())
                .containsEntry("category", "STATEMENT_CATEGORY_CYBER_VIOLENCE");
    }

    @Test
    void keepingAnItemWritesNoStatementAndEscalatingWithoutASpoilerFlagNeither() {
        long kept = gatheredCase(reportedMoment(List.of("DE"), ReportReason.SPAM, 1));
        decide(kept, Decision.of(Disposition.KEEP, "NO_VIOLATION"));
        long escalated = gatheredCase(reportedMoment(List.of("DE"), ReportReason.COPYRIGHT, 1));
        decide(escalated, new Decision(Disposition.ESCALATE, false, "NEEDS_LEGAL", "licensed?"));

        assertThat(statementsOfCase(kept)).isZero();
        assertThat(statementsOfCase(escalated)).isZero();
        assertThat(jdbc.sql("select count(*) from review_decision where case_id in (?, ?)").param(kept).param(escalated)
                .query(Integer.class).single()).isEqualTo(2);
    }

    /** The statement of a takedown, checked as the export checks it. */
    private Map<String, Object> statementOfTakedown(long takedownId) {
        var row = jdbc.sql("select statement, eu from statement_of_reasons where decision_kind = 'TAKEDOWN' "
                        + "and decision_id = ?")
                .param(takedownId).query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2) == 1)).single();
        Map<String, Object> statement = StatementJson.read(row.getKey());
        assertThat(StatementValidator.check(statement, row.getValue())).as("valid for the database").isEmpty();
        return statement;
    }

    private long takeDown(TakedownRequest request) {
        return as(Role.LEAD_MODERATOR, () -> takedowns.takeDown(request).id());
    }

    @Test
    void aTakedownInOneMarketDisablesAccessThereUnderTheLawItNames() {
        long moment = data.moment(episode, creator, "geo-blocked", Set.of("DE", "FR", "BR")).getId();
        long takedown = takeDown(new TakedownRequest(ContentKind.MOMENT, moment, false, Set.of("DE"), "HATE_SPEECH",
                Ground.ILLEGAL, "StGB § 130 (DE)", "Incites hatred against a group.", null));

        Map<String, Object> s = statementOfTakedown(takedown);
        assertThat(s).containsEntry("puid", "clipdesk-sor-takedown-" + takedown)
                .containsEntry("decision_visibility", List.of("DECISION_VISIBILITY_CONTENT_DISABLED"))
                .containsEntry("decision_ground", "DECISION_GROUND_ILLEGAL_CONTENT")
                .containsEntry("illegal_content_legal_ground", "StGB § 130 (DE)")
                .containsEntry("illegal_content_explanation", "Incites hatred against a group.")
                .containsEntry("category", "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH")
                .containsEntry("territorial_scope", List.of("DE"))
                .containsEntry("source_type", "SOURCE_VOLUNTARY");
        assertThat((String) s.get("decision_facts")).contains("in market DE only");
        // a review decision with the same id as the takedown keeps its own statement: ids are unique per kind
        assertThat(jdbc.sql("select case_id from statement_of_reasons where decision_kind = 'TAKEDOWN' and decision_id = ?")
                .param(takedown).query(Long.class).optional()).isEmpty();
    }

    @Test
    void aTakedownEverywhereOnOurTermsIsARemovalAndALegalOrderIsANotification() {
        long moment = data.moment(episode, creator, "removed everywhere", Set.of("FR", "BR")).getId();
        long everywhere = takeDown(new TakedownRequest(ContentKind.MOMENT, moment, true, Set.of(), "HARASSMENT",
                Ground.TERMS, "ToS 4.2 Harassment", "Targets a member with abuse.", null));
        assertThat(statementOfTakedown(everywhere))
                .containsEntry("decision_visibility", List.of("DECISION_VISIBILITY_CONTENT_REMOVED"))
                .containsEntry("decision_ground", "DECISION_GROUND_INCOMPATIBLE_CONTENT")
                .containsEntry("incompatible_content_ground", "ToS 4.2 Harassment")
                .containsEntry("territorial_scope", List.of("FR"));

        long ordered = data.moment(episode, creator, "ordered", Set.of("DE")).getId();
        long byOrder = takeDown(new TakedownRequest(ContentKind.MOMENT, ordered, false, Set.of("DE"), "HATE_SPEECH",
                Ground.ILLEGAL, "StGB § 130 (DE)", "Removal order of the authority.",
                new LegalOrderRequest("Bundesamt für Justiz", "BfJ-" + System.nanoTime(),
                        java.time.Instant.now().minusSeconds(600), null)));
        assertThat(statementOfTakedown(byOrder)).containsEntry("source_type", "SOURCE_TYPE_OTHER_NOTIFICATION");
    }

    @Test
    void aMemberRestrictionIsAPartialSuspensionOfTheServiceUntilItEnds() {
        Member repeat = data.member("FR");
        List<Long> takedownIds = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long moment = data.moment(episode, repeat, "repeat " + i, Set.of("FR", "BR")).getId();
            takedownIds.add(takeDown(new TakedownRequest(ContentKind.MOMENT, moment, true, Set.of(), "HARASSMENT",
                    Ground.TERMS, "ToS 4.2 Harassment", "Targets a member with abuse.", null)));
        }
        // the fifth strike reaches the threshold that applies "Sharing suspended for 30 days" by itself
        var row = jdbc.sql("""
                select s.statement, s.decision_id, s.markets from statement_of_reasons s
                join member_restriction r on r.id = s.decision_id
                where s.decision_kind = 'RESTRICTION' and r.member_id = ?""")
                .param(repeat.getId()).query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
                .single();
        Map<String, Object> s = StatementJson.read(row.get(0));
        assertThat(StatementValidator.check(s, true)).as("valid for the database").isEmpty();
        assertThat(s).containsEntry("puid", "clipdesk-sor-restriction-" + row.get(1))
                .containsEntry("decision_provision", "DECISION_PROVISION_PARTIAL_SUSPENSION")
                .containsEntry("decision_ground", "DECISION_GROUND_INCOMPATIBLE_CONTENT")
                .containsEntry("incompatible_content_ground", "ToS 9.3 Repeated violations (strikes)")
                .containsEntry("category", "STATEMENT_CATEGORY_CYBER_VIOLENCE")
                .containsEntry("automated_decision", "AUTOMATED_DECISION_FULLY")
                .containsKey("end_date_service_restriction")
                .doesNotContainKey("decision_visibility");
        @SuppressWarnings("unchecked")
        List<String> scope = (List<String>) s.get("territorial_scope");
        assertThat(scope).hasSize(30).contains("FR", "DE", "NO");
        assertThat((String) s.get("decision_facts")).contains("reached 5 active strikes", "Sharing suspended");
        assertThat(row.get(2)).as("filed under the member's home market").isEqualTo("FR");
        assertThat(takedownIds).hasSize(5);
    }
}
