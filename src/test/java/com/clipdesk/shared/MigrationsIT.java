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
