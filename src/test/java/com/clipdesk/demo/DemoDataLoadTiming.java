package com.clipdesk.demo;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Times a load of the default sizes (or N moments, the other sizes scaled alike) into an empty
 * database, without a Spring context: migrate with Flyway, then {@link DemoDataLoader#load()}.
 * Not a test; run with the test classpath:
 * {@code java [-DcommitEvery=N] -cp ... com.clipdesk.demo.DemoDataLoadTiming <jdbc-url> <user> <password> [moments]}.
 * Prints one line per figure, {@code BENCH <name> <value> <unit>}.
 */
public final class DemoDataLoadTiming {

    private DemoDataLoadTiming() {}

    public static void main(String[] args) {
        String url = args[0];
        HikariDataSource dataSource = new HikariDataSource(); // pooled, as in the app (H2 file DBs close with their last connection)
        dataSource.setJdbcUrl(url);
        dataSource.setUsername(args[1]);
        dataSource.setPassword(args.length > 2 ? args[2] : "");
        DemoDataProperties sizes = scaled(args.length > 3 ? Integer.parseInt(args[3]) : 20_000);
        String product;
        try (var connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .placeholders(com.clipdesk.shared.FlywayPlaceholders.placeholdersFor(product)).load().migrate();

        long started = System.nanoTime();
        long[] rows = {0};
        new DemoDataGenerator(sizes, Instant.now()).generate((table, values) -> rows[0]++);
        long generateMs = (System.nanoTime() - started) / 1_000_000;

        DemoDataLoader loader = new DemoDataLoader(dataSource, new DataSourceTransactionManager(dataSource), sizes,
                Clock.systemUTC());
        DemoDataReport report = loader.load();
        String database = url.startsWith("jdbc:h2:") ? "h2" : "mariadb";
        for (Map.Entry<String, Long> count : report.counts().entrySet()) {
            System.out.println("ROWS " + count.getKey() + " " + count.getValue());
        }
        System.out.println("BENCH demo.generate_only.moments_" + sizes.moments() + " " + generateMs + " ms");
        String mode = sizes.commitEvery() > 0 ? ".commit_every_" + sizes.commitEvery() : ".one_transaction";
        System.out.println("BENCH demo.load." + database + mode + ".moments_" + sizes.moments() + " " + report.elapsedMs() + " ms");
        System.out.println("BENCH demo.load." + database + ".rows " + rows[0] + " rows");
        dataSource.close();
    }

    private static DemoDataProperties scaled(int moments) {
        DemoDataProperties d = DemoDataProperties.defaults(20261123);
        double f = moments / (double) d.moments();
        return new DemoDataProperties(true, d.seed(), d.titles(), (int) (d.members() * Math.max(1, f)), moments,
                (int) (d.submissions() * f), (int) (d.recommendations() * f), Math.max(1, (int) (d.watchParties() * f)),
                (int) (d.chatMessages() * f), (int) (d.reports() * f), Integer.getInteger("commitEvery", 0));
    }
}
