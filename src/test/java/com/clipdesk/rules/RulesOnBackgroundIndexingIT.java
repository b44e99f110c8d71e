package com.clipdesk.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.content.Moment;
import com.clipdesk.search.SavedSearches;
import com.clipdesk.search.SearchSort;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import com.clipdesk.support.Chromium;
import com.clipdesk.support.ProductBackendClient;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ingest as production runs it (issue 11): the answer does not wait for the search index
 * ({@code clipdesk.ingest.wait-for-index=false}) and the rules match in the background with no sweep.
 * A pushed Moment still becomes searchable with every field its document has when indexed from the
 * entity, and an enabled rule acts on it once the index has it, without waiting for a sweep.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "clipdesk.ingest.wait-for-index=false", "clipdesk.rules.async=true", "clipdesk.rules.schedule=false"})
@ActiveProfiles("test")
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
class RulesOnBackgroundIndexingIT {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort int port;
    @Autowired TestData data;
    @Autowired Rules rules;
    @Autowired SavedSearches savedSearches;
    @Autowired JdbcClient jdbc;
    @Autowired EntityManagerFactory emf;
    @Autowired ApplicationContext context;

    final String marker = "zbg" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);

    @AfterAll
    void removeRules() {
        jdbc.sql("delete from rule_hit where rule_id in (select id from ingest_rule where name like ?)")
                .param(marker + "%").update();
        jdbc.sql("delete from ingest_rule where name like ?").param(marker + "%").update();
    }

    @Test
    void aPushedMomentIsIndexedAfterTheAnswerAndAnEnabledRuleActsOnIt() throws Exception {
        Chromium.useSecurityStrategyOf(context);
        data.markets("FR", "DE");
        Episode episode = data.episode("Background " + marker, 1800);
        RuleRow rule = as(Set.of(Role.LEAD_MODERATOR), () -> {
            long saved = savedSearches.save(marker + " spoil", marker + " dies", SearchSort.NEWEST, false).id();
            return rules.promote(saved, marker + " spoil", RuleAction.PRE_FLAG_SPOILER, null, Set.of());
        });
        as(Set.of(Role.ADMIN), () -> rules.enable(rule.id(), rule.version()));

        ProductBackendClient client = new ProductBackendClient(port);
        HttpResponse<String> answer = client.send("POST", "/api/ingest/bulk", client.token(), "application/x-ndjson",
                "{\"type\":\"member\",\"externalId\":\"" + marker + "-c\",\"version\":1,\"handle\":\"" + marker
                        + "\",\"homeMarket\":\"FR\",\"ageBand\":\"25_34\"}\n"
                        + "{\"type\":\"moment\",\"externalId\":\"" + marker + "-m\",\"version\":1,\"episodeId\":"
                        + episode.getId() + ",\"startSecond\":60,\"endSecond\":90,\"caption\":\"" + marker
                        + " the captain dies\",\"language\":\"en\",\"creator\":\"" + marker
                        + "-c\",\"markets\":[\"FR\",\"DE\"]}");
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode moment = JSON.readTree(answer.body()).get("results").get(1);
        assertThat(moment.get("status").stringValue()).isEqualTo("accepted");
        long id = moment.get("id").longValue();

        // searchable shortly after the answer, by the fields taken from its episode, creator and holds
        eventually("the Moment is searchable", () -> !search(s -> s.search(Moment.class)
                .where(f -> f.match().field("text").matching(marker)).fetchHits(5)).isEmpty());
        assertThat(search(s -> s.search(Moment.class).where(f -> f.and(
                f.match().field("creatorHandle").matching(marker),
                f.match().field("titleName").matching("background"),
                f.match().field("language").matching("en"),
                f.match().field("markets").matching("DE"))).fetchHits(5)))
                .extracting(Moment::getId).containsExactly(id);
        // no release date in FR or DE: held back in both, so members of neither find it
        assertThat(search(s -> s.search(Moment.class).where(f -> f.and(f.match().field("text").matching(marker),
                f.match().field("visibleMarkets").matching("FR"))).fetchHits(5))).isEmpty();

        // the enabled rule flagged it once the index had it, with no sweep running
        eventually("the rule flagged the Moment", () -> jdbc.sql("select count(*) from spoiler_flag where "
                + "item_kind = 'MOMENT' and item_id = ? and active = 1 and flagged_by = ?").param(id)
                .param("rule:" + rule.name()).query(Long.class).single() == 1);
        // ... and its batch leaves the queue once evaluated (right after the flag's own transaction)
        eventually("the Moment left the rules' queue", () -> jdbc.sql("select count(*) from rule_pending where "
                + "item_kind = 'MOMENT' and item_id = ?").param(id).query(Long.class).single() == 0);
        // ... and the index follows the flag
        eventually("the index has the flag", () -> !search(s -> s.search(Moment.class).where(f -> f.and(
                f.match().field("text").matching(marker), f.match().field("spoiler").matching(true))).fetchHits(5))
                .isEmpty());
    }

    private <T> List<T> search(Function<org.hibernate.search.mapper.orm.session.SearchSession, List<T>> query) {
        try (EntityManager em = emf.createEntityManager()) {
            return query.apply(Search.session(em));
        }
    }

    private static void eventually(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what + " within 20 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private <T> T as(Set<Role> roles, java.util.function.Supplier<T> action) {
        AtomicReference<T> result = new AtomicReference<>();
        AsStaff.run(marker + "-staff", roles, Set.of("*"), () -> result.set(action.get()));
        return result.get();
    }
}
