package com.clipdesk.delivery;

import com.clipdesk.audit.AuditLog;
import com.clipdesk.catalog.CatalogService;
import com.clipdesk.catalog.MarketView;
import com.clipdesk.feed.DecisionFeed;
import com.clipdesk.shared.ConcurrentEditException;
import com.clipdesk.shared.NotFoundException;
import com.clipdesk.staff.CurrentStaff;
import com.clipdesk.staff.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins manage webhook subscriptions (create, pause, resume, rotate the secret, retry now, replay,
 * delete) and read their delivery logs and the RabbitMQ relay's state. Every change is audited in
 * its transaction; the secret never reaches the audit trail.
 */
@Service
public class Webhooks {

    static final String SUBJECT = "WEBHOOK";
    static final int LOG_SIZE = 100;
    private static final Pattern ENTRY_TYPE = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*");

    private final WebhookSubscriptionRepository subscriptions;
    private final WebhookUrls urls;
    private final WebhookSecrets secrets;
    private final DecisionFeed feed;
    private final CatalogService catalog;
    private final AuditLog audit;
    private final CurrentStaff currentStaff;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final boolean relayEnabled;
    private final String exchange;

    Webhooks(WebhookSubscriptionRepository subscriptions, WebhookUrls urls, DecisionFeed feed,
            CatalogService catalog, AuditLog audit, CurrentStaff currentStaff, JdbcClient jdbc, Clock clock,
            WebhookSecrets secrets, @Value("${clipdesk.feed.rabbit.enabled:false}") boolean relayEnabled,
            @Value("${clipdesk.feed.rabbit.exchange:clipdesk.decisions}") String exchange) {
        this.subscriptions = subscriptions;
        this.secrets = secrets;
        this.urls = urls;
        this.feed = feed;
        this.catalog = catalog;
        this.audit = audit;
        this.currentStaff = currentStaff;
        this.jdbc = jdbc;
        this.clock = clock;
        this.relayEnabled = relayEnabled;
        this.exchange = exchange;
    }

    @Transactional(readOnly = true)
    public List<WebhookRow> page(int offset, int limit) {
        currentStaff.require(Role.ADMIN);
        long head = feed.head();
        int size = Math.max(1, Math.min(500, limit));
        return subscriptions.findAll(PageRequest.of(offset / size, size, Sort.by("name", "id"))).stream()
                .map(s -> WebhookRow.of(s, head)).toList();
    }

    @Transactional(readOnly = true)
    public long count() {
        currentStaff.require(Role.ADMIN);
        return subscriptions.count();
    }

    @Transactional(readOnly = true)
    public WebhookRow get(long id) {
        currentStaff.require(Role.ADMIN);
        return WebhookRow.of(find(id), feed.head());
    }

    @Transactional
    public CreatedWebhook create(WebhookDraft draft) {
        String actor = currentStaff.require(Role.ADMIN).username();
        String name = draft.name().trim();
        if (name.isEmpty()) {
            throw new InvalidWebhookException("name", "Give the webhook a name consumers' owners recognise.");
        }
        if (name.length() > WebhookSubscription.NAME_MAX) {
            throw new InvalidWebhookException("name", "At most " + WebhookSubscription.NAME_MAX + " characters.");
        }
        String url = urls.check(draft.url()).toString();
        Set<String> types = entryTypes(draft.entryTypes());
        Set<String> markets = marketCodes(draft.marketCodes());
        long head = feed.head();
        long cursor = draft.fromSeq() == null ? head : startingAt(draft.fromSeq(), head);
        String secret = WebhookSignature.newSecret();
        WebhookSubscription s = subscriptions.save(
                new WebhookSubscription(name, url, secrets.seal(secret), types, markets, cursor, clock.instant(), actor));
        audit.record("WEBHOOK_CREATED", SUBJECT, s.getId(), null, "Created webhook '" + name + "' → " + url
                + filters(types, markets) + ", from seq " + (cursor + 1));
        return new CreatedWebhook(WebhookRow.of(s, head), secret);
    }

    @Transactional
    public WebhookRow pause(long id) {
        return change(id, "WEBHOOK_PAUSED", "Paused", WebhookSubscription::pause);
    }

    @Transactional
    public WebhookRow resume(long id) {
        return change(id, "WEBHOOK_RESUMED", "Resumed", s -> s.resume(clock.instant()));
    }

    @Transactional
    public WebhookRow retryNow(long id) {
        return change(id, "WEBHOOK_RETRY_NOW", "Asked for an immediate retry of", s -> s.retryNow(clock.instant()));
    }

    /** Delivers again from {@code seq} on (entries already delivered are sent again; consumers dedupe on seq). */
    @Transactional
    public WebhookRow replayFrom(long id, long seq) {
        long head = feed.head();
        long cursor = startingAt(seq, head);
        return change(id, "WEBHOOK_REPLAYED", "Replay from seq " + (cursor + 1) + " of",
                s -> s.replayFrom(cursor + 1, clock.instant()));
    }

