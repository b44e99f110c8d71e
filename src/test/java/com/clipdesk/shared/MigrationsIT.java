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
