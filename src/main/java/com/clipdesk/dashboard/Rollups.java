package com.clipdesk.dashboard;

import com.clipdesk.appeal.AppealDecided;
import com.clipdesk.review.CaseDecided;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.TreeSet;
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
 * A count is {@code update … set n = n + 1}: the row lock makes concurrent deciders take turns, none
 * loses an increment. The first decision of a day, market and reason finds no row; it then creates the
 * row with 0 in a short transaction of its own (a concurrent creator's duplicate key is ignored: the
 * row is there) and updates it. Why not one upsert: our H2 runs in its default mode (no {@code on
 * duplicate key update}) and MariaDB has no {@code merge}; and an insert that meets a duplicate key in
 * the deciding transaction would hold a shared lock there, which InnoDB turns into deadlocks when a
 * third decider waits for the same row. A zero row left by a decision that rolls back counts nothing.
 * Rows are touched in one order (market code, '*' first) so two deciders never wait on each other in
 * opposite orders.
 */
@Component
class Rollups {

    static final String ALL = "*";

    private final JdbcClient jdbc;
    private final TransactionTemplate separately;

    Rollups(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
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
        String update = "update " + table + " set " + countColumn + " = " + countColumn + " + 1"
                + " where market_code = ? and decided_on = ? and " + keyColumn + " = ?";
        if (jdbc.sql(update).params(market, day, key).update() == 1) {
            return;
        }
        separately.executeWithoutResult(status -> {
            try {
                jdbc.sql("insert into " + table + " (market_code, decided_on, " + keyColumn + ", " + countColumn
                        + ") values (?, ?, ?, 0)").params(market, day, key).update();
            } catch (DuplicateKeyException createdMeanwhile) {
                // another decider created it: it is there, which is all this needs
            }
        });
        if (jdbc.sql(update).params(market, day, key).update() != 1) {
            throw new IllegalStateException("Rollup row " + table + " " + market + " " + day + " " + key + " vanished");
        }
    }

    private static Set<String> withAll(Set<String> markets) {
        Set<String> all = new TreeSet<>(markets);
        all.add(ALL);
        return all;
    }
}
