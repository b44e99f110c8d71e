package com.clipdesk.delivery;

import com.clipdesk.feed.DecisionFeed;
import com.clipdesk.feed.FeedEntry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Publishes the feed to RabbitMQ, in seq order, to the durable topic exchange
 * {@code clipdesk.feed.rabbit.exchange} (default {@code clipdesk.decisions}) with the entry type as
 * routing key, persistent, {@code messageId} = seq. A pass leases the relay's row in
 * {@code feed_relay} (one node at a time), publishes up to a page of entries on one channel, waits
 * for the broker's publisher confirms of all of them and only then moves the cursor. A broker that is
 * down, refuses or does not confirm leaves the cursor where it was and the relay waits with
 * exponential backoff; after a crash between confirm and commit the page is published again
 * (at least once: consumers dedupe on messageId). On only with {@code clipdesk.feed.rabbit.enabled}.
 */
@Component
@ConditionalOnBooleanProperty(name = "clipdesk.feed.rabbit.enabled")
class RabbitRelay {

    static final String NAME = "rabbitmq";
    private static final Logger log = LoggerFactory.getLogger(RabbitRelay.class);

    private final DecisionFeed feed;
    private final JdbcClient jdbc;
    private final RabbitTemplate rabbit;
    private final RabbitAdmin admin;
    private final Clock clock;
    private final String exchange;
    private final int page;
    private final Duration confirmTimeout;
    private final Duration lease;
    private final Backoff backoff;
    private final String node = "node-" + UUID.randomUUID().toString().substring(0, 8);
    private volatile boolean declared;

    RabbitRelay(DecisionFeed feed, JdbcClient jdbc, ConnectionFactory connectionFactory, Clock clock,
            @Value("${clipdesk.feed.rabbit.exchange:clipdesk.decisions}") String exchange,
            @Value("${clipdesk.feed.rabbit.page:500}") int page,
            @Value("${clipdesk.feed.rabbit.confirm-timeout:PT10S}") Duration confirmTimeout,
            @Value("${clipdesk.feed.rabbit.lease:PT1M}") Duration lease,
            @Value("${clipdesk.feed.rabbit.backoff-base:PT1S}") Duration backoffBase,
            @Value("${clipdesk.feed.rabbit.backoff-max:PT1M}") Duration backoffMax) {
        this.feed = feed;
        this.jdbc = jdbc;
        this.rabbit = new RabbitTemplate(connectionFactory);
        this.admin = new RabbitAdmin(connectionFactory);
        this.clock = clock;
        this.exchange = exchange;
        this.page = Math.max(1, Math.min(DecisionFeed.MAX_PAGE, page));
        this.confirmTimeout = confirmTimeout;
        this.lease = lease;
        this.backoff = new Backoff(backoffBase, backoffMax);
    }

    /** Publishes pages until the relay has caught up, fails, or its time in the lease runs out; returns how many entries were published. */
    int publishDue() {
        Instant now = clock.instant();
        String token = node + ":" + UUID.randomUUID().toString().substring(0, 12);
        int claimed = jdbc.sql("update feed_relay set lease_owner = ?, lease_until = ? where name = ?"
                        + " and next_attempt_at <= ? and (lease_until is null or lease_until < ?)")
                .params(token, utc(now.plus(lease)), NAME, utc(now), utc(now)).update();
        if (claimed == 0) {
            return 0;
        }
        int published = 0;
        Instant stopBy = now.plus(lease.dividedBy(2));
        try {
            while (clock.instant().isBefore(stopBy)) {
                long cursor = jdbc.sql("select cursor_seq from feed_relay where name = ?").param(NAME)
                        .query(Long.class).single();
                List<FeedEntry> entries = feed.after(cursor, page);
                if (entries.isEmpty()) {
                    break;
                }
                publish(entries);
                long last = entries.getLast().seq();
                jdbc.sql("update feed_relay set cursor_seq = ?, failures = 0, last_published_at = ?, last_error = null,"
                                + " next_attempt_at = ? where name = ? and lease_owner = ?")
                        .params(last, utc(clock.instant()), utc(clock.instant()), NAME, token).update();
                published += entries.size();
                if (entries.size() < page) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            declared = false; // a restarted broker may have lost a non-durable set-up; declare again
            int failures = jdbc.sql("select failures from feed_relay where name = ?").param(NAME)
                    .query(Integer.class).single() + 1;
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            log.warn("RabbitMQ relay: publishing failed ({} in a row), cursor kept: {}", failures, error);
            jdbc.sql("update feed_relay set failures = ?, last_error = ?, next_attempt_at = ?"
                            + " where name = ? and lease_owner = ?")
                    .params(failures, Webhooks.clip(error, 500), utc(clock.instant().plus(backoff.after(failures))),
                            NAME, token)
                    .update();
        } finally {
            jdbc.sql("update feed_relay set lease_owner = null, lease_until = null where name = ? and lease_owner = ?")
                    .params(NAME, token).update();
        }
        return published;
    }

    /** Publishes on one channel and returns once the broker confirmed every message; throws otherwise. */
    private void publish(List<FeedEntry> entries) {
        if (!declared) {
            admin.declareExchange(new TopicExchange(exchange, true, false));
            declared = true;
        }
        rabbit.invoke(channel -> {
            for (FeedEntry entry : entries) {
                MessageProperties properties = new MessageProperties();
                properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
                properties.setContentEncoding(StandardCharsets.UTF_8.name());
                properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
                properties.setMessageId(Long.toString(entry.seq()));
                properties.setType(entry.type());
                properties.setTimestamp(Date.from(entry.occurredAt()));
                channel.send(exchange, entry.type(),
                        new Message(entry.payload().getBytes(StandardCharsets.UTF_8), properties));
            }
            channel.waitForConfirmsOrDie(confirmTimeout.toMillis());
            return null;
        });
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
