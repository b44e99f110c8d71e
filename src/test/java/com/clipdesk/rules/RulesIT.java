package com.clipdesk.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clipdesk.TestData;
import com.clipdesk.audit.AuditLog;
import com.clipdesk.catalog.Episode;
import com.clipdesk.content.ContentKind;
import com.clipdesk.content.ContentRef;
import com.clipdesk.ingest.ContentIngested;
import com.clipdesk.member.Member;
import com.clipdesk.report.ReportReason;
import com.clipdesk.review.QueueCategory;
import com.clipdesk.review.ReviewIntake;
import com.clipdesk.search.QuerySyntaxException;
import com.clipdesk.search.SavedSearches;
import com.clipdesk.search.SearchSort;
import com.clipdesk.shared.ConcurrentEditException;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rules on ingest end to end: a saved search promoted to a rule, new items announced by
 * {@link ContentIngested} in their ingesting transaction, matched after the commit. Shadow records
 * without acting; enabled acts (queue, priority, spoiler flag); markets, failures, idempotency, and
 * who may do what.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RulesIT {

    @Autowired TestData data;
    @Autowired Rules rules;
    @Autowired RuleMatching matching;
    @Autowired SavedSearches savedSearches;
    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired JdbcClient jdbc;
    @Autowired ReviewIntake intake;
    @Autowired AuditLog audit;

    /** A word no other fixture has: every rule here matches only this class's items. */
    String marker;
    Episode episode;
    Member creator;

    @BeforeAll
    void fixtures() {
        data.markets("BR", "FR", "DE");
        marker = "zrl" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);
        episode = data.episode("Rules " + marker, 1800);
        creator = data.member("BR");
    }

    @AfterAll
    void removeRules() {
        // other test classes share the database: leave no rule that evaluates their items
        jdbc.sql("delete from rule_hit where rule_id in (select id from ingest_rule where name like ?)")
                .param(marker + "%").update();
        jdbc.sql("delete from ingest_rule where name like ?").param(marker + "%").update();
    }

    @Test
    void shadowRuleRecordsWhatItWouldHaveDoneAndDoesNotAct() {
        RuleRow rule = promote("shadow", marker + " lighthouse", RuleAction.ROUTE_TO_QUEUE, QueueCategory.SAFETY,
                Set.of());
        assertThat(rule.mode()).isEqualTo(RuleMode.SHADOW);

        long moment = ingest(marker + " lighthouse at dawn", Set.of("BR", "FR"));

        List<RuleHit> hits = lead(() -> rules.hits(rule.id(), 0, 10));
        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.itemKind()).isEqualTo(ContentKind.MOMENT);
            assertThat(h.itemId()).isEqualTo(moment);
            assertThat(h.mode()).isEqualTo(RuleMode.SHADOW);
            assertThat(h.outcome()).isEqualTo(HitOutcome.WOULD_ACT);
            assertThat(h.detail()).isEqualTo("would have routed to Safety");
            assertThat(h.markets()).containsExactlyInAnyOrder("BR", "FR");
            assertThat(h.route()).isEqualTo("moments/" + moment);
        });
        assertThat(caseCount(moment)).isZero();
        assertThat(lead(() -> rules.get(rule.id())).shadowHits7d()).isEqualTo(1);
        assertThat(lead(() -> rules.get(rule.id())).hitsLabel()).isEqualTo("1 in shadow");
    }

    @Test
    void enabledRouteRuleOpensACaseInItsQueueWithTheRuleAsOrigin() {
        RuleRow rule = enabled(promote("route", marker + " knife", RuleAction.ROUTE_TO_QUEUE, QueueCategory.SAFETY,
                Set.of()));

        long moment = ingest(marker + " knife in the kitchen", Set.of("BR", "DE"));

        var row = jdbc.sql("select origin, severity, routed_by, status from review_case where subject_kind = 'MOMENT' "
                + "and subject_id = ?").param(moment).query().singleRow();
        assertThat(row.get("origin")).isEqualTo("RULE");
        assertThat(((Number) row.get("severity")).intValue()).isEqualTo(1); // Safety's most severe reason
        assertThat(row.get("routed_by")).isEqualTo("rule:" + rule.name());
        assertThat(row.get("status")).isEqualTo("OPEN");
        assertThat(jdbc.sql("select market_code, category from review_queue_entry e join review_case c on c.id = "
                + "e.case_id where c.subject_kind = 'MOMENT' and c.subject_id = ? order by market_code")
                .param(moment).query((rs, n) -> rs.getString(1) + ":" + rs.getString(2)).list())
                .containsExactly("BR:SAFETY", "DE:SAFETY");
        assertThat(lead(() -> rules.hits(rule.id(), 0, 10))).singleElement().satisfies(h -> {
            assertThat(h.mode()).isEqualTo(RuleMode.ENABLED);
            assertThat(h.outcome()).isEqualTo(HitOutcome.ACTED);
            assertThat(h.detail()).contains("opened in Safety");
        });
        assertThat(jdbc.sql("select summary from audit_event where action = 'REVIEW_CASE_OPENED' and summary like ?")
                .param("%Moment " + moment + " in BR,DE by rule " + rule.name()).query(String.class).list()).hasSize(1);
    }

    @Test
    void enabledRouteRuleMovesAnUndecidedCaseToItsQueue() {
        RuleRow rule = enabled(promote("move", marker + " pirate", RuleAction.ROUTE_TO_QUEUE, QueueCategory.RIGHTS,
                Set.of()));
        long moment = data.moment(episode, creator, marker + " pirate copy", Set.of("BR")).getId();
        data.report(ContentKind.MOMENT, moment, creator, ReportReason.SPAM, "BR");
        intake.gather();
        assertThat(category(moment)).isEqualTo("INTEGRITY");

        announce(moment, Set.of("BR"));

        assertThat(category(moment)).isEqualTo("RIGHTS");
        assertThat(caseCount(moment)).isEqualTo(1);
        assertThat(lead(() -> rules.hits(rule.id(), 0, 10))).singleElement()
                .satisfies(h -> assertThat(h.detail()).contains("moved to Copyright"));
    }

    @Test
    void enabledRaiseRuleBringsTheCaseForwardEvenWhenTheCaseOpensLater() {
        enabled(promote("raise", marker + " rumour", RuleAction.RAISE_PRIORITY, null, Set.of()));
        long moment = ingest(marker + " rumour about the finale", Set.of("BR"));
        assertThat(caseCount(moment)).isZero(); // no case yet: the boost waits for one

        data.report(ContentKind.MOMENT, moment, creator, ReportReason.SPAM, "BR");
        intake.gather();

        // Spam is severity 5; one level forward
        assertThat(jdbc.sql("select severity from review_case where subject_kind = 'MOMENT' and subject_id = ?")
                .param(moment).query(Integer.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("select e.severity from review_queue_entry e join review_case c on c.id = e.case_id "
                + "where c.subject_id = ? and c.subject_kind = 'MOMENT'").param(moment).query(Integer.class).single())
                .isEqualTo(4);
    }

    @Test
    void enabledSpoilerRulePreFlagsTheItem() {
        RuleRow rule = enabled(promote("spoil", marker + " dies", RuleAction.PRE_FLAG_SPOILER, null, Set.of()));

        long moment = ingest(marker + " the captain dies", Set.of("FR"));

        var flag = jdbc.sql("select source, flagged_by, target from spoiler_flag where item_kind = 'MOMENT' "
                + "and item_id = ? and active = 1").param(moment).query().singleRow();
        assertThat(flag.get("source")).isEqualTo("RULE");
        assertThat(flag.get("flagged_by")).isEqualTo("rule:" + rule.name());
        assertThat(flag.get("target")).isEqualTo("EPISODE");
        assertThat(jdbc.sql("select spoiler from moment where id = ?").param(moment).query(Boolean.class).single())
                .isTrue();
        // the list counts what an enabled rule matched too (it read 0: only shadow hits were counted)
        RuleRow listed = lead(() -> rules.list()).stream().filter(r -> r.id() == rule.id()).findFirst().orElseThrow();
        assertThat(listed.liveHits7d()).isEqualTo(1);
        assertThat(listed.shadowHits7d()).isZero();
        assertThat(listed.hitsLabel()).isEqualTo("1 live");
    }

    @Test
    void nonMatchingItemGetsNoHit() {
        RuleRow rule = promote("nomatch", marker + " volcano", RuleAction.ROUTE_TO_QUEUE, QueueCategory.OTHER,
                Set.of());
        ingest(marker + " a quiet beach", Set.of("BR"));
        assertThat(lead(() -> rules.countHits(rule.id()))).isZero();
    }

    @Test
    void marketLimitedRuleMatchesOnlyItemsVisibleInItsMarkets() {
        RuleRow rule = enabled(promote("brazil", marker + " carnival", RuleAction.ROUTE_TO_QUEUE,
                QueueCategory.OTHER, Set.of("BR")));

        long inFrance = ingest(marker + " carnival in Nice", Set.of("FR"));
        long inBoth = ingest(marker + " carnival everywhere", Set.of("BR", "FR"));

        assertThat(lead(() -> rules.hits(rule.id(), 0, 10))).singleElement().satisfies(h -> {
            assertThat(h.itemId()).isEqualTo(inBoth);
            assertThat(h.markets()).containsExactly("BR"); // what the rule covers
        });
        assertThat(caseCount(inFrance)).isZero();
        // the case waits in the rule's market only
        assertThat(jdbc.sql("select market_code from review_queue_entry e join review_case c on c.id = e.case_id "
                + "where c.subject_kind = 'MOMENT' and c.subject_id = ?").param(inBoth).query(String.class).list())
                .containsExactly("BR");
        // a lead for France only sees the rule's hits in France: none
        as("lead-fr", Set.of(Role.LEAD_MODERATOR), Set.of("FR"), () -> assertThatThrownBy(() -> rules.hits(rule.id(), 0, 10))
                .isInstanceOf(com.clipdesk.shared.NotFoundException.class));
    }

    @Test
    void aFailingRuleIsRecordedAndTheOthersAndTheIngestGoOn() {
        RuleRow broken = promote("broken", marker + " storm", RuleAction.ROUTE_TO_QUEUE, QueueCategory.OTHER, Set.of());
        RuleRow healthy = promote("healthy", marker + " storm", RuleAction.ROUTE_TO_QUEUE, QueueCategory.OTHER,
                Set.of());
        // the query language changed under a live rule: its query no longer parses
        jdbc.sql("update ingest_rule set query = ? where id = ?").param("-").param(broken.id()).update();

        long moment = ingest(marker + " storm at sea", Set.of("BR"));

        assertThat(jdbc.sql("select count(*) from moment where id = ?").param(moment).query(Long.class).single())
                .isEqualTo(1);
        RuleRow after = lead(() -> rules.get(broken.id()));
        assertThat(after.lastErrorId()).hasSize(8);
        assertThat(after.lastError()).contains("Nothing to exclude");
        assertThat(lead(() -> rules.countHits(healthy.id()))).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from rule_pending where item_id = ?").param(moment).query(Long.class)
                .single()).isZero();
    }

    @Test
    void theSameItemTwiceActsOnce() {
        RuleRow rule = enabled(promote("twice", marker + " echo", RuleAction.ROUTE_TO_QUEUE, QueueCategory.ABUSE,
                Set.of()));
        long moment = ingest(marker + " echo echo", Set.of("BR"));
        announce(moment, Set.of("BR"));
        matching.drain();

        assertThat(lead(() -> rules.countHits(rule.id()))).isEqualTo(1);
        assertThat(caseCount(moment)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'REVIEW_CASE_OPENED' and summary like ?")
                .param("%Moment " + moment + " in %").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void rePromotingTakesTheSavedSearchsNewQueryAndReturnsToShadow() {
        RuleRow rule = enabled(promote("drift", marker + " tide", RuleAction.ROUTE_TO_QUEUE, QueueCategory.OTHER,
                Set.of()));
        long savedId = jdbc.sql("select saved_search_id from ingest_rule where id = ?").param(rule.id())
                .query(Long.class).single();
        jdbc.sql("update saved_search set query = ? where id = ?").param(marker + " moon").param(savedId).update();

        RuleRow drifted = lead(() -> rules.get(rule.id()));
        assertThat(drifted.query()).isEqualTo(marker + " tide"); // the live rule did not change
        assertThat(drifted.savedQueryNow()).isEqualTo(marker + " moon");
        assertThat(drifted.mayRepromote()).isTrue();

        RuleRow repromoted = lead(() -> rules.repromote(rule.id(), drifted.version()));
        assertThat(repromoted.query()).isEqualTo(marker + " moon");
        assertThat(repromoted.revision()).isEqualTo(2);
        assertThat(repromoted.mode()).isEqualTo(RuleMode.SHADOW);
        assertThat(repromoted.savedQueryNow()).isNull();
        assertThatThrownBy(() -> lead(() -> rules.disable(rule.id(), drifted.version())))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void whoMayDoWhat() {
        String name = marker + "-auth";
        long saved = as("lead-all", Set.of(Role.LEAD_MODERATOR), Set.of("*"),
                () -> savedSearches.save(name, marker + " auth", SearchSort.NEWEST, true).id());
        for (Role role : new Role[] {Role.MODERATOR, Role.POLICY_ADMIN, Role.CURATOR, Role.AUDITOR}) {
            as("x-" + role, Set.of(role), Set.of("*"), () -> {
                assertThat(rules.canSee()).isFalse();
                assertThatThrownBy(rules::list).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> rules.promote(saved, name + role, RuleAction.RAISE_PRIORITY, null, Set.of()))
                        .isInstanceOf(AccessDeniedException.class);
            });
        }
        // a lead for Brazil: rules in Brazil only; not for every market, not for France
        RuleRow br = as("lead-br", Set.of(Role.LEAD_MODERATOR), Set.of("BR"), () -> {
            assertThat(rules.canSee()).isTrue();
            assertThatThrownBy(() -> rules.promote(saved, name + " all", RuleAction.RAISE_PRIORITY, null, Set.of()))
                    .isInstanceOf(AccessDeniedException.class).hasMessageContaining("every market");
            assertThatThrownBy(() -> rules.promote(saved, name + " fr", RuleAction.RAISE_PRIORITY, null,
                    Set.of("BR", "FR"))).isInstanceOf(AccessDeniedException.class).hasMessageContaining("FR");
            return rules.promote(saved, name + " br", RuleAction.RAISE_PRIORITY, null, Set.of("BR"));
        });
        RuleRow fr = as("lead-all", Set.of(Role.LEAD_MODERATOR), Set.of("*"),
                () -> rules.promote(saved, name + " fr", RuleAction.RAISE_PRIORITY, null, Set.of("FR")));
        as("lead-br", Set.of(Role.LEAD_MODERATOR), Set.of("BR"), () -> {
            assertThat(rules.list()).extracting(RuleRow::id).contains(br.id()).doesNotContain(fr.id());
            assertThat(rules.get(br.id()).mayEnable()).isFalse();
            // leads never enable
            assertThatThrownBy(() -> rules.enable(br.id(), br.version())).isInstanceOf(AccessDeniedException.class);
        });
        // an admin for France only: not Brazil's rule
        as("admin-fr", Set.of(Role.ADMIN), Set.of("FR"), () -> {
            assertThatThrownBy(() -> rules.enable(br.id(), br.version()))
                    .isInstanceOf(com.clipdesk.shared.NotFoundException.class);
            RuleRow enabled = rules.enable(fr.id(), fr.version());
            assertThat(enabled.mode()).isEqualTo(RuleMode.ENABLED);
            assertThat(enabled.mayDelete()).isFalse();
            assertThatThrownBy(() -> rules.delete(fr.id(), enabled.version())).isInstanceOf(IllegalStateException.class);
        });
        // a lead covering it disables and deletes
        as("lead-all", Set.of(Role.LEAD_MODERATOR), Set.of("*"), () -> {
            RuleRow disabled = rules.disable(fr.id(), rules.get(fr.id()).version());
            rules.delete(fr.id(), disabled.version());
            assertThat(rules.list()).extracting(RuleRow::id).doesNotContain(fr.id());
        });
        assertThat(jdbc.sql("select action from audit_event where subject_kind = 'RULE' and subject_id = ? order by id")
                .param(String.valueOf(fr.id())).query(String.class).list())
                .containsExactly("RULE_PROMOTED", "RULE_ENABLED", "RULE_DISABLED", "RULE_DELETED");
        // reports are not content: a rule cannot look for them
        long reportSearch = as("lead-all", Set.of(Role.LEAD_MODERATOR), Set.of("*"),
                () -> savedSearches.save(name + " reports", "kind:report spam", SearchSort.NEWEST, false).id());
        as("lead-all", Set.of(Role.LEAD_MODERATOR), Set.of("*"), () -> assertThatThrownBy(() -> rules.promote(
                reportSearch, name + " reports", RuleAction.RAISE_PRIORITY, null, Set.of()))
                .isInstanceOf(QuerySyntaxException.class).hasMessageContaining("not on reports"));
    }

    @Test
    void dryRunCountsRecentExistingContent() {
        long rule = promote("dry", marker + " meteor", RuleAction.RAISE_PRIORITY, null, Set.of()).id();
        data.moment(episode, creator, marker + " meteor shower", Set.of("BR"));
        // fixtures are created at 2026-11-01T12:00Z: inside a 90-day window of the test clock's now
        long days = Math.max(1, java.time.Duration.between(Instant.parse("2026-11-01T00:00:00Z"), Instant.now())
                .toDays() + 1);
        if (days <= Rules.MAX_DRY_RUN_DAYS) {
            assertThat(lead(() -> rules.dryRun(rule, (int) days))).isEqualTo(1);
        }
        assertThatThrownBy(() -> lead(() -> rules.dryRun(rule, 0))).isInstanceOf(IllegalArgumentException.class);
    }

    // --- helpers

    private RuleRow promote(String suffix, String query, RuleAction action, QueueCategory category,
            Set<String> markets) {
        return lead(() -> {
            long saved = savedSearches.save(marker + " " + suffix, query, SearchSort.NEWEST, false).id();
            return rules.promote(saved, marker + " " + suffix, action, category, markets);
        });
    }

    private RuleRow enabled(RuleRow rule) {
        return as("admin-all", Set.of(Role.ADMIN), Set.of("*"), () -> rules.enable(rule.id(), rule.version()));
    }

    /** A new Moment, then its announcement in a transaction of its own, as the ingest API does. */
    private long ingest(String caption, Set<String> markets) {
        long id = data.moment(episode, creator, caption, markets).getId();
        announce(id, markets);
        return id;
    }

    private void announce(long moment, Set<String> markets) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> events.publishEvent(
                new ContentIngested(new ContentRef(ContentKind.MOMENT, moment), "ext-" + moment, markets,
                        Instant.now())));
    }

    private long caseCount(long moment) {
        return jdbc.sql("select count(*) from review_case where subject_kind = 'MOMENT' and subject_id = ?")
                .param(moment).query(Long.class).single();
    }

    private String category(long moment) {
        return jdbc.sql("select e.category from review_queue_entry e join review_case c on c.id = e.case_id "
                + "where c.subject_kind = 'MOMENT' and c.subject_id = ?").param(moment).query(String.class).single();
    }

    private <T> T lead(Supplier<T> action) {
        return as(marker + "-lead", Set.of(Role.LEAD_MODERATOR), Set.of("*"), action);
    }

    private static <T> T as(String user, Set<Role> roles, Set<String> markets, Supplier<T> action) {
        AtomicReference<T> result = new AtomicReference<>();
        AsStaff.run(user, roles, markets, () -> result.set(action.get()));
        return result.get();
    }

    private static void as(String user, Set<Role> roles, Set<String> markets, Runnable action) {
        AsStaff.run(user, roles, markets, action);
    }
}