    /** A new secret, returned once; deliveries are signed with it from the next attempt on. */
    @Transactional
    public String rotateSecret(long id) {
        String secret = WebhookSignature.newSecret();
        String sealed = secrets.seal(secret);
        change(id, "WEBHOOK_SECRET_ROTATED", "Rotated the secret of", s -> s.rotateSecret(sealed));
        return secret;
    }

    @Transactional
    public void delete(long id) {
        currentStaff.require(Role.ADMIN);
        WebhookSubscription s = find(id);
        audit.record("WEBHOOK_DELETED", SUBJECT, id, null, "Deleted webhook '" + s.getName() + "' → "
                + s.getUrl() + " at seq " + s.getCursorSeq());
        jdbc.sql("delete from webhook_attempt where subscription_id = ?").param(id).update();
        subscriptions.delete(s);
        flush(s);
    }

    /** The last attempts, newest first. */
    @Transactional(readOnly = true)
    public List<DeliveryAttempt> log(long id) {
        currentStaff.require(Role.ADMIN);
        find(id);
        return jdbc.sql("select seq, attempted_at, status_code, latency_ms, error from webhook_attempt"
                        + " where subscription_id = ? order by id desc limit " + LOG_SIZE)
                .param(id)
                .query((rs, n) -> new DeliveryAttempt(rs.getLong(1),
                        rs.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        (Integer) rs.getObject(3, Integer.class), rs.getInt(4), rs.getString(5)))
                .list();
    }

    @Transactional(readOnly = true)
    public RelayStatus relay() {
        currentStaff.require(Role.ADMIN);
        long head = feed.head();
        return jdbc.sql("select cursor_seq, failures, next_attempt_at, last_published_at, last_error from feed_relay"
                        + " where name = ?").param(RabbitRelay.NAME)
                .query((rs, n) -> new RelayStatus(relayEnabled, exchange, rs.getLong(1),
                        Math.max(0, head - rs.getLong(1)), rs.getInt(2), instant(rs.getObject(3, LocalDateTime.class)),
                        rs.getObject(4, LocalDateTime.class) == null ? null
                                : instant(rs.getObject(4, LocalDateTime.class)),
                        rs.getString(5)))
                .single();
    }

    /** The feed's head: the seq of the newest entry. */
    @Transactional(readOnly = true)
    public long head() {
        currentStaff.require(Role.ADMIN);
        return feed.head();
    }

    private WebhookRow change(long id, String action, String verb, Consumer<WebhookSubscription> change) {
        currentStaff.require(Role.ADMIN);
        WebhookSubscription s = find(id);
        change.accept(s);
        flush(s);
        audit.record(action, SUBJECT, id, null, verb + " webhook '" + s.getName() + "' → " + s.getUrl());
        return WebhookRow.of(s, feed.head());
    }

    /** Writes now, so a delivery that committed meanwhile shows as a concurrent edit, not an old cursor written back. */
    private void flush(WebhookSubscription s) {
        try {
            subscriptions.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException("Webhook '" + s.getName() + "'", "a delivery");
        }
    }

    private WebhookSubscription find(long id) {
        return subscriptions.findById(id).orElseThrow(() -> new NotFoundException("Webhook", id));
    }

    private static long startingAt(long seq, long head) {
        if (seq < 1 || seq > head + 1) {
            throw new InvalidWebhookException("seq", "Choose a seq from 1 to " + (head + 1)
                    + " (the next entry); the feed's newest is " + head + ".");
        }
        return seq - 1;
    }

    private static Set<String> entryTypes(Set<String> raw) {
        Set<String> types = new TreeSet<>();
        for (String t : raw) {
            String type = t.trim();
            if (type.isEmpty()) {
                continue;
            }
            if (type.length() > 60 || !ENTRY_TYPE.matcher(type).matches()) {
                throw new InvalidWebhookException("types", "'" + type + "' is not an entry type (lower case words"
                        + " joined by dots, e.g. review.decided).");
            }
            types.add(type);
        }
        if (String.join(",", types).length() > 1000) {
            throw new InvalidWebhookException("types", "Too many entry types; leave the filter empty for all.");
        }
        return types;
    }

    private Set<String> marketCodes(Set<String> raw) {
        Set<String> known = catalog.markets().stream().map(MarketView::code).collect(Collectors.toSet());
        Set<String> codes = new TreeSet<>();
        for (String m : raw) {
            String code = m.trim();
            if (!code.isEmpty() && !known.contains(code)) {
                throw new InvalidWebhookException("markets", "No market " + code + ".");
            }
            if (!code.isEmpty()) {
                codes.add(code);
            }
        }
        return codes;
    }

    private static String filters(Set<String> types, Set<String> markets) {
        return (types.isEmpty() ? "" : ", types " + String.join(", ", types))
                + (markets.isEmpty() ? "" : ", markets " + String.join(", ", markets));
    }

    private static Instant instant(LocalDateTime t) {
        return t.toInstant(ZoneOffset.UTC);
    }

    static @Nullable String clip(@Nullable String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
