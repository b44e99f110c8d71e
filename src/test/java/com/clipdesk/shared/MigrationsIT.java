package com.clipdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import com.clipdesk.support.TestDatabases;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;

/**
 * The same migrations build the same schema on H2 and on the MySQL-family server named by
 * CLIPDESK_TEST_DATASOURCE_URL (MariaDB in CI), and Hibernate validates every entity against it.
 */
class MigrationsIT {

    @Test
    void migrationsBuildAValidSchemaOnH2() throws Exception {
        DataSource h2 = DataSourceBuilder.create()
                .url("jdbc:h2:mem:migrations-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1").username("sa").password("")
                .build();
        migrateAndValidate(h2);
    }

    @Test
    void migrationsBuildAValidSchemaOnTheConfiguredServer() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(TestDatabases.onServer(),
                "no MySQL-family server configured (CLIPDESK_TEST_DATASOURCE_URL)");
        String url = TestDatabases.create("migrations");
        try {
            migrateAndValidate(DataSourceBuilder.create().url(url).username(TestDatabases.user())
                    .password(TestDatabases.password()).build());
        } finally {
            TestDatabases.drop(url);
        }
    }

    @Test
    void v4BackfillsTheReportCountsOfMessagesAndRecommendationsOnH2() throws Exception {
        DataSource h2 = DataSourceBuilder.create()
                .url("jdbc:h2:mem:migrations-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1").username("sa").password("")
                .build();
        backfillFromReports(h2);
    }

    @Test
    void v4BackfillsTheReportCountsOfMessagesAndRecommendationsOnTheConfiguredServer() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(TestDatabases.onServer(),
                "no MySQL-family server configured (CLIPDESK_TEST_DATASOURCE_URL)");
        String url = TestDatabases.create("backfill");
        try {
            backfillFromReports(DataSourceBuilder.create().url(url).username(TestDatabases.user())
                    .password(TestDatabases.password()).build());
        } finally {
            TestDatabases.drop(url);
        }
    }

    /** Rows written before V4 get report_count = their reports once V4 runs. */
    private static void backfillFromReports(DataSource dataSource) throws Exception {
        String product;
        try (Connection c = dataSource.getConnection()) {
            product = c.getMetaData().getDatabaseProductName();
        }
        var flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .placeholders(FlywayPlaceholders.placeholdersFor(product));
        flyway.target("3").load().migrate();
        String at = "timestamp '2026-01-01 00:00:00'";
        try (Connection c = dataSource.getConnection(); var st = c.createStatement()) {
            st.executeUpdate("insert into market (code, name, locale, time_zone, version) values ('BR', 'Brazil', 'pt-BR', 'UTC', 0)");
            st.executeUpdate("insert into title (id, name, kind, maturity_rating, original_language, release_year)"
                    + " values (1, 'T', 'SERIES', '13+', 'en', 2026)");
            st.executeUpdate("insert into season (id, title_id, number, name) values (1, 1, 1, 'S1')");
            st.executeUpdate("insert into episode (id, season_id, number, name, duration_s) values (1, 1, 1, 'E1', 600)");
            st.executeUpdate("insert into member (id, handle, home_market, age_band, joined_at) values"
                    + " (1, 'a', 'BR', '25_34', " + at + "), (2, 'b', 'BR', '25_34', " + at + ")");
            st.executeUpdate("insert into watch_party (id, episode_id, host_id, market_code, started_at)"
                    + " values (1, 1, 1, 'BR', " + at + ")");
            st.executeUpdate("insert into watch_party_message (id, party_id, author_id, body, language, sent_at, state,"
                    + " version) values (1, 1, 1, 'hi', 'en', " + at + ", 'ACTIVE', 0), (2, 1, 2, 'yo', 'en', " + at
                    + ", 'ACTIVE', 0)");
            st.executeUpdate("insert into private_recommendation (id, sender_id, recipient_id, title_id, message,"
                    + " language, market_code, created_at, state, version) values (1, 1, 2, 1, 'see it', 'en', 'BR', "
                    + at + ", 'ACTIVE', 0), (2, 2, 1, 1, 'or not', 'en', 'BR', " + at + ", 'ACTIVE', 0)");
            for (String subject : List.of("'WATCH_PARTY_MESSAGE', 1", "'WATCH_PARTY_MESSAGE', 1",
                    "'PRIVATE_RECOMMENDATION', 2", "'MOMENT', 1")) {
                st.executeUpdate("insert into report (subject_kind, subject_id, reporter_id, reason, market_code,"
                        + " created_at, status, version) values (" + subject + ", 2, 'SPAM', 'BR', " + at
                        + ", 'OPEN', 0)");
            }
        }
        flyway.target("latest").load().migrate();
        try (Connection c = dataSource.getConnection(); var st = c.createStatement()) {
            assertThat(counts(st, "select report_count from watch_party_message order by id")).containsExactly(2, 0);
            assertThat(counts(st, "select report_count from private_recommendation order by id")).containsExactly(0, 1);
        }
    }

    @Test
    void v15MovesSpoilerWindowsAndPreModerationIntoThePoliciesKeepingWhatWasInForceOnH2() throws Exception {
        windowsIntoPolicies(DataSourceBuilder.create()
                .url("jdbc:h2:mem:migrations-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1").username("sa").password("")
                .build());
    }

    @Test
    void v15MovesSpoilerWindowsAndPreModerationIntoThePoliciesKeepingWhatWasInForceOnTheConfiguredServer() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(TestDatabases.onServer(),
                "no MySQL-family server configured (CLIPDESK_TEST_DATASOURCE_URL)");
        String url = TestDatabases.create("windows");
        try {
            windowsIntoPolicies(DataSourceBuilder.create().url(url).username(TestDatabases.user())
                    .password(TestDatabases.password()).build());
        } finally {
            TestDatabases.drop(url);
        }
    }

    /**
     * At V14 the windows table had the defaults (series 14, film 30, documentary 3, anime 14) and an FR
     * override (film 45); the published default policy said 14 days for every kind, and DE's policy
     * switched windows off (neither was applied). After V15: the default's and FR's windows are the
     * table's, in new published versions effective since the versions they replace; DE's are the
     * table's too. JP was flagged for pre-moderation: its new version holds all submissions. The table
     * and the flag are gone.
     */
    private static void windowsIntoPolicies(DataSource dataSource) throws Exception {
        String product;
        try (Connection c = dataSource.getConnection()) {
            product = c.getMetaData().getDatabaseProductName();
        }
        var flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .placeholders(FlywayPlaceholders.placeholdersFor(product));
        flyway.target("14").load().migrate();
        String at = "timestamp '2026-03-01 00:00:00'";
        try (Connection c = dataSource.getConnection(); var st = c.createStatement()) {
            for (String m : List.of("FR", "DE", "JP")) {
                st.executeUpdate("insert into market (code, name, locale, time_zone, version) values ('" + m + "', '"
                        + m + "', 'en-GB', 'UTC', 0)");
            }
            st.executeUpdate("insert into spoiler_window (market_code, title_kind, days, version) values ('FR', 'FILM', 45, 0)");
            st.executeUpdate("update market set pre_moderation = 1 where code = 'JP'");
            st.executeUpdate("insert into policy_version (market_code, number, status, rules, note, author, created_at,"
                    + " last_edited_by, effective_at, published_by, published_at, version) values ('DE', 1, 'PUBLISHED',"
                    + " '{\"destinations\":null,\"maxClipSeconds\":{\"FILM\":20},\"blackouts\":null,\"minimumAge\":null,"
                    + "\"preModeration\":null,\"spoiler\":{\"enabled\":false,\"days\":0}}', 'DE rules', 'ana', " + at
                    + ", 'ana', " + at + ", 'ben', " + at + ", 0)");
            st.executeUpdate("insert into policy_version (market_code, number, status, rules, note, author, created_at,"
                    + " last_edited_by, version) values ('DE', 2, 'DRAFT', '{\"destinations\":null,\"maxClipSeconds\":null,"
                    + "\"blackouts\":null,\"minimumAge\":null,\"preModeration\":null,\"spoiler\":{\"enabled\":true,"
                    + "\"days\":7}}', 'draft', 'ana', " + at + ", 'ana', 0)");
        }
        flyway.target("latest").load().migrate();
        try (Connection c = dataSource.getConnection(); var st = c.createStatement()) {
            Map<String, String> rules = new java.util.TreeMap<>();
            Map<String, String> effective = new java.util.TreeMap<>();
            try (var rs = st.executeQuery("select market_code, number, rules, effective_at, author, status"
                    + " from policy_version order by market_code, number")) {
                while (rs.next()) {
                    String key = rs.getString(1) + " v" + rs.getInt(2) + " " + rs.getString(5) + " " + rs.getString(6);
                    rules.put(key, rs.getString(3).replaceAll("\\s", ""));
                    effective.put(key, String.valueOf(rs.getObject(4, java.time.LocalDateTime.class)));
                }
            }
            assertThat(rules).containsOnlyKeys("* v1 system PUBLISHED", "* v2 system PUBLISHED", "DE v1 ana PUBLISHED",
                    "DE v2 ana DRAFT", "DE v3 system PUBLISHED", "FR v1 system PUBLISHED", "JP v1 system PUBLISHED");
            assertThat(rules.get("* v1 system PUBLISHED")).as("same meaning, a length per kind")
                    .contains("\"spoiler\":{\"enabled\":true,\"days\":{\"SERIES\":14,\"FILM\":14,\"DOCUMENTARY\":14,\"ANIME\":14}}");
            assertThat(rules.get("* v2 system PUBLISHED")).contains(
                    "\"spoiler\":{\"enabled\":true,\"days\":{\"ANIME\":14,\"DOCUMENTARY\":3,\"FILM\":30,\"SERIES\":14}}")
                    .contains("\"maxClipSeconds\":{\"SERIES\":60");
            assertThat(effective.get("* v2 system PUBLISHED")).as("since the version it replaces")
                    .isEqualTo(effective.get("* v1 system PUBLISHED"));
            assertThat(rules.get("DE v2 ana DRAFT")).contains("\"days\":{\"SERIES\":7,\"FILM\":7");
            assertThat(rules.get("DE v3 system PUBLISHED")).as("DE's other rules stay; its windows are the default's")
                    .contains("\"maxClipSeconds\":{\"FILM\":20}").contains("\"spoiler\":null");
            assertThat(effective.get("DE v3 system PUBLISHED")).isEqualTo("2026-03-01T00:00");
            assertThat(rules.get("FR v1 system PUBLISHED")).contains(
                    "\"spoiler\":{\"enabled\":true,\"days\":{\"FILM\":45}}").contains("\"destinations\":null");
            assertThat(rules.get("JP v1 system PUBLISHED")).contains("\"preModeration\":{\"mode\":\"ALL\",\"ratings\":[]}")
                    .contains("\"spoiler\":null");
            assertThat(rules.get("FR v1 system PUBLISHED")).contains("\"preModeration\":null");
            assertThat(counts(st, "select count(*) from audit_event where action = 'POLICY_PUBLISHED' and actor = 'system'"))
                    .containsExactly(4);
            assertThat(counts(st, "select count(*) from information_schema.columns where lower(table_name) = 'market'"
                    + " and lower(column_name) = 'pre_moderation'" + (product.toLowerCase(java.util.Locale.ROOT)
                            .contains("h2") ? "" : " and table_schema = database()"))).containsExactly(0);
            assertThat(counts(st, "select count(*) from information_schema.tables where lower(table_name) = 'spoiler_window'"
                    + (product.toLowerCase(java.util.Locale.ROOT).contains("h2") ? "" : " and table_schema = database()")))
                    .containsExactly(0);
        }
    }

    @Test
    void v17GivesTitlePageBoardsTheirTitleAndDropsThoseWithoutOneOnH2() throws Exception {
        titlePageBoards(DataSourceBuilder.create()
                .url("jdbc:h2:mem:migrations-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1").username("sa").password("")
                .build());
    }

    @Test
    void v17GivesTitlePageBoardsTheirTitleAndDropsThoseWithoutOneOnTheConfiguredServer() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(TestDatabases.onServer(),
                "no MySQL-family server configured (CLIPDESK_TEST_DATASOURCE_URL)");
        String url = TestDatabases.create("titleboards");
        try {
            titlePageBoards(DataSourceBuilder.create().url(url).username(TestDatabases.user())
                    .password(TestDatabases.password()).build());
        } finally {
            TestDatabases.drop(url);
        }
    }

    /**
     * At V16 a market had one TITLE_PAGE board: FR's held only Moments of title 1 (draft and published),
     * DE's mixed titles 1 and 2, GB's was empty; FR's home row held a Moment too. After V17: FR's title page
     * is title 1's with every slot, DE's and GB's are gone with their slots, the home row has no title, and
     * the new unique key allows one title page per title but still one home row per market.
     */
    private static void titlePageBoards(DataSource dataSource) throws Exception {
        String product;
        try (Connection c = dataSource.getConnection()) {
            product = c.getMetaData().getDatabaseProductName();
        }
        var flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .placeholders(FlywayPlaceholders.placeholdersFor(product));
        flyway.target("16").load().migrate();
        String at = "timestamp '2026-01-01 00:00:00'";
        try (Connection c = dataSource.getConnection(); var st = c.createStatement()) {
            for (String market : List.of("FR", "DE", "GB")) {
                st.executeUpdate("insert into market (code, name, locale, time_zone, version) values ('" + market
                        + "', '" + market + "', 'en', 'UTC', 0)");
            }
            for (int t = 1; t <= 2; t++) {
                st.executeUpdate("insert into title (id, name, kind, maturity_rating, original_language, release_year)"
                        + " values (" + t + ", 'T" + t + "', 'SERIES', '13+', 'en', 2026)");
                st.executeUpdate("insert into season (id, title_id, number, name) values (" + t + ", " + t + ", 1, 'S1')");
                st.executeUpdate("insert into episode (id, season_id, number, name, duration_s) values (" + t + ", " + t
                        + ", 1, 'E1', 600)");
            }
            st.executeUpdate("insert into member (id, handle, home_market, age_band, joined_at) values (1, 'a', 'FR',"
                    + " '25_34', " + at + ")");
            // Moments 1 and 2 of title 1, Moment 3 of title 2
            for (int[] m : new int[][] {{1, 1}, {2, 1}, {3, 2}}) {
                st.executeUpdate("insert into moment (id, episode_id, start_s, end_s, caption, language, creator_id,"
                        + " created_at, state, share_count, report_count, version) values (" + m[0] + ", " + m[1]
                        + ", 0, 20, 'm', 'en', 1, " + at + ", 'ACTIVE', 0, 0, 0)");
            }
            String[][] boards = {{"1", "FR", "HOME_ROW"}, {"2", "FR", "TITLE_PAGE"}, {"3", "DE", "TITLE_PAGE"},
                    {"4", "GB", "TITLE_PAGE"}};
            for (String[] b : boards) {
                st.executeUpdate("insert into featured_board (id, market_code, surface, last_edited_by, last_edited_at,"
                        + " published_revision, unpublished_changes, version) values (" + b[0] + ", '" + b[1] + "', '"
                        + b[2] + "', 'chloe', " + at + ", 1, 0, 3)");
            }
            int[][] slots = {{1, 3, 0}, {2, 1, 0}, {2, 2, 1}, {3, 1, 0}, {3, 3, 1}}; // board, moment, position
            for (int[] slot : slots) {
                st.executeUpdate("insert into featured_slot (board_id, stage, moment_id, position, added_by, added_at)"
                        + " values (" + slot[0] + ", 'DRAFT', " + slot[1] + ", " + slot[2] + ", 'chloe', " + at + ")");
            }
            st.executeUpdate("insert into featured_slot (board_id, stage, moment_id, position, added_by, added_at)"
                    + " values (2, 'PUBLISHED', 1, 0, 'chloe', " + at + ")");
        }
        flyway.target("latest").load().migrate();
        try (Connection c = dataSource.getConnection(); var st = c.createStatement()) {
            assertThat(counts(st, "select id from featured_board order by id")).containsExactly(1, 2);
            assertThat(counts(st, "select coalesce(title_id, 0) from featured_board order by id")).containsExactly(0, 1);
            assertThat(counts(st, "select title_key from featured_board order by id")).containsExactly(0, 1);
            assertThat(counts(st, "select moment_id from featured_slot where board_id = 2 order by stage, position"))
                    .as("FR's title page keeps its draft and publication").containsExactly(1, 2, 1);
            assertThat(counts(st, "select count(*) from featured_slot where board_id in (3, 4)")).containsExactly(0);
            st.executeUpdate("insert into featured_board (id, market_code, surface, title_id, title_key, last_edited_by,"
                    + " last_edited_at, published_revision, unpublished_changes, version) values (5, 'FR', 'TITLE_PAGE', 2,"
                    + " 2, 'chloe', " + at + ", 0, 0, 0)");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> st.executeUpdate("insert into featured_board"
                    + " (id, market_code, surface, title_key, last_edited_by, last_edited_at, published_revision,"
                    + " unpublished_changes, version) values (6, 'FR', 'HOME_ROW', 0, 'chloe', " + at + ", 0, 0, 0)"))
                    .as("still one home row per market").isInstanceOf(java.sql.SQLException.class);
        }
    }

    private static List<Integer> counts(java.sql.Statement st, String sql) throws Exception {
        List<Integer> counts = new ArrayList<>();
        try (var rs = st.executeQuery(sql)) {
            while (rs.next()) {
                counts.add(rs.getInt(1));
            }
        }
        return counts;
    }

    private static void migrateAndValidate(DataSource dataSource) throws Exception {
        String product;
        try (Connection c = dataSource.getConnection()) {
            product = c.getMetaData().getDatabaseProductName();
        }
        var result = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .placeholders(FlywayPlaceholders.placeholdersFor(product)).load().migrate();
        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isPositive();

        List<String> tables = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                var rs = c.getMetaData().getTables(c.getCatalog(), null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
            }
        }
        assertThat(tables).contains("market", "moment", "moment_market", "share_link", "fandom_submission",
                "private_recommendation", "watch_party_message", "report", "staff_member", "audit_event");

        // ddl-auto=validate against the fresh schema: fails on any entity/column mismatch
        var factory = new LocalContainerEntityManagerFactoryBean();
        factory.setDataSource(dataSource);
        factory.setPackagesToScan("com.clipdesk");
        factory.setJpaVendorAdapter(new HibernateJpaVendorAdapter());
        factory.setJpaPropertyMap(Map.of(
                "hibernate.hbm2ddl.auto", "validate",
                "hibernate.physical_naming_strategy",
                "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy",
                "hibernate.search.enabled", "false",
                "hibernate.type.preferred_instant_jdbc_type", "TIMESTAMP",
                "hibernate.jdbc.time_zone", "UTC"));
        factory.afterPropertiesSet();
        factory.destroy();
    }
}
