package com.clipdesk.rules;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Evaluates items left queued for the rules (a stop between an ingest's commit and its evaluation, an
 * item that was not indexed yet) every {@code clipdesk.rules.sweep-interval}. Off with
 * {@code clipdesk.rules.schedule=false} (tests drain themselves). On one node at a time: two sweeps
 * would evaluate the same queued items (the unique hit per rule and item keeps that right, at the cost of
 * the work and a failed transaction).
 */
@Configuration
@EnableScheduling
@ConditionalOnBooleanProperty(name = "clipdesk.rules.schedule", matchIfMissing = true)
class RuleSchedule {

    private final RuleMatching matching;

    RuleSchedule(RuleMatching matching) {
        this.matching = matching;
    }

    @Scheduled(initialDelayString = "${clipdesk.rules.sweep-interval:PT30S}",
            fixedDelayString = "${clipdesk.rules.sweep-interval:PT30S}")
    @SchedulerLock(name = "rules-sweep", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5S")
    void sweep() {
        matching.drainQuietly();
    }
}
