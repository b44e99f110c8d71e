package com.clipdesk.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.ClipdeskApplication;
import com.clipdesk.feed.DecisionFeed;
import com.clipdesk.feed.FeedEntry;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import com.clipdesk.support.CuttableProxy;
import com.clipdesk.support.TestDatabases;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Crash between commit and delivery: entries committed while the receiver (or the broker) is away
 * and the node then stops are delivered by a new node on the same database, each once, in order.
 * Each test runs two application contexts one after the other on a database of its own.
 *
 * <p>The RabbitMQ test needs the broker at 127.0.0.1:5672 (guest/guest): it fails without one when
 * {@code CI=true} and is skipped elsewhere.
 */
class DeliveryRestartIT {

    private static final String BROKER_HOST = "127.0.0.1";
    private static final int BROKER_PORT = 5672;

    private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();
    private String database;

    @AfterEach
    void tearDown() {
        contexts.forEach(ConfigurableApplicationContext::close);
        if (database != null) {
            TestDatabases.drop(database);
        }
    }

    @Test
    void webhookEntriesCommittedWhileTheReceiverWasDownArriveOnceInOrderAfterARestart() throws Exception {
        database = TestDatabases.create("delivery");
        int port = freePort();
        String url = "http://127.0.0.1:" + port + "/hook";

        ConfigurableApplicationContext first = start();
        FeedFixtures entries = fixtures(first);
        AtomicReference<CreatedWebhook> created = new AtomicReference<>();
        AsStaff.run(Set.of(Role.ADMIN), Set.of("*"), () -> created.set(first.getBean(Webhooks.class)
                .create(new WebhookDraft("Restart", url, Set.of(), Set.of(), null))));
        List<Long> seqs = new ArrayList<>(entries.append(5, "review.decided"));
        first.getBean(WebhookDelivery.class).deliverDue(); // connection refused: nobody listens yet
        seqs.addAll(entries.append(3, "takedown.applied"));
        first.close();

        try (TestReceiver receiver = new TestReceiver(port, 2500)) {
            ConfigurableApplicationContext second = start();
            WebhookDelivery delivery = second.getBean(WebhookDelivery.class);
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (receiver.accepted().size() < seqs.size() && System.nanoTime() < deadline) {
                delivery.deliverDue();
                Thread.sleep(100);
            }
            delivery.deliverDue();
            assertThat(receiver.accepted()).as("every entry once, in order").containsExactlyElementsOf(seqs);
            for (TestReceiver.Received r : receiver.received()) {
                assertThat(WebhookSignature.verify(created.get().secret(), r.signature(), r.body(),
                        Instant.now().getEpochSecond(), 300)).isTrue();
            }
            assertThat(second.getBean(JdbcClient.class).sql("select cursor_seq from webhook_subscription")
                    .query(Long.class).single()).isEqualTo(seqs.getLast());
        }
    }

