package com.clipdesk.rules;

import com.clipdesk.audit.AuditLog;
import com.clipdesk.catalog.CatalogService;
import com.clipdesk.catalog.MarketView;
import com.clipdesk.review.QueueCategory;
import com.clipdesk.search.QuerySyntaxException;
import com.clipdesk.search.SavedSearchRow;
import com.clipdesk.search.SavedSearches;
import com.clipdesk.search.SearchService;
import com.clipdesk.shared.ConcurrentEditException;
import com.clipdesk.shared.NotFoundException;
import com.clipdesk.shared.OutOfScopeException;
import com.clipdesk.staff.CurrentStaff;
import com.clipdesk.staff.MarketScope;
import com.clipdesk.staff.Role;
import com.clipdesk.staff.SignedInStaff;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rules on ingest for the console (docs/rules.md). Lead moderators and admins see the rules that
 * concern their markets and promote saved searches to rules limited to markets they cover (a rule for
 * every market needs every market); a new or re-promoted rule runs in shadow mode. Only admins enable
 * a rule; leads and admins covering its markets disable it, delete it (once disabled or in shadow) and
 * re-promote it. Every change is audited; edits name the version seen.
 */
@Service
public class Rules {

    static final Role[] STEWARDS = {Role.LEAD_MODERATOR, Role.ADMIN};
    static final String SUBJECT = "RULE";
    /** How far back the list counts shadow hits. */
    static final Duration SHADOW_WINDOW = Duration.ofDays(7);
    public static final int MAX_DRY_RUN_DAYS = 90;

    private final RuleRepository rules;
    private final RuleHits hits;
    private final SavedSearches savedSearches;
    private final SearchService search;
    private final CatalogService catalog;
    private final AuditLog audit;
    private final CurrentStaff currentStaff;
    private final Clock clock;

    Rules(RuleRepository rules, RuleHits hits, SavedSearches savedSearches, SearchService search,
            CatalogService catalog, AuditLog audit, CurrentStaff currentStaff, Clock clock) {
        this.rules = rules;
        this.hits = hits;
        this.savedSearches = savedSearches;
        this.search = search;
        this.catalog = catalog;
        this.audit = audit;
        this.currentStaff = currentStaff;
        this.clock = clock;
    }

    /** Lead moderators and admins see the rules page and promote saved searches. */
    public boolean canSee() {
        try {
            return currentStaff.get().hasAny(STEWARDS);
        } catch (AccessDeniedException notSignedIn) {
            return false;
        }
    }

    /** The rules whose markets meet the staff member's (rules for every market concern everyone). */
    @Transactional(readOnly = true)
    public List<RuleRow> list() {
        SignedInStaff me = currentStaff.require(STEWARDS);
        Instant since = clock.instant().minus(SHADOW_WINDOW);
        Map<Long, Long> shadow = hits.shadowCountsSince(since);
        Map<Long, Long> live = hits.liveCountsSince(since);
        return rules.findAllByOrderByName().stream().filter(r -> concerns(me.scope(), r))
                .map(r -> row(r, me, shadow.getOrDefault(r.getId(), 0L), live.getOrDefault(r.getId(), 0L))).toList();
    }

    @Transactional(readOnly = true)
    public RuleRow get(long id) {
        SignedInStaff me = currentStaff.require(STEWARDS);
        Rule rule = visible(id, me);
        Instant since = clock.instant().minus(SHADOW_WINDOW);
        return row(rule, me, hits.shadowCountsSince(since).getOrDefault(id, 0L),
                hits.liveCountsSince(since).getOrDefault(id, 0L));
    }

    /** Saved searches the staff member may promote: theirs and the team's shared ones. */
    @Transactional(readOnly = true)
    public List<SavedSearchRow> promotable() {
        currentStaff.require(STEWARDS);
        return savedSearches.list();
    }

    /** The markets a rule may be limited to by the signed-in staff member: those of their scope. */
    @Transactional(readOnly = true)
    public List<MarketView> markets() {
        SignedInStaff me = currentStaff.require(STEWARDS);
        return catalog.markets().stream().filter(m -> me.scope().includes(m.code())).toList();
    }

    /** Whether the signed-in staff member may make rules for every market (their scope is every market). */
    public boolean mayCoverEveryMarket() {
        return currentStaff.require(STEWARDS).scope().allMarkets();
    }

