package com.clipdesk.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;

/**
 * A consumer's webhook: where entries go, with which key they are signed, which entries it wants and
 * how far it got. Staff change it through {@link Webhooks}; the worker ({@link WebhookDelivery})
 * writes cursor, failures and outcomes with plain updates that also raise the version, so a staff
 * change read before a delivery fails as a concurrent edit instead of writing back an old cursor.
 */
@Entity
@Table(name = "webhook_subscription")
@DynamicUpdate
class WebhookSubscription {

    static final int NAME_MAX = 80;
    static final int URL_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(nullable = false, length = URL_MAX)
    private String url;

    @Column(nullable = false, length = 100)
    private String secret;

    @Column(name = "entry_types", length = 1000)
    private @Nullable String entryTypes;

    @Column(name = "market_codes", length = 500)
    private @Nullable String marketCodes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private WebhookState state;

    @Column(name = "cursor_seq", nullable = false)
    private long cursorSeq;

    @Column(nullable = false)
    private int failures;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_attempt_at")
    private @Nullable Instant lastAttemptAt;

    @Column(name = "last_delivered_at")
    private @Nullable Instant lastDeliveredAt;

    @Column(name = "last_status")
    private @Nullable Integer lastStatus;

    @Column(name = "last_error", length = 500)
    private @Nullable String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Version
    private long version;

    protected WebhookSubscription() {}

    WebhookSubscription(String name, String url, String secret, Set<String> entryTypes, Set<String> marketCodes,
            long cursorSeq, Instant now, String createdBy) {
        this.name = name;
        this.url = url;
        this.secret = secret;
        this.entryTypes = join(entryTypes);
        this.marketCodes = join(marketCodes);
        this.state = WebhookState.ACTIVE;
        this.cursorSeq = cursorSeq;
        this.nextAttemptAt = now;
        this.createdAt = now;
        this.createdBy = createdBy;
    }

    void pause() {
        if (state == WebhookState.PAUSED) {
            throw new InvalidWebhookException("state", "The webhook is already paused.");
        }
        state = WebhookState.PAUSED;
    }

    void resume(Instant now) {
        if (state != WebhookState.PAUSED) {
            throw new InvalidWebhookException("state", "The webhook is not paused.");
        }
        state = failures > 0 ? WebhookState.FAILING : WebhookState.ACTIVE;
        nextAttemptAt = now;
    }

    void rotateSecret(String newSecret) {
        secret = newSecret;
    }

    /** The next attempt is due now; failures so far still count towards the next backoff. */
    void retryNow(Instant now) {
        nextAttemptAt = now;
    }

    /** Delivers again from {@code seq} (inclusive): entries after {@code seq - 1}. */
    void replayFrom(long seq, Instant now) {
        cursorSeq = seq - 1;
        failures = 0;
        lastError = null;
        lastStatus = null;
        if (state == WebhookState.FAILING) {
            state = WebhookState.ACTIVE;
        }
        nextAttemptAt = now;
    }

    static @Nullable String join(Set<String> values) {
        return values.isEmpty() ? null : String.join(",", new TreeSet<>(values));
    }

    static Set<String> split(@Nullable String joined) {
        return joined == null || joined.isBlank() ? Set.of()
                : Arrays.stream(joined.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                        .collect(Collectors.toCollection(TreeSet::new));
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    String getUrl() {
        return url;
    }

    String getSecret() {
        return secret;
    }

    Set<String> getEntryTypes() {
        return split(entryTypes);
    }

    Set<String> getMarketCodes() {
        return split(marketCodes);
    }

    WebhookState getState() {
        return state;
    }

    long getCursorSeq() {
        return cursorSeq;
    }

    int getFailures() {
        return failures;
    }

    Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    @Nullable Instant getLastAttemptAt() {
        return lastAttemptAt;
    }

    @Nullable Instant getLastDeliveredAt() {
        return lastDeliveredAt;
    }

    @Nullable Integer getLastStatus() {
        return lastStatus;
    }

    @Nullable String getLastError() {
        return lastError;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    String getCreatedBy() {
        return createdBy;
    }

    long getVersion() {
        return version;
    }
}
