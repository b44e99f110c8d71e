package com.clipdesk.transparency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import com.clipdesk.shared.OutOfScopeException;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The export: JSON in the API's multiple-statements format, CSV with one column per attribute, the
 * date range respected to the day, non-EU statements apart and only on request, nothing written when
 * a statement would be refused, and who may export what.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementExportIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicLong DECISION_IDS = new AtomicLong(-System.nanoTime() % 1_000_000_000L * 1000);

    @Autowired
    TestData data;
    @Autowired
    ReviewIntake intake;
    @Autowired
    CaseFixtures fixtures;
    @Autowired
    ReviewService reviews;
    @Autowired
    Statements statements;
    @Autowired
    JdbcClient jdbc;

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private String euPuid;
    private String brPuid;
    private Map<String, Object> template;

    @BeforeAll
    void decisions() {
        data.markets("DE", "FR", "BR");
        Episode episode = data.episode("Export " + System.nanoTime(), 1800);
        Member member = data.member("FR");
        euPuid = removed(episode, member, Set.of("FR", "DE"));
        brPuid = removed(episode, member, Set.of("BR"));
        template = as(Role.ADMIN, "*", () -> statements.submission(idOf(euPuid)));
    }

    private String removed(Episode episode, Member member, Set<String> markets) {
        long moment = data.moment(episode, member, "export fixture", markets).getId();
        data.report(ContentKind.MOMENT, moment, member, ReportReason.HARASSMENT, markets.iterator().next());
        intake.gather();
        long caseId = fixtures.caseOf(ContentKind.MOMENT, moment);
        long decision = as(Role.MODERATOR, "*", () -> {
            var work = reviews.open(caseId);
            return reviews.decide(caseId, work.version(), Decision.of(Disposition.REMOVE, "HARASSMENT")).id();
        });
        return StatementBuilder.puid(decision);
    }

    private long idOf(String puid) {
        return jdbc.sql("select id from statement_of_reasons where puid = ?").param(puid).query(Long.class).single();
    }

    /** Stores a statement as decided on {@code day}, built from a real one with {@code changes}. */
    private String stored(LocalDate day, boolean eu, Map<String, Object> changes) {
        long decisionId = DECISION_IDS.decrementAndGet();
        String puid = "export-it" + decisionId;
        Map<String, Object> statement = new LinkedHashMap<>(template);
        statement.put("puid", puid);
        statement.put("application_date", day.toString());
        statement.putAll(changes);
        jdbc.sql("insert into statement_of_reasons (puid, decision_id, case_id, subject_kind, subject_id, decided_at, "
                        + "markets, eu, category, ground, statement) values (?, ?, 0, 'MOMENT', 0, ?, 'DE', ?, ?, ?, ?)")
                .params(puid, decisionId, Timestamp.from(day.atTime(12, 0).toInstant(ZoneOffset.UTC)), eu ? 1 : 0,
                        String.valueOf(statement.get("category")), String.valueOf(statement.get("decision_ground")),
                        StatementJson.write(statement))
                .update();
        jdbc.sql("insert into statement_of_reasons_market (statement_id, market_code) values (?, 'DE')")
                .param(idOf(puid)).update();
        return puid;
    }

    private static <T> T as(Role role, String markets, Supplier<T> action) {
        Object[] result = new Object[1];
        AsStaff.run("export-" + role.name().toLowerCase(), Set.of(role), Set.of(markets.split(",")),
                () -> result[0] = action.get());
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    private String export(StatementFilter filter, ExportFormat format) {
        return as(Role.AUDITOR, "*", () -> {
            var out = new ByteArrayOutputStream();
            try {
                statements.export(filter, format, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toString(StandardCharsets.UTF_8);
        });
    }

    private static List<String> puids(JsonNode array) {
        List<String> puids = new ArrayList<>();
        array.forEach(s -> puids.add(s.get("puid").asString()));
        return puids;
    }

    @Test
    void jsonIsTheApiMultipleStatementsBodyWithEuStatementsOnlyUnlessAsked() {
        JsonNode body = JSON.readTree(export(StatementFilter.between(today, today), ExportFormat.JSON));
        assertThat(body.propertyNames()).containsExactly("statements");
        assertThat(puids(body.get("statements"))).contains(euPuid).doesNotContain(brPuid);
        for (JsonNode s : body.get("statements")) {
            Map<String, Object> statement = StatementJson.read(s.toString());
            assertThat(StatementValidator.check(statement, true)).as(statement.get("puid").toString()).isEmpty();
        }

        JsonNode all = JSON.readTree(export(StatementFilter.between(today, today).withNonEu(true), ExportFormat.JSON));
        assertThat(all.propertyNames()).containsExactly("statements", "non_eu_statements");
        assertThat(puids(all.get("statements"))).contains(euPuid).doesNotContain(brPuid);
        assertThat(puids(all.get("non_eu_statements"))).contains(brPuid).doesNotContain(euPuid);
    }

    @Test
    void csvHasOneColumnPerApiAttributeAndOneRowPerStatement() {
        StatementFilter filter = StatementFilter.between(today, today).withNonEu(true);
        List<String> lines = export(filter, ExportFormat.CSV).lines().toList();
        List<String> header = new ArrayList<>();
        for (StatementField field : StatementField.values()) {
            header.add(field.key());
        }
        header.add("eu");
        assertThat(lines.getFirst()).isEqualTo(String.join(",", header));
        long count = as(Role.ADMIN, "*", () -> statements.count(filter));
        assertThat(lines).hasSize(1 + (int) count);
        String row = lines.stream().filter(l -> l.contains(euPuid + ",")).findFirst().orElseThrow();
        assertThat(row).startsWith("\"[\"\"DECISION_VISIBILITY_CONTENT_REMOVED\"\"]\",")
                .contains(",DECISION_GROUND_INCOMPATIBLE_CONTENT,", ",STATEMENT_CATEGORY_CYBER_VIOLENCE,",
                        "\"[\"\"DE\"\",\"\"FR\"\"]\"", ",SOURCE_ARTICLE_16,,No,AUTOMATED_DECISION_NOT_AUTOMATED,")
                .endsWith("," + euPuid + ",yes");
        assertThat(lines.stream().filter(l -> l.endsWith(brPuid + ",no"))).hasSize(1);
    }

    @Test
    void theDateRangeIsRespectedToTheDayBothEndsIncluded() {
        String first = stored(LocalDate.of(2021, 3, 1), true, Map.of());
        String second = stored(LocalDate.of(2021, 3, 2), true, Map.of());
        String later = stored(LocalDate.of(2021, 3, 4), true, Map.of());

        JsonNode body = JSON.readTree(export(StatementFilter.between(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 2)),
                ExportFormat.JSON));
        assertThat(puids(body.get("statements"))).containsExactly(first, second);
        assertThat(export(StatementFilter.between(LocalDate.of(2021, 3, 3), LocalDate.of(2021, 3, 3)),
                ExportFormat.CSV).lines()).hasSize(1);
        assertThat(as(Role.ADMIN, "*", () -> statements.count(StatementFilter.between(LocalDate.of(2021, 3, 2),
                LocalDate.of(2021, 3, 31))))).isEqualTo(2);
        assertThat(later).isNotBlank();
    }

    @Test
    void aStatementTheDatabaseWouldRefuseStopsTheExportBeforeAByteIsWritten() {
        LocalDate day = LocalDate.of(2021, 5, 10);
        stored(day, true, Map.of());
        String bad = stored(day, true, Map.of("category", "STATEMENT_CATEGORY_PORNOGRAPHY_OR_SEXUALIZED_CONTENT",
                "decision_facts", "x".repeat(5001)));
        StatementFilter filter = StatementFilter.between(day, day);

        ExportCheck check = as(Role.ADMIN, "*", () -> statements.check(filter));
        assertThat(check.passed()).isFalse();
        assertThat(check.statements()).isEqualTo(2);
        assertThat(check.problems()).extracting(StatementViolation::puid, StatementViolation::field)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(bad, "category"),
                        org.assertj.core.groups.Tuple.tuple(bad, "decision_facts"));
        assertThat(check.summary()).contains("nothing was exported", "Statement " + bad + ", ");

        var out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> as(Role.ADMIN, "*", () -> {
            try {
                return statements.export(filter, ExportFormat.JSON, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        })).isInstanceOf(ExportRejectedException.class).hasMessageContaining(bad);
        assertThat(out.size()).as("nothing half-exported").isZero();

        // the refusal is audited with its reason, and no export is
        String about = "statements decided " + day + " to " + day;
        assertThat(auditSummaries(Statements.EXPORT_REFUSED, "export-admin", about)).singleElement()
                .asString().startsWith("JSON export of " + about).contains("refused", "2 statements", bad);
        assertThat(auditSummaries(Statements.EXPORTED, "export-admin", about)).isEmpty();
    }

    @Test
    void anExportIsAuditedWithWhoTheFormatTheFilterAndTheCount() {
        LocalDate day = LocalDate.of(2021, 6, 14);
        stored(day, true, Map.of());
        stored(day, true, Map.of());
        stored(day, false, Map.of());
        String about = "statements decided " + day + " to " + day;

        export(StatementFilter.between(day, day), ExportFormat.CSV);
        assertThat(auditSummaries(Statements.EXPORTED, "export-auditor", about)).singleElement().asString()
                .startsWith("CSV export of " + about + ", all markets in scope, EU/EEA only: 2 statements");

        export(new StatementFilter(day, day, "DE", null, true), ExportFormat.JSON);
        assertThat(auditSummaries(Statements.EXPORTED, "export-auditor", about)).hasSize(2)
                .anySatisfy(summary -> assertThat(summary).startsWith("JSON export of " + about
                        + ", market DE, non-EU included: 3 statements (1 non-EU)"));
        assertThat(auditSummaries(Statements.EXPORT_REFUSED, "export-auditor", about)).isEmpty();
    }

    private List<String> auditSummaries(String action, String actor, String about) {
        return jdbc.sql("select summary from audit_event where action = ? and actor = ? and summary like ? order by id")
                .params(action, actor, "%" + about + "%").query(String.class).list();
    }

    @Test
    void aStoredStatementThatIsNotJsonIsNamedNotAnError() {
        LocalDate day = LocalDate.of(2021, 5, 20);
        String broken = stored(day, true, Map.of());
        jdbc.sql("update statement_of_reasons set statement = '{\"puid\": ' where puid = ?").param(broken).update();
        ExportCheck check = as(Role.ADMIN, "*", () -> statements.check(StatementFilter.between(day, day)));
        assertThat(check.problems()).singleElement().satisfies(v -> {
            assertThat(v.puid()).isEqualTo(broken);
            assertThat(v.message()).startsWith("is not a JSON object the database could read");
        });
    }

    @Test
    void aLargeRangeIsReadInChunksAndExportedWhole() {
        LocalDate day = LocalDate.of(2021, 7, 1);
        Set<String> inserted = new java.util.HashSet<>();
        for (int i = 0; i < 1_203; i++) {
            inserted.add(stored(day, true, Map.of()));
        }
        JsonNode body = JSON.readTree(export(StatementFilter.between(day, day), ExportFormat.JSON));
        assertThat(body.get("statements").size()).isEqualTo(1_203);
        assertThat(puids(body.get("statements"))).containsExactlyInAnyOrderElementsOf(inserted);
    }

    @Test
    void adminsLeadsAndAuditorsReadStatementsOfTheirMarketsOnly() {
        StatementFilter todayAll = StatementFilter.between(today, today).withNonEu(true);
        for (Role role : List.of(Role.MODERATOR, Role.POLICY_ADMIN, Role.CURATOR)) {
            assertThatThrownBy(() -> as(role, "*", () -> statements.count(todayAll)))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(role, "*", () -> statements.check(todayAll)))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(role, "*", () -> {
                try {
                    return statements.export(todayAll, ExportFormat.CSV, new ByteArrayOutputStream());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            })).as(role.name()).isInstanceOf(AccessDeniedException.class);
        }
        for (Role role : List.of(Role.ADMIN, Role.AUDITOR, Role.LEAD_MODERATOR)) {
            List<String> seen = as(role, "*", () -> statements.page(todayAll, 0, 10_000)).stream()
                    .map(StatementRow::puid).toList();
            assertThat(seen).as(role.name()).contains(euPuid, brPuid);
        }
        List<String> brLead = as(Role.LEAD_MODERATOR, "BR", () -> statements.page(todayAll, 0, 10_000)).stream()
                .map(StatementRow::puid).toList();
        assertThat(brLead).contains(brPuid).doesNotContain(euPuid);
        assertThat(as(Role.LEAD_MODERATOR, "BR", () -> statements.markets())).containsExactly("BR");
        assertThatThrownBy(() -> as(Role.LEAD_MODERATOR, "BR", () -> statements.count(
                new StatementFilter(today, today, "DE", null, false)))).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> as(Role.LEAD_MODERATOR, "BR", () -> statements.submission(idOf(euPuid))))
                .isInstanceOf(OutOfScopeException.class);
        assertThat(as(Role.LEAD_MODERATOR, "BR,FR", () -> statements.count(
                new StatementFilter(today, today, "FR", "STATEMENT_CATEGORY_CYBER_VIOLENCE", false)))).isPositive();
    }
}
