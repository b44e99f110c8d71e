package com.clipdesk.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clipdesk.TestData;
import com.clipdesk.feed.DecisionFeed;
import com.clipdesk.feed.FeedEntry;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import com.clipdesk.support.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Webhook delivery against a real HTTP receiver: order, signature, dedupe header, retries with
 * backoff on 500 and timeouts (head-of-line), FAILING and "retry now", filters, pause/replay, and two
 * workers on one database that never deliver a subscription at the same time or twice.
 */
@SpringBootTest
@ActiveProfiles("test")
class WebhookDeliveryIT {

    @Autowired
    Webhooks webhooks;
    @Autowired
    WebhookDelivery delivery;
    @Autowired
    WebhookUrls urls;
    @Autowired
    WebhookSecrets secrets;
    @Autowired
    WebhookHealth webhookHealth;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;
    @Autowired
    WebhookSecretSealing sealing;
    @Autowired
    DecisionFeed feed;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    TestClock clock;
    @Autowired
    TestData data;

    FeedFixtures entries;
    TestReceiver receiver;

    @BeforeEach
    void setUp() {
        entries = new FeedFixtures(jdbc, transactions);
        receiver = new TestReceiver(2500);
        data.markets("BR", "FR");
    }

    @AfterEach
    void tearDown() {
        receiver.close();
        clock.reset();
        jdbc.sql("delete from webhook_attempt").update();
        jdbc.sql("delete from webhook_subscription").update();
    }

    @Test
    void deliversEveryNewEntryOnceInOrderSignedWithItsSeqAndType() {
        long before = entries.append("review.decided", "BR");
        CreatedWebhook w = create("Orders", receiver.url(), Set.of(), Set.of());
        assertThat(w.secret()).startsWith("whsec_").hasSizeGreaterThan(40);
        // at rest the secret is encrypted: the database alone does not give it away
        String stored = jdbc.sql("select secret from webhook_subscription where id = ?").param(w.webhook().id())
                .query(String.class).single();
        assertThat(stored).startsWith("v1:").doesNotContain(w.secret().substring("whsec_".length()));
        assertThat(secrets.open(stored)).isEqualTo(w.secret());
        List<Long> seqs = entries.appendAll(List.of(new String[] {"review.decided", "BR"},
                new String[] {"takedown.applied", "FR"}, new String[] {"policy.published", null}));

        assertThat(delivery.deliverDue()).isEqualTo(3);
        assertThat(delivery.deliverDue()).isZero();

        assertThat(receiver.accepted()).as("new entries only, in seq order, once").containsExactlyElementsOf(seqs)
                .doesNotContain(before);
        Map<Long, String> payloads = payloads(seqs);
        for (TestReceiver.Received r : receiver.received()) {
            assertThat(r.body()).isEqualTo(payloads.get(r.seq()));
            assertThat(r.contentType()).isEqualTo("application/json");
            assertThat(r.event()).isEqualTo(feed.after(r.seq() - 1, 1).getFirst().type());
            assertThat(WebhookSignature.verify(w.secret(), r.signature(), r.body(), Instant.now().getEpochSecond(), 300))
                    .as("signature %s", r.signature()).isTrue();
            assertThat(WebhookSignature.verify("whsec_other", r.signature(), r.body(), Instant.now().getEpochSecond(), 300))
                    .isFalse();
            assertThat(WebhookSignature.verify(w.secret(), r.signature(), r.body() + " ", Instant.now().getEpochSecond(), 300))
                    .isFalse();
        }
        WebhookRow row = asAdmin(() -> webhooks.get(w.webhook().id()));
        assertThat(row.cursor()).isEqualTo(seqs.getLast());
        assertThat(row.lag()).isZero();
        assertThat(row.state()).isEqualTo(WebhookState.ACTIVE);
        assertThat(asAdmin(() -> webhooks.log(w.webhook().id()))).extracting(DeliveryAttempt::seq)
                .containsExactlyElementsOf(seqs.reversed());
    }

