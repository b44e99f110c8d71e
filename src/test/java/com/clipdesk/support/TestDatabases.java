package com.clipdesk.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * Empty databases of their own for tests that need one (a demo load, a migration from scratch):
 * on the MySQL-family server named by CLIPDESK_TEST_DATASOURCE_URL when it is set, otherwise in H2
 * memory.
 */
public final class TestDatabases {

    private static final String URL = System.getenv("CLIPDESK_TEST_DATASOURCE_URL");
    private static final String USER = System.getenv().getOrDefault("CLIPDESK_TEST_DATASOURCE_USERNAME", "sa");
    private static final String PASSWORD = System.getenv().getOrDefault("CLIPDESK_TEST_DATASOURCE_PASSWORD", "");

    private TestDatabases() {}

    public static boolean onServer() {
        return URL != null && URL.startsWith("jdbc:m");
    }

    public static String user() {
        return onServer() ? USER : "sa";
    }

    public static String password() {
        return onServer() ? PASSWORD : "";
    }

    /** Creates an empty database and returns its JDBC URL. */
    public static String create(String purpose) {
        String name = "clipdesk_" + purpose.toLowerCase(Locale.ROOT) + "_"
                + UUID.randomUUID().toString().substring(0, 8);
        if (!onServer()) {
            return "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        }
        execute("create database " + name + " character set utf8mb4 collate utf8mb4_unicode_ci");
        return URL.replaceFirst("(jdbc:[a-z]+://[^/]+/)[^?]*", "$1" + name);
    }

    /** Drops a database made by {@link #create}. */
    public static void drop(String url) {
        if (!onServer()) {
            return;
        }
        String name = url.replaceFirst("jdbc:[a-z]+://[^/]+/([^?]*).*", "$1");
        if (!name.startsWith("clipdesk_")) {
            throw new IllegalArgumentException("Not a test database: " + name);
        }
        execute("drop database if exists " + name);
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on " + URL, e);
        }
    }
}
