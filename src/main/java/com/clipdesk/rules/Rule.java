package com.clipdesk.rules;

import com.clipdesk.review.QueueCategory;
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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A saved search promoted to a rule: the query as it was when promoted (a later edit of the saved
 * search changes nothing until someone re-promotes, which counts a new revision and puts the rule back
 * in shadow mode), an action and the markets it is limited to. Starts in shadow mode.
 */
@Entity
@Table(name = "ingest_rule")
public class Rule {

    public static final int NAME_MAX = 80;
    public static final int ERROR_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "saved_search_id")
    private @Nullable Long savedSearchId;

    @Column(nullable = false, length = 500)
    private String query;

    @Column(nullable = false)
    private int revision;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private RuleAction action;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "queue_category", length = 20)
    private @Nullable QueueCategory queueCategory;

    /** "" for every market, else "BR,FR". */
    @Column(nullable = false, length = 100)
    private String markets;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private RuleMode mode;

    @Column(name = "promoted_by", nullable = false, length = 100)
    private String promotedBy;

    @Column(name = "promoted_by_name", nullable = false, length = 200)
    private String promotedByName;

    @Column(name = "promoted_at", nullable = false)
    private Instant promotedAt;

    @Column(name = "mode_changed_by", length = 100)
    private @Nullable String modeChangedBy;

    @Column(name = "mode_changed_at")
    private @Nullable Instant modeChangedAt;

    @Column(name = "last_error", length = ERROR_MAX)
    private @Nullable String lastError;

    @Column(name = "last_error_id", length = 16)
    private @Nullable String lastErrorId;

    @Column(name = "last_error_at")
    private @Nullable Instant lastErrorAt;

    @Version
    private long version;

    protected Rule() {}

    Rule(String name, long savedSearchId, String query, RuleAction action, @Nullable QueueCategory queueCategory,
            Set<String> markets, String promotedBy, String promotedByName, Instant at) {
        if ((action == RuleAction.ROUTE_TO_QUEUE) != (queueCategory != null)) {
            throw new IllegalArgumentException(action == RuleAction.ROUTE_TO_QUEUE
                    ? "Choose the queue the rule routes to" : "Only a rule that routes to a queue names one");
        }
        this.name = name;
        this.savedSearchId = savedSearchId;
        this.query = query;
        this.revision = 1;
        this.action = action;
        this.queueCategory = queueCategory;
        this.markets = String.join(",", new TreeSet<>(markets));
        this.mode = RuleMode.SHADOW;
        this.promotedBy = promotedBy;
        this.promotedByName = promotedByName.length() > 200 ? promotedByName.substring(0, 200) : promotedByName;
        this.promotedAt = at;
    }

    /** The saved search's current query replaces the snapshot; the rule proves itself in shadow again. */
    void repromote(String query, String by, String byName, Instant at) {
        this.query = query;
        this.revision++;
        this.mode = RuleMode.SHADOW;
        this.promotedBy = by;
        this.promotedByName = byName.length() > 200 ? byName.substring(0, 200) : byName;
        this.promotedAt = at;
        this.modeChangedBy = by;
        this.modeChangedAt = at;
    }

    void changeMode(RuleMode to, String by, Instant at) {
        if (to == mode) {
            throw new IllegalStateException("The rule is " + mode.label().toLowerCase() + " already");
        }
        this.mode = to;
        this.modeChangedBy = by;
        this.modeChangedAt = at;
        if (to == RuleMode.ENABLED) {
            clearError();
        }
    }

    void clearError() {
        this.lastError = null;
        this.lastErrorId = null;
        this.lastErrorAt = null;
    }

    /** "Route to queue Safety", "Raise priority"… */
    public String describeAction() {
        return action == RuleAction.ROUTE_TO_QUEUE && queueCategory != null
                ? action.label() + " " + queueCategory.label() : action.label();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public @Nullable Long getSavedSearchId() {
        return savedSearchId;
    }

    public String getQuery() {
        return query;
    }

    public int getRevision() {
        return revision;
    }

    public RuleAction getAction() {
        return action;
    }

    public @Nullable QueueCategory getQueueCategory() {
        return queueCategory;
    }

    /** Empty for every market. */
    public Set<String> getMarkets() {
        return markets.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(markets.split(",")));
    }

    public RuleMode getMode() {
        return mode;
    }

    public String getPromotedBy() {
        return promotedBy;
    }

    public String getPromotedByName() {
        return promotedByName;
    }

    public Instant getPromotedAt() {
        return promotedAt;
    }

    public @Nullable String getModeChangedBy() {
        return modeChangedBy;
    }

    public @Nullable Instant getModeChangedAt() {
        return modeChangedAt;
    }

    public @Nullable String getLastError() {
        return lastError;
    }

    public @Nullable String getLastErrorId() {
        return lastErrorId;
    }

    public @Nullable Instant getLastErrorAt() {
        return lastErrorAt;
    }

    public long getVersion() {
        return version;
    }
}
