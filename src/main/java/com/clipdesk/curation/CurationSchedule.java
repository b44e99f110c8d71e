package com.clipdesk.curation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs {@link BoardPolicyCheck} every {@code clipdesk.curation.policy-check} (default one minute). Off with
 * {@code clipdesk.curation.schedule=false}: tests call the check themselves. On one node at a time: two
 * nodes checking at once would withdraw the same Moment twice.
 */
@Configuration
@EnableScheduling
@ConditionalOnBooleanProperty(name = "clipdesk.curation.schedule", matchIfMissing = true)
class CurationSchedule {

    private static final Logger log = LoggerFactory.getLogger(CurationSchedule.class);

    private final BoardPolicyCheck check;

    CurationSchedule(BoardPolicyCheck check) {
        this.check = check;
    }

    @Scheduled(initialDelayString = "${clipdesk.curation.policy-check:PT1M}",
            fixedDelayString = "${clipdesk.curation.policy-check:PT1M}")
    @SchedulerLock(name = "curation-policy-check", lockAtMostFor = "PT10M", lockAtLeastFor = "PT20S")
    void checkBoards() {
        int withdrawn = check.check();
        if (withdrawn > 0) {
            log.info("Policy check: {} featured Moment(s) left boards", withdrawn);
        }
    }
}
