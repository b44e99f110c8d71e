package com.clipdesk.demo;

import java.util.Locale;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Moves each auto-increment counter past the largest id, so inserts without an id continue after
 * rows written with explicit ids. H2 identities do not move by themselves; MySQL/MariaDB ones do,
 * but setting them is harmless and keeps both paths the same.
 */
final class IdentityCounters {

    private final JdbcTemplate jdbc;

    IdentityCounters(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void continueAfterDemoIds() {
        boolean h2 = product().contains("h2");
        for (DemoTable table : DemoTable.values()) {
            if (!table.hasIdentity()) {
                continue;
            }
            Long max = jdbc.queryForObject("select max(id) from " + table.tableName(), Long.class);
            long next = (max == null ? 0 : max) + 1;
            jdbc.execute(h2
                    ? "alter table " + table.tableName() + " alter column id restart with " + next
                    : "alter table " + table.tableName() + " auto_increment = " + next);
        }
    }

    private String product() {
        String name = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
        return name == null ? "" : name.toLowerCase(Locale.ROOT);
    }
}
