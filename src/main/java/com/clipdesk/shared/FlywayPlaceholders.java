package com.clipdesk.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.stereotype.Component;

/**
 * Lets one set of migrations serve H2 and MySQL/MariaDB: the few types the two spell differently
 * are placeholders, filled in for the database Flyway is talking to.
 */
@Component
public class FlywayPlaceholders implements FlywayConfigurationCustomizer {

    @Override
    public void customize(org.flywaydb.core.api.configuration.FluentConfiguration configuration) {
        configuration.placeholders(placeholdersFor(productName(configuration.getDataSource())));
    }

    /** The placeholder values for a database, by its JDBC product name ("H2", "MariaDB", "MySQL"). */
    public static Map<String, String> placeholdersFor(String product) {
        String name = product.toLowerCase(Locale.ROOT);
        boolean mysqlFamily = name.contains("mysql") || name.contains("mariadb");
        // H2 has no DATETIME outside its MySQL mode; MySQL's TIMESTAMP ends in 2038 and converts zones
        return Map.of("instant", mysqlFamily ? "datetime(6)" : "timestamp(6)",
                // "alter table t ${drop_unique} uq_name": MySQL drops a unique key as an index
                "drop_unique", mysqlFamily ? "drop index" : "drop constraint",
                // "alter table t ${alter_column} c ${nullable_bigint}": a bigint column may be null from now on
                "alter_column", mysqlFamily ? "modify column" : "alter column",
                "nullable_bigint", mysqlFamily ? "bigint null" : "set null",
                // binary payloads of any size: MySQL's blob stops at 64 KB
                "blob", mysqlFamily ? "longblob" : "blob");
    }

    private static String productName(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database Flyway migrates", e);
        }
    }
}
