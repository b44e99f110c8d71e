package com.clipdesk.audit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Verifies the audit chain every {@code clipdesk.audit.verify-interval} (default one hour). Off with
 * {@code clipdesk.audit.schedule=false}: tests verify themselves.
 *
 * <p>Once per interval in the whole cluster (each run reads the whole chain and is itself audited): the
 * lock is kept for nine tenths of the interval after a run, so the other nodes' timers find it taken,
 * and lapses two intervals after a node died verifying.
 */
@Configuration
@EnableScheduling
@ConditionalOnBooleanProperty(name = "clipdesk.audit.schedule", matchIfMissing = true)
class AuditChainSchedule {

    private final AuditChainChecks checks;

    AuditChainSchedule(AuditChainChecks checks) {
        this.checks = checks;
    }

    @Scheduled(initialDelayString = "${clipdesk.audit.verify-interval:PT1H}",
            fixedDelayString = "${clipdesk.audit.verify-interval:PT1H}")
    @SchedulerLock(name = "audit-chain-verify",
            lockAtMostFor = "#{T(com.clipdesk.shared.JobLocks).twice('${clipdesk.audit.verify-interval:PT1H}')}",
            lockAtLeastFor = "#{T(com.clipdesk.shared.JobLocks).mostOf('${clipdesk.audit.verify-interval:PT1H}')}")
    void verify() {
        checks.verifyNow();
    }
}
