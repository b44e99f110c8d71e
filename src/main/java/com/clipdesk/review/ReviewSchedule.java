package com.clipdesk.review;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the queues current: gathers reports into cases at start (after the demo data, before the
 * search index check) and every {@code clipdesk.review.intake-interval}; frees lapsed leases every
 * {@code clipdesk.review.lease-sweep-interval}. Off with {@code clipdesk.review.schedule=false}
 * (tests drive intake themselves).
 *
 * <p>With several nodes the scheduled runs take a cluster lock each (one node gathers, one frees leases);
 * the gathering at start does not: intake is safe across processes anyway (unique keys), and a node
 * starting should not wait for another's lock.
 */
@Configuration
@EnableScheduling
@Order(20)
@ConditionalOnBooleanProperty(name = "clipdesk.review.schedule", matchIfMissing = true)
class ReviewSchedule implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReviewSchedule.class);

    private final ReviewIntake intake;
    private final ReviewCaseRepository cases;
    private final Clock clock;

    ReviewSchedule(ReviewIntake intake, ReviewCaseRepository cases, Clock clock) {
        this.intake = intake;
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        var taken = intake.gather();
        log.info("Review intake at start: {} reports, {} submissions in {} ms", taken.reports(), taken.submissions(),
                (System.nanoTime() - started) / 1_000_000);
    }

    @Scheduled(initialDelayString = "${clipdesk.review.intake-interval:PT15S}",
            fixedDelayString = "${clipdesk.review.intake-interval:PT15S}")
    @SchedulerLock(name = "review-intake", lockAtMostFor = "PT10M", lockAtLeastFor = "PT5S")
    void gather() {
        intake.gather();
    }

    @Scheduled(initialDelayString = "${clipdesk.review.lease-sweep-interval:PT30S}",
            fixedDelayString = "${clipdesk.review.lease-sweep-interval:PT30S}")
    @SchedulerLock(name = "review-lease-sweep", lockAtMostFor = "PT5M", lockAtLeastFor = "PT10S")
    @Transactional
    public void releaseLapsedLeases() {
        int released = cases.releaseLapsed(clock.instant());
        if (released > 0) {
            log.info("Review: {} lapsed lease(s) released, their cases are back in the queues", released);
        }
    }
}