    @Test
    void rabbitRelayPublishesWhatWasCommittedWhileTheBrokerWasUnreachableOnceInOrderAfterARestart() throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(BROKER_HOST);
        factory.setPort(BROKER_PORT);
        factory.setUsername("guest");
        factory.setPassword("guest");
        factory.setConnectionTimeout(3000);
        Connection consumer;
        try {
            consumer = factory.newConnection("clipdesk-relay-test");
        } catch (IOException | TimeoutException e) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail("CI=true but no RabbitMQ broker at " + BROKER_HOST + ":" + BROKER_PORT, e);
            }
            Assumptions.abort("no RabbitMQ broker at " + BROKER_HOST + ":" + BROKER_PORT + ": " + e);
            return;
        }
        String exchange = "clipdesk.decisions.it-" + UUID.randomUUID().toString().substring(0, 8);
        database = TestDatabases.create("relay");
        try (consumer; CuttableProxy proxy = new CuttableProxy(BROKER_HOST, BROKER_PORT)) {
            Channel channel = consumer.createChannel();
            channel.exchangeDeclare(exchange, "topic", true);
            String queue = channel.queueDeclare("", false, true, true, null).getQueue();
            channel.queueBind(queue, exchange, "#");

            proxy.cut();
            String[] relayOn = {"--clipdesk.feed.rabbit.enabled=true", "--clipdesk.feed.rabbit.exchange=" + exchange,
                    "--spring.rabbitmq.host=127.0.0.1", "--spring.rabbitmq.port=" + proxy.port(),
                    "--clipdesk.feed.rabbit.backoff-base=PT0.2S", "--clipdesk.feed.rabbit.page=7"};
            ConfigurableApplicationContext first = start(relayOn);
            FeedFixtures entries = fixtures(first);
            List<Long> seqs = new ArrayList<>(entries.append(12, "review.decided"));
            seqs.addAll(entries.append(8, "appeal.decided"));
            assertThat(first.getBean(RabbitRelay.class).publishDue()).as("broker unreachable").isZero();
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select cursor_seq from feed_relay").query(Long.class).single()).isZero();
            assertThat(jdbc.sql("select last_error from feed_relay").query(String.class).single()).isNotBlank();
            first.close();

            proxy.restore();
            ConfigurableApplicationContext second = start(relayOn);
            RabbitRelay relay = second.getBean(RabbitRelay.class);
            DecisionFeed feed = second.getBean(DecisionFeed.class);
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (second.getBean(JdbcClient.class).sql("select cursor_seq from feed_relay").query(Long.class).single()
                    < seqs.getLast() && System.nanoTime() < deadline) {
                relay.publishDue();
                Thread.sleep(100);
            }
            seqs.addAll(fixtures(second).append(2, "policy.published"));
            relay.publishDue();

            List<GetResponse> got = new ArrayList<>();
            long waitUntil = System.nanoTime() + 5_000_000_000L;
            while (got.size() < seqs.size() + 1 && System.nanoTime() < waitUntil) {
                GetResponse r = channel.basicGet(queue, true);
                if (r == null) {
                    if (got.size() >= seqs.size()) {
                        break;
                    }
                    Thread.sleep(50);
                } else {
                    got.add(r);
                }
            }
            assertThat(got).extracting(r -> Long.parseLong(r.getProps().getMessageId()))
                    .as("each entry once, in seq order").containsExactlyElementsOf(seqs);
            List<FeedEntry> stored = feed.after(0, 100);
            for (int i = 0; i < got.size(); i++) {
                GetResponse r = got.get(i);
                FeedEntry e = stored.get(i);
                assertThat(r.getEnvelope().getRoutingKey()).isEqualTo(e.type());
                assertThat(r.getEnvelope().getExchange()).isEqualTo(exchange);
                assertThat(r.getProps().getContentType()).isEqualTo("application/json");
                assertThat(r.getProps().getDeliveryMode()).as("persistent").isEqualTo(2);
                assertThat(new String(r.getBody(), StandardCharsets.UTF_8)).isEqualTo(e.payload());
            }
            assertThat(second.getBean(JdbcClient.class).sql("select failures from feed_relay").query(Integer.class)
                    .single()).isZero();
            channel.exchangeDelete(exchange);
        }
    }

    private ConfigurableApplicationContext start(String... extra) {
        List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + database,
                "--spring.datasource.username=" + TestDatabases.user(),
                "--spring.datasource.password=" + TestDatabases.password(), "--server.port=0",
                "--clipdesk.feed.webhooks.backoff-base=PT0.2S"));
        args.addAll(List.of(extra));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(ClipdeskApplication.class)
                .profiles("test").run(args.toArray(String[]::new));
        contexts.add(context);
        return context;
    }

    private static FeedFixtures fixtures(ConfigurableApplicationContext context) {
        return new FeedFixtures(context.getBean(JdbcClient.class), context.getBean(PlatformTransactionManager.class));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