    @Test
    void retriesWithExponentialBackoffOn500AndTimeoutKeepingLaterEntriesBehind() {
        clock.set(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        CreatedWebhook w = create("Flaky", receiver.url(), Set.of(), Set.of());
        List<Long> seqs = entries.append(3, "review.decided");
        receiver.plan(500, TestReceiver.HANG);

        delivery.deliverDue();
        Row afterFirst = row(w);
        assertThat(afterFirst.failures()).isEqualTo(1);
        assertThat(afterFirst.lastStatus()).isEqualTo(500);
        assertThat(afterFirst.backoff()).isBetween(Duration.ofMillis(800), Duration.ofMillis(1200));
        assertThat(afterFirst.cursor()).isEqualTo(seqs.getFirst() - 1);

        assertThat(delivery.deliverDue()).as("not due before its backoff").isZero();
        assertThat(receiver.received()).hasSize(1);

        clock.advance(Duration.ofMillis(1300));
        delivery.deliverDue(); // the receiver hangs past the 1 s read timeout
        Row afterSecond = row(w);
        assertThat(afterSecond.failures()).isEqualTo(2);
        assertThat(afterSecond.lastStatus()).isNull();
        assertThat(afterSecond.lastError()).contains("No answer within 1 s");
        assertThat(afterSecond.backoff()).isBetween(Duration.ofMillis(1600), Duration.ofMillis(2400));

        clock.advance(Duration.ofMillis(2500));
        assertThat(delivery.deliverDue()).isEqualTo(3);
        assertThat(receiver.accepted()).as("order kept: the entry that failed first, then the rest")
                .containsExactlyElementsOf(seqs);
        Row done = row(w);
        assertThat(done.failures()).isZero();
        assertThat(done.cursor()).isEqualTo(seqs.getLast());
        List<DeliveryAttempt> log = asAdmin(() -> webhooks.log(w.webhook().id()));
        assertThat(log).extracting(DeliveryAttempt::statusCode).containsExactly(200, 200, 200, null, 500);
        assertThat(log).extracting(DeliveryAttempt::seq)
                .containsExactly(seqs.get(2), seqs.get(1), seqs.get(0), seqs.get(0), seqs.get(0));
    }

    @Test
    void failingAfterFiveFailuresUntilStaffRetryNowSucceeds() {
        clock.set(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        CreatedWebhook w = create("Down", receiver.url(), Set.of(), Set.of());
        long seq = entries.append("review.decided", "BR");
        receiver.plan(500, 503, 502, 500, 500);
        for (int i = 1; i <= 5; i++) {
            delivery.deliverDue();
            assertThat(row(w).failures()).isEqualTo(i);
            assertThat(row(w).state()).isEqualTo(i < 5 ? "ACTIVE" : "FAILING");
            clock.advance(Duration.ofSeconds(30));
        }
        assertThat(row(w).backoff()).as("2^4 s ± 20 %").isBetween(Duration.ofMillis(12_800), Duration.ofMillis(19_200));
        // operators see it: a WARNING in /actuator/health naming it (HTTP 200, not in readiness), and the metrics
        var health = webhookHealth.health();
        assertThat(health.getStatus().getCode()).isEqualTo("WARNING");
        assertThat(health.getDetails().get("reason")).isEqualTo("receivers failing: Down");
        assertThat(meters.get("clipdesk.webhooks.failing").gauge().value()).isEqualTo(1.0);
        assertThat(meters.get("clipdesk.webhooks.lag.max").gauge().value()).isEqualTo(1.0);
        // the next attempt some minutes away, as with a longer outage
        jdbc.sql("update webhook_subscription set next_attempt_at = ? where id = ?")
                .params(LocalDateTime.ofInstant(clock.instant().plus(Duration.ofMinutes(5)), ZoneOffset.UTC), w.webhook().id())
                .update();
        assertThat(delivery.deliverDue()).isZero();

        asAdmin(() -> webhooks.retryNow(w.webhook().id()));
        assertThat(delivery.deliverDue()).as("a failing subscription retried once the staff asked").isOne();
        assertThat(receiver.accepted()).containsExactly(seq);
        assertThat(row(w).state()).isEqualTo("ACTIVE");
        assertThat(audited("WEBHOOK_RETRY_NOW", w.webhook().id())).isOne();
        clock.advance(Duration.ofSeconds(2));
        assertThat(webhookHealth.health().getStatus().getCode()).isEqualTo("UP");
        assertThat(meters.get("clipdesk.webhooks.failing").gauge().value()).isZero();
    }

    @Test
    void filtersSkipEntriesAndAdvanceTheCursorPastThem() {
        CreatedWebhook w = create("BR reviews", receiver.url(), Set.of("review.decided"), Set.of("BR"));
        List<Long> seqs = entries.appendAll(List.of(new String[] {"review.decided", "BR"},
                new String[] {"takedown.applied", "BR"}, new String[] {"review.decided", "FR"},
                new String[] {"review.decided", null}, new String[] {"review.decided", "*"},
                new String[] {"takedown.applied", "FR"}));

        assertThat(delivery.deliverDue()).isEqualTo(3);

        assertThat(receiver.accepted()).as("BR and market-less review decisions")
                .containsExactly(seqs.get(0), seqs.get(3), seqs.get(4));
        assertThat(row(w).cursor()).as("past the excluded tail too").isEqualTo(seqs.getLast());
        assertThat(delivery.deliverDue()).isZero();
    }

    @Test
    void pauseHoldsDeliveryResumeContinuesAndReplaySendsAgainInOrder() {
        CreatedWebhook w = create("Replay", receiver.url(), Set.of(), Set.of());
        long id = w.webhook().id();
        List<Long> first = entries.append(2, "review.decided");
        delivery.deliverDue();
        asAdmin(() -> webhooks.pause(id));
        List<Long> second = entries.append(2, "appeal.decided");
        assertThat(delivery.deliverDue()).isZero();
        assertThat(asAdmin(() -> webhooks.get(id)).lag()).isEqualTo(2);

        asAdmin(() -> webhooks.resume(id));
        delivery.deliverDue();
        asAdmin(() -> webhooks.replayFrom(id, first.get(1)));
        delivery.deliverDue();

        List<Long> expected = new ArrayList<>(first);
        expected.addAll(second);
        expected.add(first.get(1));
        expected.addAll(second);
        assertThat(receiver.accepted()).containsExactlyElementsOf(expected);
        assertThatThrownBy(() -> asAdmin(() -> webhooks.replayFrom(id, feed.head() + 2)))
                .isInstanceOf(InvalidWebhookException.class).hasMessageContaining("Choose a seq");
        for (String action : List.of("WEBHOOK_CREATED", "WEBHOOK_PAUSED", "WEBHOOK_RESUMED", "WEBHOOK_REPLAYED")) {
            assertThat(audited(action, id)).as(action).isOne();
        }
    }

    @Test
    void rotatedSecretSignsTheNextDeliveriesAndNeverReachesTheAuditTrail() {
        CreatedWebhook w = create("Rotate", receiver.url(), Set.of(), Set.of());
        String rotated = asAdmin(() -> webhooks.rotateSecret(w.webhook().id()));
        entries.append("review.decided", "BR");
        delivery.deliverDue();
        TestReceiver.Received r = receiver.received().getFirst();
        long now = Instant.now().getEpochSecond();
        assertThat(WebhookSignature.verify(rotated, r.signature(), r.body(), now, 300)).isTrue();
        assertThat(WebhookSignature.verify(w.secret(), r.signature(), r.body(), now, 300)).isFalse();
        assertThat(jdbc.sql("select count(*) from audit_event where summary like ? or summary like ?")
                .params("%" + w.secret() + "%", "%" + rotated + "%").query(Long.class).single()).isZero();
        assertThat(audited("WEBHOOK_SECRET_ROTATED", w.webhook().id())).isOne();
        AsStaff.run(Set.of(Role.ADMIN), Set.of("*"), () -> webhooks.delete(w.webhook().id()));
        assertThat(audited("WEBHOOK_DELETED", w.webhook().id())).isOne();
        assertThat(jdbc.sql("select count(*) from webhook_attempt").query(Long.class).single()).isZero();
    }

    @Test
    void aSecretStoredInPlainTextBeforeEncryptionIsEncryptedAtStartAndStillSigns() {
        CreatedWebhook w = create("Legacy", receiver.url(), Set.of(), Set.of());
        String plain = "whsec_" + "A".repeat(43);
        // as a row written before secrets were encrypted
        jdbc.sql("update webhook_subscription set secret = ? where id = ?").params(plain, w.webhook().id()).update();
        sealing.run(null);
        String stored = jdbc.sql("select secret from webhook_subscription where id = ?").param(w.webhook().id())
                .query(String.class).single();
        assertThat(stored).startsWith("v1:").isNotEqualTo(plain);
        entries.append("review.decided", "BR");
        delivery.deliverDue();
        TestReceiver.Received r = receiver.received().getFirst();
        assertThat(WebhookSignature.verify(plain, r.signature(), r.body(), Instant.now().getEpochSecond(), 300)).isTrue();
    }

    @Test
    void twoWorkersOnOneDatabaseNeverDeliverASubscriptionTwiceOrAtOnce() throws Exception {
        WebhookDelivery otherNode = new WebhookDelivery(feed, urls, jdbc, transactions, clock, secrets, Duration.ofSeconds(2),
                Duration.ofSeconds(5), Duration.ofMinutes(1), Duration.ofSeconds(1), Duration.ofMinutes(10), 5);
        List<TestReceiver> receivers = List.of(receiver, new TestReceiver(2500), new TestReceiver(2500));
        receivers.forEach(r -> r.delay(5));
        for (TestReceiver r : receivers) {
            create("Node test " + r.port(), r.url(), Set.of(), Set.of());
        }
        List<Long> seqs = entries.append(40, "review.decided");
        AtomicReference<Throwable> failed = new AtomicReference<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        List<Thread> nodes = new ArrayList<>();
        for (WebhookDelivery node : List.of(delivery, otherNode, delivery, otherNode)) {
            nodes.add(Thread.ofPlatform().start(() -> {
                try {
                    while (receivers.stream().anyMatch(r -> r.accepted().size() < seqs.size())
                            && System.nanoTime() < deadline) {
                        node.deliverDue();
                    }
                } catch (Throwable t) {
                    failed.set(t);
                }
            }));
        }
        for (Thread t : nodes) {
            t.join();
        }
        assertThat(failed.get()).isNull();
        for (TestReceiver r : receivers) {
            assertThat(r.accepted()).as("each entry once, in order").containsExactlyElementsOf(seqs);
            assertThat(r.maxInFlight()).as("one request at a time per subscription").isOne();
        }
        receivers.subList(1, 3).forEach(TestReceiver::close);
    }

    @Test
    void everyMethodIsForAdminsOnly() {
        CreatedWebhook w = create("Auth", receiver.url(), Set.of(), Set.of());
        long id = w.webhook().id();
        for (Role role : Role.values()) {
            if (role == Role.ADMIN) {
                continue;
            }
            List<Runnable> calls = List.of(() -> webhooks.page(0, 10), webhooks::count, () -> webhooks.get(id),
                    () -> webhooks.create(new WebhookDraft("x", receiver.url(), Set.of(), Set.of(), null)),
                    () -> webhooks.pause(id), () -> webhooks.resume(id), () -> webhooks.retryNow(id),
                    () -> webhooks.replayFrom(id, 1), () -> webhooks.rotateSecret(id), () -> webhooks.delete(id),
                    () -> webhooks.log(id), webhooks::relay, webhooks::head);
            for (Runnable call : calls) {
                AsStaff.run(Set.of(role), Set.of("*"), () -> assertThatThrownBy(call::run).as("%s", role)
                        .isInstanceOf(org.springframework.security.access.AccessDeniedException.class));
            }
        }
        assertThat(asAdmin(() -> webhooks.get(id)).name()).isEqualTo("Auth");
        assertThat(asAdmin(webhooks::relay).enabled()).isFalse();
    }

    @Test
    void refusesBadInputWithTheFieldToFix() {
        assertThatThrownBy(() -> create("", receiver.url(), Set.of(), Set.of())).isInstanceOf(InvalidWebhookException.class)
                .extracting(e -> ((InvalidWebhookException) e).field()).isEqualTo("name");
        assertThatThrownBy(() -> create("Bad", "ftp://example.com/x", Set.of(), Set.of()))
                .extracting(e -> ((InvalidWebhookException) e).field()).isEqualTo("url");
        assertThatThrownBy(() -> create("Bad", receiver.url(), Set.of("Review Decided"), Set.of()))
                .extracting(e -> ((InvalidWebhookException) e).field()).isEqualTo("types");
        assertThatThrownBy(() -> create("Bad", receiver.url(), Set.of(), Set.of("ZZ")))
                .extracting(e -> ((InvalidWebhookException) e).field()).isEqualTo("markets");
        assertThat(jdbc.sql("select count(*) from webhook_subscription").query(Long.class).single()).isZero();
    }

    // --- helpers ------------------------------------------------------------------------------

    record Row(long cursor, int failures, String state, Integer lastStatus, String lastError, Duration backoff) {}

    private Row row(CreatedWebhook w) {
        return jdbc.sql("select cursor_seq, failures, state, last_status, last_error, last_attempt_at, next_attempt_at"
                        + " from webhook_subscription where id = ?").param(w.webhook().id())
                .query((rs, n) -> new Row(rs.getLong(1), rs.getInt(2), rs.getString(3),
                        (Integer) rs.getObject(4, Integer.class), rs.getString(5),
                        rs.getObject(6) == null ? Duration.ZERO : Duration.between(
                                rs.getObject(6, LocalDateTime.class), rs.getObject(7, LocalDateTime.class))))
                .single();
    }

    private Map<Long, String> payloads(List<Long> seqs) {
        Map<Long, String> byseq = new java.util.HashMap<>();
        for (FeedEntry e : feed.after(seqs.getFirst() - 1, seqs.size())) {
            byseq.put(e.seq(), e.payload());
        }
        return byseq;
    }

    private long audited(String action, long id) {
        return jdbc.sql("select count(*) from audit_event where action = ? and subject_kind = 'WEBHOOK' and subject_id = ?")
                .params(action, String.valueOf(id)).query(Long.class).single();
    }

    private CreatedWebhook create(String name, String url, Set<String> types, Set<String> markets) {
        return asAdmin(() -> webhooks.create(new WebhookDraft(name, url, types, markets, null)));
    }

    static <T> T asAdmin(Supplier<T> action) {
        AtomicReference<T> result = new AtomicReference<>();
        AsStaff.run("admin-test", Set.of(Role.ADMIN), Set.of("*"), () -> result.set(action.get()));
        return result.get();
    }
}
