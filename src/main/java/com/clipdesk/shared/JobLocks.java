package com.clipdesk.shared;

import java.time.Duration;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs that change shared state run on one node of the cluster at a time: a job's method
 * carries ShedLock's {@code @SchedulerLock}, and the lock is a row of {@code shedlock} (V26) taken with
 * the database's time, so the nodes' clocks do not matter. A node that finds the lock held skips that
 * run. Which jobs are locked, for how long, and why: docs/operations.md "Several nodes".
 *
 * <p>{@code lockAtMostFor} is how long a lock outlives a node that died while holding it; each job sets
 * one well above its longest run. {@code lockAtLeastFor} keeps a finished job's lock a while, so another
 * node whose timer fires a moment later does not run it again.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
public class JobLocks {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .usingDbTime()
                .build());
    }

    /**
     * Nine tenths of a job's interval (as Spring reads it: "PT1H", "1h" or milliseconds), for a job
     * that should run once per interval in the whole cluster: each node's timer fires on its own
     * schedule, and the lock keeps the later ones out for the rest of the interval.
     */
    public static String mostOf(String interval) {
        return DurationStyle.detectAndParse(interval).multipliedBy(9).dividedBy(10).toString();
    }

    /** Twice a job's interval: how long a crashed node's lock blocks the job, at most. */
    public static String twice(String interval) {
        Duration every = DurationStyle.detectAndParse(interval);
        return every.multipliedBy(2).toString();
    }
}
