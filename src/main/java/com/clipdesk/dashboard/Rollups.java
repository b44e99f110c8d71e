package com.clipdesk.dashboard;

import com.clipdesk.appeal.AppealDecided;
import com.clipdesk.review.CaseDecided;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts each decision and appeal decision into the daily rollups in the deciding transaction (a plain
 * {@code @EventListener}, as the statement writer): the counts commit or roll back with the decision.
 * <p>
 * On MariaDB/MySQL a count is one {@code insert … on duplicate key update n = n + 1}: atomic, the row it
 * creates or finds stays locked to the end of the decision, no increment is lost. H2 runs in its
 * default mode here, without that statement: there a count is {@code update … set n = n + 1} (the row
 * lock makes deciders take turns); the first decision of a day, market and key finds no row (a plain
 * read, which locks nothing), creates it with 0 in a short transaction of its own (a concurrent
 * creator's duplicate key is ignored) and updates it. A zero row left by a rollback counts nothing.
 * (That path was tried on MariaDB too: it needs a second connection while the decision holds one, which
 * starved the pool with 8 concurrent deciders, so MariaDB takes the upsert.)
 * Rows are touched in one order (market code, '*' first) so two deciders never wait on each other in
 * opposite orders.
 */
@Component
class Rollups {

    static final String ALL = "*";

    private final JdbcClient jdbc;
    private final TransactionTemplate separately;
    private final DataSource dataSource;
    private volatile @Nullable Boolean mysqlFamily;

    Rollups(JdbcClient jdbc, PlatformTransactionManager transactions, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CaseDecided decision) {
        LocalDate day = LocalDate.ofInstant(decision.decidedAt(), ZoneOffset.UTC);
        Set<String> markets = withAll(decision.markets());
        for (String market : markets) {
            increment("decision_daily", "reason_code", "decisions", market, day, decision.reason().code());
        }
        if (decision.disposition().closes()) {
            int bucket = LatencyBuckets.of(Duration.between(decision.caseOpenedAt(), decision.decidedAt()));
            for (String market : markets) {
                increment("decision_latency_daily", "bucket", "decisions", market, day, bucket);
            }
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AppealDecided appeal) {
        LocalDate day = LocalDate.ofInstant(appeal.decidedAt(), ZoneOffset.UTC);
        for (String market : withAll(appeal.itemMarkets())) {
            increment("appeal_daily", "outcome", "appeals", market, day, appeal.outcome().name());
        }
    }

    /** Adds one to the row (market, day, key), creating it first if it is not there. Names are constants. */
    private void increment(String table, String keyColumn, String countColumn, String market, LocalDate day,
            Object key) {
        if (mysqlFamily()) {
            // one atomic statement: InnoDB locks the row it creates or finds, no second connection needed
            jdbc.sql("insert into " + table + " (market_code, decided_on, " + keyColumn + ", " + countColumn
                    + ") values (?, ?, ?, 1) on duplicate key update " + countColumn + " = " + countColumn + " + 1")
                    .params(market, day, key).update();
            return;
        }
        String where = " where market_code = ? and decided_on = ? and " + keyColumn + " = ?";
        // a plain read, no lock: an update that finds no row would lock the gap on MariaDB (repeatable
        // read), and the insert below, in its own transaction, would then wait for this one forever
        boolean exists = jdbc.sql("select count(*) from " + table + where).params(market, day, key).query(Long.class)
                .single() > 0;
        if (!exists) {
            separately.executeWithoutResult(status -> {
                try {
                    jdbc.sql("insert into " + table + " (market_code, decided_on, " + keyColumn + ", " + countColumn
                            + ") values (?, ?, ?, 0)").params(market, day, key).update();
                } catch (DuplicateKeyException createdMeanwhile) {
                    // another decider created it: it is there, which is all this needs
                }
            });
        }
        String update = "update " + table + " set " + countColumn + " = " + countColumn + " + 1" + where;
        if (jdbc.sql(update).params(market, day, key).update() != 1) {
            throw new IllegalStateException("Rollup row " + table + " " + market + " " + day + " " + key + " vanished");
        }
    }

    private boolean mysqlFamily() {
        Boolean known = mysqlFamily;
        if (known == null) {
            try (Connection connection = dataSource.getConnection()) {
                String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
                known = product.contains("mariadb") || product.contains("mysql");
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot tell which database counts the rollups", e);
            }
            mysqlFamily = known;
        }
        return known;
    }

    private static Set<String> withAll(Set<String> markets) {
        Set<String> all = new TreeSet<>(markets);
        all.add(ALL);
        return all;
    }
}
