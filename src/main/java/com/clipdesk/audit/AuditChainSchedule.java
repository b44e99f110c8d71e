package com.clipdesk.audit;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Verifies the audit chain every {@code clipdesk.audit.verify-interval} (default one hour). Off with
 * {@code clipdesk.audit.schedule=false}: tests verify themselves.
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
    void verify() {
        checks.verifyNow();
    }
}
