package com.clipdesk.delivery;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs a webhook delivery pass every {@code clipdesk.feed.webhooks.interval} (default one second).
 * A pass starts the due deliveries and returns; a subscription still being delivered is not started
 * again. Off with {@code clipdesk.feed.webhooks.schedule=false}: tests run passes themselves.
 */
@Configuration
@EnableScheduling
@ConditionalOnBooleanProperty(name = "clipdesk.feed.webhooks.schedule", matchIfMissing = true)
class WebhookSchedule {

    private final WebhookDelivery delivery;

    WebhookSchedule(WebhookDelivery delivery) {
        this.delivery = delivery;
    }

    @Scheduled(initialDelayString = "${clipdesk.feed.webhooks.interval:PT1S}",
            fixedDelayString = "${clipdesk.feed.webhooks.interval:PT1S}")
    void deliver() {
        delivery.startDue();
    }
}
