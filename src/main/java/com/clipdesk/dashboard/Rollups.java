package com.clipdesk.dashboard;

import com.clipdesk.appeal.AppealDecided;
import com.clipdesk.review.CaseDecided;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts each decision and appeal decision into the daily rollups in the deciding transaction (a plain
 * {@code @EventListener}, as the statement writer): the counts commit or roll back with the decision.
 * Each count is one {@code insert … on duplicate key update n = n + 1}, which MariaDB and H2 (MariaDB
 * mode) both run as one atomic statement: concurrent decisions on the same day and market do not lose
 * increments. Rows are touched in one order (market code, '*' first) so two deciders never wait on
 * each other in opposite orders.
 */
@Component
class Rollups {

    static final String ALL = "*";

    private final JdbcClient jdbc;

    Rollups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CaseDecided decision) {
        LocalDate day = LocalDate.ofInstant(decision.decidedAt(), ZoneOffset.UTC);
        Set<String> markets = withAll(decision.markets());
        for (String market : markets) {
            jdbc.sql("insert into decision_daily (market_code, decided_on, reason_code, decisions) values (?, ?, ?, 1)"
                            + " on duplicate key update decisions = decisions + 1")
                    .params(market, day, decision.reason().code()).update();
        }
        if (decision.disposition().closes()) {
            int bucket = LatencyBuckets.of(Duration.between(decision.caseOpenedAt(), decision.decidedAt()));
            for (String market : markets) {
                jdbc.sql("insert into decision_latency_daily (market_code, decided_on, bucket, decisions)"
                                + " values (?, ?, ?, 1) on duplicate key update decisions = decisions + 1")
                        .params(market, day, bucket).update();
            }
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AppealDecided appeal) {
        LocalDate day = LocalDate.ofInstant(appeal.decidedAt(), ZoneOffset.UTC);
        for (String market : withAll(appeal.marketsBefore())) {
            jdbc.sql("insert into appeal_daily (market_code, decided_on, outcome, appeals) values (?, ?, ?, 1)"
                            + " on duplicate key update appeals = appeals + 1")
                    .params(market, day, appeal.outcome().name()).update();
        }
    }

    private static Set<String> withAll(Set<String> markets) {
        Set<String> all = new TreeSet<>(markets);
        all.add(ALL);
        return all;
    }
}