    /**
     * Promotes the saved search to a rule in shadow mode, with a snapshot of its query.
     *
     * @param markets markets the rule is limited to; empty for every market (needs an every-market scope)
     * @throws IllegalArgumentException for a missing or taken name, a route without a queue
     * @throws QuerySyntaxException when the query cannot be a rule's (reports, or no longer parses)
     * @throws OutOfScopeException when the markets are not all the staff member's
     */
    @Transactional
    public RuleRow promote(long savedSearchId, String name, RuleAction action, @Nullable QueueCategory category,
            Set<String> markets) {
        SignedInStaff me = currentStaff.require(STEWARDS);
        SavedSearchRow saved = savedSearches.find(savedSearchId)
                .orElseThrow(() -> new NotFoundException("Saved search", savedSearchId));
        String validName = validName(name);
        requireCovers(me, markets);
        search.checkRuleQuery(saved.query());
        if (rules.existsByNameIgnoreCase(validName)) {
            throw new IllegalArgumentException("A rule named \"" + validName + "\" exists already: choose another name");
        }
        Rule rule = rules.saveAndFlush(new Rule(validName, saved.id(), saved.query(), action,
                action == RuleAction.ROUTE_TO_QUEUE ? category : null, markets, me.username(), me.displayName(),
                clock.instant()));
        audit.record("RULE_PROMOTED", SUBJECT, rule.getId(), null, "Promoted saved search \"" + saved.name()
                + "\" to rule \"" + rule.getName() + "\" (shadow): " + describe(rule));
        return row(rule, me, 0, 0);
    }

    /**
     * Takes the saved search's current query into the rule (revision + 1) and puts it back in shadow
     * mode: a changed query proves itself again before it acts.
     */
    @Transactional
    public RuleRow repromote(long id, long version) {
        SignedInStaff me = currentStaff.require(STEWARDS);
        Rule rule = editable(id, version, me);
        Long savedId = rule.getSavedSearchId();
        if (savedId == null) {
            throw new IllegalStateException("The rule's saved search is gone: promote a saved search to a new rule");
        }
        SavedSearchRow saved = savedSearches.find(savedId).orElseThrow(() -> new IllegalStateException(
                "The rule's saved search is gone or private now: promote a saved search to a new rule"));
        search.checkRuleQuery(saved.query());
        String before = rule.getQuery();
        RuleMode was = rule.getMode();
        rule.repromote(saved.query(), me.username(), me.displayName(), clock.instant());
        rules.flush();
        audit.record("RULE_REPROMOTED", SUBJECT, id, null, "Re-promoted rule \"" + rule.getName() + "\" to revision "
                + rule.getRevision() + " (was " + was.label().toLowerCase() + ", now shadow): query \"" + before
                + "\" → \"" + rule.getQuery() + "\"");
        return get(id);
    }

    /** Admins only: the rule acts on new items from now on. */
    @Transactional
    public RuleRow enable(long id, long version) {
        SignedInStaff me = currentStaff.require(Role.ADMIN);
        Rule rule = editable(id, version, me);
        if (rule.getMode() == RuleMode.ENABLED) {
            throw new IllegalStateException("Rule \"" + rule.getName() + "\" is enabled already");
        }
        long shadow = hits.shadowCountsSince(clock.instant().minus(SHADOW_WINDOW)).getOrDefault(id, 0L);
        rule.changeMode(RuleMode.ENABLED, me.username(), clock.instant());
        rules.flush();
        audit.record("RULE_ENABLED", SUBJECT, id, null, "Enabled rule \"" + rule.getName() + "\" after " + shadow
                + " shadow hit(s) in the last 7 days: " + describe(rule));
        return get(id);
    }

    @Transactional
    public RuleRow disable(long id, long version) {
        SignedInStaff me = currentStaff.require(STEWARDS);
        Rule rule = editable(id, version, me);
        RuleMode was = rule.getMode();
        rule.changeMode(RuleMode.DISABLED, me.username(), clock.instant());
        rules.flush();
        audit.record("RULE_DISABLED", SUBJECT, id, null, "Disabled rule \"" + rule.getName() + "\" (was "
                + was.label().toLowerCase() + ")");
        return get(id);
    }

    /** Deletes the rule and its hits; an enabled rule is disabled first (what it did stays in the audit). */
    @Transactional
    public void delete(long id, long version) {
        SignedInStaff me = currentStaff.require(STEWARDS);
        Rule rule = editable(id, version, me);
        if (rule.getMode() == RuleMode.ENABLED) {
            throw new IllegalStateException("Rule \"" + rule.getName() + "\" is enabled: disable it first");
        }
        long count = hits.count(id, MarketScope.all());
        hits.deleteOf(id);
        rules.delete(rule);
        rules.flush();
        audit.record("RULE_DELETED", SUBJECT, id, null, "Deleted rule \"" + rule.getName() + "\" with " + count
                + " hit(s): " + describe(rule));
    }

    /** A page of the rule's hits in the staff member's markets, newest first. */
    @Transactional(readOnly = true)
    public List<RuleHit> hits(long ruleId, int offset, int limit) {
        SignedInStaff me = currentStaff.require(STEWARDS);
        visible(ruleId, me);
        if (offset < 0 || limit < 1 || limit > 500) {
            throw new IllegalArgumentException("offset >= 0 and 1 <= limit <= 500");
        }
        return hits.page(ruleId, me.scope(), offset, limit);
    }

