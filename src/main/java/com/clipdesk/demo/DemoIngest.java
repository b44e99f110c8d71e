package com.clipdesk.demo;

import com.clipdesk.delivery.CreatedWebhook;
import com.clipdesk.delivery.WebhookDraft;
import com.clipdesk.delivery.Webhooks;
import com.clipdesk.ingest.IngestParser;
import com.clipdesk.ingest.IngestService;
import com.clipdesk.ingest.IngestService.Outcome;
import com.clipdesk.ingest.LineResult;
import com.clipdesk.review.QueueCategory;
import com.clipdesk.rules.RuleAction;
import com.clipdesk.rules.RuleRow;
import com.clipdesk.rules.Rules;
import com.clipdesk.search.SavedSearchRow;
import com.clipdesk.search.SavedSearches;
import com.clipdesk.search.SearchSort;
import com.clipdesk.staff.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The streaming service's side of the demo (issue 11), through the real services: the lead's three
 * shared saved searches promoted to rules on ingest (knives routed to Safety and Brazilian giveaways
 * raised in priority, both in shadow mode; spoiler alerts pre-flagged, enabled by the admin), a paused
 * webhook for the product's notifications (the admin's; paused, so nothing is sent), then a small
 * batch pushed through the ingest service as the client {@value #CLIENT} ({@link DemoIngestBatch}).
 * So the rules page shows shadow and acted hits, the webhooks page a subscription, and items have
 * external ids.
 *
 * <p>Runs after the other demo steps ({@code @Order(140)}) when the database has demo data; each step
 * once: the rules when there is no rule, the webhook when there is no webhook, the push when no
 * external id is recorded yet (and a repeated push would only be "duplicate" lines).
 */
@Component
@Order(140)
@ConditionalOnBooleanProperty("clipdesk.demo.enabled")
class DemoIngest implements ApplicationRunner {

    /** The ingest client the demo's push names in the audit trail. */
    static final String CLIENT = "demo-product";

    /**
     * What these steps write (through the services' listeners too), children first: to empty before
     * the other demo rows when demo data is removed (spoiler holds and flags from the enabled rule,
     * the push's feed entries and external ids, and the cases the review intake opens for the open
     * reports after the push).
     */
    static final List<String> TABLES = List.of("webhook_attempt", "webhook_subscription", "rule_hit", "rule_pending",
            "ingest_rule", "saved_search", "review_priority_boost", "moment_hold", "fandom_submission_hold",
            "watch_party_message_hold", "spoiler_transition", "spoiler_flag", "external_ref", "feed_entry",
            "review_queue_entry", "review_case_report");

    private static final Logger log = LoggerFactory.getLogger(DemoIngest.class);
    // the demo accounts' names (staff.internal.DemoStaffAccounts): the rules page names who promoted a rule
    private static final String LEAD_NAME = "Lucas Meyer";
    private static final String ADMIN_NAME = "Alex Johnson";

    private final JdbcClient jdbc;
    private final SavedSearches savedSearches;
    private final Rules rules;
    private final Webhooks webhooks;
    private final IngestService ingest;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoIngest(JdbcClient jdbc, SavedSearches savedSearches, Rules rules, Webhooks webhooks, IngestService ingest,
            PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.savedSearches = savedSearches;
        this.rules = rules;
        this.webhooks = webhooks;
        this.ingest = ingest;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (count("moment") == 0) {
            return;
        }
        long started = System.nanoTime();
        try {
            List<String> done = new java.util.ArrayList<>();
            if (count("ingest_rule") == 0) {
                promoteRules();
                done.add("rules");
            }
            if (count("webhook_subscription") == 0) {
                subscribe();
                done.add("webhook");
            }
            if (count("external_ref") == 0) {
                push();
                done.add("push");
            }
            if (!done.isEmpty()) {
                log.info("Demo ingest: {} in {} ms", String.join(", ", done), (System.nanoTime() - started) / 1_000_000);
            }
        } catch (RuntimeException e) {
            // the demo works without it; say why it is missing
            log.warn("Demo rules, webhook or ingest not written: {}", e.toString());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The lead shares three searches and promotes them (shadow); the admin enables the spoiler one. */
    private void promoteRules() {
        RuleRow spoilers = DemoStaff.as("lead", LEAD_NAME, Role.LEAD_MODERATOR, () -> {
            promote("Knives in captions", "knife", "Route to Safety: knives", RuleAction.ROUTE_TO_QUEUE,
                    QueueCategory.SAFETY, Set.of());
            promote("Giveaway posts (BR)", "sorteio", "Raise priority: giveaways (BR)", RuleAction.RAISE_PRIORITY, null,
                    Set.of("BR"));
            return promote("Spoiler alerts", "\"spoiler alert\"", "Pre-flag: spoiler alerts",
                    RuleAction.PRE_FLAG_SPOILER, null, Set.of());
        });
        DemoStaff.as("admin", ADMIN_NAME, Role.ADMIN, () -> rules.enable(spoilers.id(), spoilers.version()));
    }

    private RuleRow promote(String search, String query, String rule, RuleAction action,
            @Nullable QueueCategory queue, Set<String> markets) {
        SavedSearchRow saved = savedSearches.save(search, query, SearchSort.NEWEST, true);
        return rules.promote(saved.id(), rule, action, queue, markets);
    }

    /** Created and paused in one transaction: never due, so the delivery schedule sends nothing. */
    private void subscribe() {
        DemoStaff.as("admin", ADMIN_NAME, Role.ADMIN, () -> transaction.execute(status -> {
            CreatedWebhook created = webhooks.create(new WebhookDraft("Product notifications (demo)",
                    "https://hooks.example.test/clipdesk",
                    Set.of("takedown.applied", "takedown.lifted", "spoiler.flagged", "notice.issued"), Set.of(), null));
            return webhooks.pause(created.webhook().id());
        }));
    }

    /** The batch, through the service the ingest API's bulk endpoint calls, as a machine client would. */
    private void push() {
        Instant now = clock.instant();
        List<DemoIngestBatch.Episode> episodes = jdbc.sql("""
                select r.episode_id, s.title_id, e.duration_s from title_release r
                join episode e on e.id = r.episode_id join season s on s.id = e.season_id
                where r.market_code in ('US', 'GB', 'BR') and r.released_at <= ?
                group by r.episode_id, s.title_id, e.duration_s having count(*) = 3
                order by max(r.released_at) desc, r.episode_id limit 40""")
                .param(LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                .query((rs, i) -> new DemoIngestBatch.Episode(rs.getLong(1), rs.getLong(2), rs.getInt(3))).list();
        // three recent episodes of three titles: what members clip and talk about this week
        List<DemoIngestBatch.Episode> picked = episodes.stream()
                .filter(e -> e.durationS() >= 120)
                .collect(java.util.stream.Collectors.toMap(DemoIngestBatch.Episode::titleId, e -> e, (a, b) -> a,
                        java.util.LinkedHashMap::new))
                .values().stream().limit(3).toList();
        Outcome outcome = ingest.ingest(IngestParser.bulk(DemoIngestBatch.ndjson(picked, now)), CLIENT);
        List<LineResult> rejected = outcome.results().stream()
                .filter(r -> r.status() == LineResult.Status.REJECTED).toList();
        if (!rejected.isEmpty()) {
            log.warn("Demo ingest: {} line(s) rejected, first: {}", rejected.size(), rejected.getFirst());
        }
        log.info("Demo ingest: pushed {} line(s): {}", outcome.results().size(), outcome.counts());
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
