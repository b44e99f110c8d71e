package com.clipdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import com.clipdesk.support.TestDatabases;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Loads a small demo data set through the start-up runner into an empty database of its own (H2,
 * or a fresh database on the MariaDB/MySQL server of CLIPDESK_TEST_DATASOURCE_URL) and checks it
 * from the database's point of view. Other tests never see these rows.
 */
@SpringBootTest(properties = {
    "clipdesk.demo.enabled=true",
    "clipdesk.demo.titles=12",
    "clipdesk.demo.members=600",
    "clipdesk.demo.moments=2000",
    "clipdesk.demo.submissions=400",
    "clipdesk.demo.recommendations=80",
    "clipdesk.demo.watch-parties=20",
    "clipdesk.demo.chat-messages=500",
    "clipdesk.demo.reports=300"
})
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@org.springframework.test.annotation.DirtiesContext
class DemoDataIT {

    private static final String DATABASE = TestDatabases.create("demo");

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> DATABASE);
        registry.add("spring.datasource.username", TestDatabases::user);
        registry.add("spring.datasource.password", TestDatabases::password);
    }

    @Autowired
    private DemoDataLoader loader;

    @Autowired
    private DemoDataProperties properties;

    @Autowired
    private DemoIngest runner;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private DataSource dataSource;

    @Autowired
    private PlatformTransactionManager transactionManager;

    @Test
    void loadsTheConfiguredSizesAtStartUpAndOnlyOnce() {
        assertThat(count("market")).isEqualTo(10);
        // the generated rows; the demo's push through the ingest API (DemoIngest) adds a few with external ids
        assertThat(generated("member", "MEMBER")).isEqualTo(properties.members());
        assertThat(generated("moment", "MOMENT")).isEqualTo(properties.moments());
        assertThat(generated("fandom_submission", "FANDOM_SUBMISSION")).isEqualTo(properties.submissions());
        assertThat(count("private_recommendation")).isEqualTo(properties.recommendations());
        assertThat(count("watch_party")).isEqualTo(properties.watchParties());
        assertThat(count("watch_party_message")).isEqualTo(properties.chatMessages());
        assertThat(generated("report", "REPORT")).isEqualTo(properties.reports());
        for (String table : List.of("title", "season", "episode", "title_release", "moment_market", "share_link",
                "fandom_submission_tag", "fandom_submission_market")) {
            assertThat(count(table)).as(table).isPositive();
        }
        List<Map<String, Object>> audit = jdbc.queryForList(
                "select actor, summary, occurred_at from audit_event where action = 'DEMO_DATA_LOADED'");
        assertThat(audit).hasSize(1);
        assertThat(audit.getFirst().get("actor")).isEqualTo("system");
        assertThat((String) audit.getFirst().get("summary")).contains(properties.moments() + " moment");
        // datetime(6) holds UTC whatever the JVM's zone
        LocalDateTime occurred = jdbc.queryForObject(
                "select occurred_at from audit_event where action = 'DEMO_DATA_LOADED'", LocalDateTime.class);
        assertThat(Duration.between(occurred.toInstant(ZoneOffset.UTC), Instant.now()).abs()).isLessThan(Duration.ofMinutes(10));

        long moments = count("moment");
        DemoDataReport again = loader.load();
        assertThat(again.loaded()).isFalse();
        assertThat(count("moment")).isEqualTo(moments);
        assertThat(count("audit_event where action = 'DEMO_DATA_LOADED'")).isEqualTo(1);
    }

    @Test
    void rowsAreConsistentWithEachOther() {
        assertThat(count("moment m join episode e on e.id = m.episode_id where m.end_s > e.duration_s or m.start_s < 0"))
                .isZero();
        assertThat(count("moment_market mm join moment m on m.id = mm.moment_id join title_release r"
                + " on r.episode_id = m.episode_id and r.market_code = mm.market_code where r.released_at > ?",
                LocalDateTime.now(ZoneOffset.UTC))).isZero();
        assertThat(count("moment m where m.report_count <> (select count(*) from report r"
                + " where r.subject_kind = 'MOMENT' and r.subject_id = m.id)")).isZero();
        assertThat(count("fandom_submission s where s.report_count <> (select count(*) from report r"
                + " where r.subject_kind = 'FANDOM_SUBMISSION' and r.subject_id = s.id)")).isZero();
        assertThat(count("watch_party_message w where w.report_count <> (select count(*) from report r"
                + " where r.subject_kind = 'WATCH_PARTY_MESSAGE' and r.subject_id = w.id)")).isZero();
        assertThat(count("private_recommendation p where p.report_count <> (select count(*) from report r"
                + " where r.subject_kind = 'PRIVATE_RECOMMENDATION' and r.subject_id = p.id)")).isZero();
        assertThat(count("report r where r.subject_kind = 'MOMENT' and not exists (select 1 from moment_market mm"
                + " where mm.moment_id = r.subject_id and mm.market_code = r.market_code)")).isZero();
        assertThat(count("report r where r.subject_kind = 'FANDOM_SUBMISSION' and not exists (select 1 from"
                + " fandom_submission_market sm where sm.submission_id = r.subject_id and sm.market_code = r.market_code)"))
                .isZero();
        assertThat(count("report r where r.subject_kind = 'PRIVATE_RECOMMENDATION' and not exists (select 1 from"
                + " private_recommendation p where p.id = r.subject_id and p.market_code = r.market_code"
                + " and p.recipient_id = r.reporter_id)")).isZero();
        assertThat(count("report r where r.subject_kind = 'WATCH_PARTY_MESSAGE' and not exists (select 1 from"
                + " watch_party_message w join watch_party p on p.id = w.party_id where w.id = r.subject_id"
                + " and p.market_code = r.market_code)")).isZero();
        assertThat(count("report where created_at > ?", LocalDateTime.now(ZoneOffset.UTC))).isZero();
    }

    @Test
    void anEnforcementHistoryIsTakenThroughTheServicesOnce() {
        assertThat(count("takedown")).as("takedowns").isGreaterThanOrEqualTo(3);
        assertThat(count("legal_order where status = 'OPEN' and deadline < ?", LocalDateTime.now(ZoneOffset.UTC)))
                .as("an overdue order").isEqualTo(1);
        assertThat(count("appeal where status = 'OPEN'")).as("appeals to decide").isGreaterThanOrEqualTo(1);
        assertThat(count("appeal where outcome = 'OVERTURNED'")).isEqualTo(1);
        // what the takedowns' and appeals' listeners write in the same transactions
        assertThat(count("statement_of_reasons where decision_kind = 'TAKEDOWN'")).isEqualTo(count("takedown"));
        assertThat(count("member_notice")).isGreaterThanOrEqualTo(count("takedown"));
        assertThat(count("strike where voided_at is not null")).as("voided by the overturn").isEqualTo(1);
        assertThat(count("audit_event where action = 'APPEAL_DECIDED'")).isEqualTo(2);
    }

    @Test
    void marketPoliciesAreTakenThroughTheirLifecycleOnce() {
        assertThat(count("policy_version where market_code in ('JP', 'DE', 'KR', 'BR') and status = 'PUBLISHED'"
                + " and author = 'policy' and published_by = 'admin'")).as("four eyes").isEqualTo(4);
        assertThat(count("policy_version where market_code = 'BR' and effective_at > ?", LocalDateTime.now(ZoneOffset.UTC)))
                .as("scheduled").isEqualTo(1);
        assertThat(count("policy_version where market_code = 'FR' and status = 'SUBMITTED'")).isEqualTo(1);
        assertThat(count("audit_event where action = 'POLICY_PUBLISHED' and actor = 'admin'")).isEqualTo(4);
    }

    @Test
    void rulesAWebhookAndAPushAreTakenThroughTheServicesOnce() {
        // the push: 3 members, the Moments, 3 share links, 2 submissions, 2 reports, each with its external id
        assertThat(count("external_ref")).isEqualTo(3 + DemoIngestBatch.moments() + 3 + 2 + 2);
        assertThat(count("external_ref where kind = 'MOMENT'")).isEqualTo(DemoIngestBatch.moments());
        assertThat(count("audit_event where action = 'INGEST_RECEIVED' and subject_id = ? and summary like ?",
                DemoIngest.CLIENT, "%35 accepted%")).isEqualTo(1);
        // the pushed reports reached the review queues
        assertThat(count("review_case_report cr join report r on r.id = cr.report_id join external_ref x"
                + " on x.kind = 'REPORT' and x.internal_id = r.id")).isEqualTo(2);

        assertThat(count("saved_search where shared = 1 and owner_username = 'lead' and owner_display_name = 'Lucas Meyer'"))
                .isEqualTo(3);
        assertThat(count("ingest_rule where promoted_by = 'lead' and promoted_by_name = 'Lucas Meyer'")).isEqualTo(3);
        assertThat(count("ingest_rule where mode = 'ENABLED' and mode_changed_by = 'admin'")).isEqualTo(1);
        assertThat(jdbc.queryForList("select name, mode, markets from ingest_rule order by name")).extracting(
                r -> r.get("name") + " " + r.get("mode") + " [" + r.get("markets") + "]").containsExactly(
                        "Pre-flag: spoiler alerts ENABLED []", "Raise priority: giveaways (BR) SHADOW [BR]",
                        "Route to Safety: knives SHADOW []");
        // shadow: what the rule would have done, nothing else; the Brazilian rule misses the US-only giveaway
        assertThat(hits("Route to Safety: knives", "WOULD_ACT")).isEqualTo(5);
        assertThat(hits("Raise priority: giveaways (BR)", "WOULD_ACT")).isEqualTo(3);
        assertThat(count("review_priority_boost")).isZero();
        assertThat(count("review_case where routed_category is not null")).isZero();
        // enabled: each spoiler alert is flagged by the rule
        assertThat(hits("Pre-flag: spoiler alerts", "ACTED")).isEqualTo(3);
        assertThat(count("spoiler_flag where source = 'RULE' and active = 1")).isEqualTo(3);
        assertThat(count("rule_pending")).isZero();

        assertThat(jdbc.queryForList("select name, url, state, created_by from webhook_subscription")).singleElement()
                .satisfies(w -> {
                    assertThat(w.get("name")).isEqualTo("Product notifications (demo)");
                    assertThat(w.get("state")).isEqualTo("PAUSED");
                    assertThat(w.get("created_by")).isEqualTo("admin");
                });
        assertThat(count("webhook_attempt")).isZero();

        // a restart: nothing again
        long events = count("audit_event");
        runner.run(new org.springframework.boot.DefaultApplicationArguments());
        assertThat(count("audit_event")).isEqualTo(events);
        assertThat(count("external_ref")).isEqualTo(3 + DemoIngestBatch.moments() + 3 + 2 + 2);
    }

    private long hits(String rule, String outcome) {
        return count("rule_hit h join ingest_rule r on r.id = h.rule_id where r.name = ? and h.outcome = ?", rule, outcome);
    }

    @Test
    void textsAreStoredInAllTheirLanguages() {
        List<String> languages = jdbc.queryForList("select distinct language from moment", String.class);
        assertThat(languages).containsAll(DemoMarkets.LANGUAGES);
        List<String> captions = jdbc.queryForList("select caption from moment where language in ('ja', 'ko')", String.class);
        assertThat(captions).anyMatch(c -> c.matches(".*[\\u3040-\\u30ff].*"))
                .anyMatch(c -> c.matches(".*[\\uac00-\\ud7af].*"));
        assertThat(jdbc.queryForList("select distinct language from watch_party_message", String.class))
                .containsAll(DemoMarkets.LANGUAGES);
    }

    @Test
    void insertsWithoutIdContinueAfterTheDemoIds() {
        long maxTitle = count("title");
        long maxReport = count("report");
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            PreparedStatement insert = c.prepareStatement("insert into title (name, kind, maturity_rating,"
                    + " original_language, release_year) values ('Inserted Later', 'FILM', '13+', 'en', 2026)",
                    Statement.RETURN_GENERATED_KEYS);
            return insert;
        }, keys);
        assertThat(keys.getKeyAs(Number.class).longValue()).isGreaterThan(maxTitle);
        jdbc.update("insert into report (subject_kind, subject_id, reporter_id, reason, market_code, created_at,"
                + " status, version) values ('MOMENT', 1, 1, 'SPAM', 'US', ?, 'OPEN', 0)", LocalDateTime.now(ZoneOffset.UTC));
        assertThat(jdbc.queryForObject("select max(id) from report", Long.class)).isEqualTo(maxReport + 1);
        jdbc.update("delete from report where id > ?", maxReport);
        jdbc.update("delete from title where id > ?", maxTitle);
    }

    /** Runs last: it replaces the data the other tests read (with the same sizes). */
    @Test
    @Order(Integer.MAX_VALUE)
    void aChunkedLoadThatDiedIsDeletedAndLoadedAgain() {
        removeDemoData();
        // what a chunked load that died leaves behind: markets (written first), no DEMO_DATA_LOADED event
        jdbc.update("insert into market (code, name, locale, time_zone, version)"
                + " values ('US', 'United States', 'en-US', 'America/New_York', 0)");
        DemoDataProperties p = properties;
        DemoDataProperties chunked = new DemoDataProperties(true, p.seed(), p.titles(), p.members(), p.moments(),
                p.submissions(), p.recommendations(), p.watchParties(), p.chatMessages(), p.reports(), 500);
        DemoDataLoader chunkedLoader = new DemoDataLoader(dataSource, transactionManager, chunked, Clock.systemUTC());

        DemoDataReport report = chunkedLoader.load();

        assertThat(report.loaded()).isTrue();
        assertThat(report.count("moment")).isEqualTo(properties.moments());
        assertThat(count("market")).isEqualTo(10);
        assertThat(count("moment")).isEqualTo(properties.moments());
        assertThat(count("report")).isEqualTo(properties.reports());
        assertThat(count("audit_event where action = 'DEMO_DATA_LOADED'")).isEqualTo(1);
        assertThat(chunkedLoader.load().loaded()).isFalse();
    }

    private void removeDemoData() {
        // the enforcement history, rules, webhook and push the start-up wrote on top of the demo data go first
        DemoIngest.TABLES.forEach(table -> jdbc.update("delete from " + table));
        DemoEnforcement.TABLES.forEach(table -> jdbc.update("delete from " + table));
        List<DemoTable> tables = List.of(DemoTable.values());
        for (int i = tables.size() - 1; i >= 0; i--) {
            jdbc.update("delete from " + tables.get(i).tableName());
        }
        // the audit trail is append-only: as a fresh database would be, with the DBA's rights on this test's own
        jdbc.execute((java.sql.Connection c) -> {
            com.clipdesk.audit.AppendOnlyGuard.remove(c);
            try (Statement st = c.createStatement()) {
                st.executeUpdate("delete from audit_event");
                st.executeUpdate("update audit_chain_head set seq = 0, hash = '"
                        + com.clipdesk.audit.AuditChainHash.GENESIS + "'");
            }
            com.clipdesk.audit.AppendOnlyGuard.install(c);
            return null;
        });
    }

    /** The database was this test's own. */
    @AfterAll
    void dropTheDatabase() {
        ((com.zaxxer.hikari.HikariDataSource) dataSource).close();
        TestDatabases.drop(DATABASE);
    }

    /** Rows of the table that did not come through the ingest API. */
    private long generated(String table, String kind) {
        return count(table + " t where not exists (select 1 from external_ref x where x.kind = ? and x.internal_id = t.id)",
                kind);
    }

    private long count(String from, Object... args) {
        Long count = jdbc.queryForObject("select count(*) from " + from, Long.class, args);
        return count == null ? 0 : count;
    }
}