    @Transactional(readOnly = true)
    public long countHits(long ruleId) {
        SignedInStaff me = currentStaff.require(STEWARDS);
        visible(ruleId, me);
        return hits.count(ruleId, me.scope());
    }

    /**
     * Dry run: how many existing items created in the last {@code days} days the rule's query matches in
     * its markets (those of them in the staff member's scope). Reads only; not audited.
     */
    @Transactional(readOnly = true)
    public long dryRun(long ruleId, int days) {
        SignedInStaff me = currentStaff.require(STEWARDS);
        Rule rule = visible(ruleId, me);
        if (days < 1 || days > MAX_DRY_RUN_DAYS) {
            throw new IllegalArgumentException("Look back 1 to " + MAX_DRY_RUN_DAYS + " days");
        }
        Set<String> markets = rule.getMarkets();
        if (!me.scope().allMarkets()) {
            Set<String> mine = new TreeSet<>(markets.isEmpty() ? me.scope().markets() : markets);
            mine.retainAll(me.scope().markets());
            markets = mine;
        }
        return search.countCreatedSince(rule.getQuery(), markets, clock.instant().minus(Duration.ofDays(days)));
    }

    private Rule visible(long id, SignedInStaff me) {
        return rules.findById(id).filter(r -> concerns(me.scope(), r))
                .orElseThrow(() -> new NotFoundException("Rule", id));
    }

    private Rule editable(long id, long version, SignedInStaff me) {
        Rule rule = visible(id, me);
        if (!covers(me.scope(), rule.getMarkets())) {
            throw new OutOfScopeException("Rule", id);
        }
        if (rule.getVersion() != version) {
            String by = audit.lastEventAbout(SUBJECT, id).map(e -> e.getActor()).orElse("another staff member");
            throw new ConcurrentEditException("Rule \"" + rule.getName() + "\"", by);
        }
        return rule;
    }

    private static void requireCovers(SignedInStaff me, Set<String> markets) {
        if (!covers(me.scope(), markets)) {
            throw new AccessDeniedException(markets.isEmpty()
                    ? "A rule for every market needs every market in your scope: limit it to your markets"
                    : "You may limit a rule only to your own markets, not to "
                            + String.join(", ", markets.stream().filter(m -> !me.scope().includes(m)).sorted().toList()));
        }
    }

    /** The staff member's markets include every market of the rule (all of them for an every-market rule). */
    static boolean covers(MarketScope scope, Set<String> ruleMarkets) {
        return ruleMarkets.isEmpty() ? scope.allMarkets() : ruleMarkets.stream().allMatch(scope::includes);
    }

    /** The rule concerns the staff member: it is for every market, or for one of theirs. */
    static boolean concerns(MarketScope scope, Rule rule) {
        return rule.getMarkets().isEmpty() || scope.includesAny(rule.getMarkets());
    }

    private static String validName(String name) {
        String trimmed = name.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("Give the rule a name");
        }
        if (trimmed.length() > Rule.NAME_MAX) {
            throw new IllegalArgumentException("The name is too long: at most " + Rule.NAME_MAX + " characters");
        }
        return trimmed;
    }

    private static String describe(Rule rule) {
        return "\"" + (rule.getQuery().isEmpty() ? "(everything)" : rule.getQuery()) + "\" → " + rule.describeAction()
                + " in " + (rule.getMarkets().isEmpty() ? "every market" : String.join(",", new TreeSet<>(rule.getMarkets())));
    }

    private RuleRow row(Rule r, SignedInStaff me, long shadowHits, long liveHits) {
        String savedNow = null;
        boolean gone = false;
        if (r.getSavedSearchId() != null) {
            // empty when deleted, or someone else's that is private now
            String query = savedSearches.find(r.getSavedSearchId()).map(SavedSearchRow::query).orElse(null);
            gone = query == null;
            savedNow = query == null || query.equals(r.getQuery()) ? null : query;
        } else {
            gone = true;
        }
        boolean covers = covers(me.scope(), r.getMarkets());
        return new RuleRow(r.getId(), r.getName(), r.getQuery(), r.getRevision(), r.getAction(), r.getQueueCategory(),
                r.describeAction(), r.getMarkets(), r.getMode(), r.getPromotedByName(), r.getPromotedAt(), shadowHits,
                liveHits, savedNow, gone, r.getLastError(), r.getLastErrorId(), r.getLastErrorAt(), r.getVersion(),
                covers && me.has(Role.ADMIN) && r.getMode() != RuleMode.ENABLED,
                covers && r.getMode() != RuleMode.DISABLED, covers && r.getMode() != RuleMode.ENABLED,
                covers && savedNow != null);
    }
}
