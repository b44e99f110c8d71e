package com.clipdesk.delivery;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the RabbitMQ relay every {@code clipdesk.feed.rabbit.interval} (default one second) when the
 * relay is enabled; {@code clipdesk.feed.rabbit.schedule=false} leaves the passes to tests.
 */
@Configuration
@EnableScheduling
@ConditionalOnBooleanProperty(name = {"clipdesk.feed.rabbit.enabled", "clipdesk.feed.rabbit.schedule"},
        matchIfMissing = false)
class RabbitRelaySchedule {

    private final RabbitRelay relay;

    RabbitRelaySchedule(RabbitRelay relay) {
        this.relay = relay;
    }

    @Scheduled(initialDelayString = "${clipdesk.feed.rabbit.interval:PT1S}",
            fixedDelayString = "${clipdesk.feed.rabbit.interval:PT1S}")
    void publish() {
        relay.publishDue();
    }
}
