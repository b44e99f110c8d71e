package com.clipdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.ClipdeskApplication;
import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.content.ContentKind;
import com.clipdesk.content.Moment;
import com.clipdesk.member.Member;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import com.clipdesk.support.Await;
import com.clipdesk.support.OpenSearchNode;
import com.clipdesk.takedown.TakedownFixtures;
import com.clipdesk.takedown.TakedownService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two app nodes on one database and one OpenSearch cluster (issue 12): what node A writes, node B's
 * searches find, and a takedown decided on A is what B's searches show. Each node indexes its own
 * Configured as an operator would, coordination left at auto: through Hibernate Search's outbox, so
 * what A commits is indexed by one of the two nodes' agents a moment later, and B's searches are
 * awaited ({@link OutboxCoordinationIT} covers the coordination itself).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesOpenSearchIT {

    ConfigurableApplicationContext a;
    ConfigurableApplicationContext b;
    final String marker = "ztn" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);

    @BeforeAll
    void startTwoNodes() {
        a = node("a");
        b = node("b");
    }

    @AfterAll
    void stopBoth() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    /** A node configured for OpenSearch through the variables an operator sets. */
    private static ConfigurableApplicationContext node(String name) {
        return new SpringApplicationBuilder(ClipdeskApplication.class).profiles("test").run("--server.port=0",
                "--CLIPDESK_SEARCH_ENGINE=opensearch", "--CLIPDESK_SEARCH_HOSTS=" + OpenSearchNode.hosts(),
                "--CLIPDESK_SEARCH_PROTOCOL=http", "--CLIPDESK_SEARCH_VERSION=opensearch:3.8",
                "--spring.application.name=clipdesk-opensearch-" + name);
    }

    @Test
    void aMomentWrittenOnNodeAIsFoundOnNodeBAndATakedownOnAIsWhatBShows() {
        TestData onA = a.getBean(TestData.class);
        onA.markets("FR", "DE");
        Episode episode = onA.episode("Two nodes search " + marker, 1800);
        Member creator = onA.member("FR");
        long moment = onA.moment(episode, creator, marker + " on the lighthouse stairs", Set.of("FR", "DE")).getId();

        // B finds what A indexed, by the fields its document has
        awaitIds(() -> search(b, s -> s.search(Moment.class).where(f -> f.match().field("text").matching(marker))
                .fetchHits(5)), List.of(moment));
        awaitIds(() -> search(b, s -> s.search(Moment.class).where(f -> f.and(f.match().field("text").matching(marker),
                f.match().field("visibleMarkets").matching("FR"))).fetchHits(5)), List.of(moment));

        // a takedown in FR decided on A: B's searches leave it out of FR and show it blocked there
        long decided = System.nanoTime();
        AsStaff.run("lead", Set.of(Role.LEAD_MODERATOR), Set.of("*"), () -> a.getBean(TakedownService.class)
                .takeDown(TakedownFixtures.inMarkets(ContentKind.MOMENT, moment, "FR")));
        awaitIds(() -> search(b, s -> s.search(Moment.class).where(f -> f.and(f.match().field("text").matching(marker),
                f.match().field("visibleMarkets").matching("FR"))).fetchHits(5)), List.of());
        long searchable = System.nanoTime();
        assertThat(Duration.ofNanos(searchable - decided)).as("the takedown goal: out of B's searches within 5 s")
                .isLessThan(Duration.ofSeconds(5));
        assertThat(search(b, s -> s.search(Moment.class).where(f -> f.and(f.match().field("text").matching(marker),
                f.match().field("blockedMarkets").matching("FR"))).fetchHits(5))).extracting(Moment::getId)
                .containsExactly(moment);
        assertThat(search(b, s -> s.search(Moment.class).where(f -> f.and(f.match().field("text").matching(marker),
                f.match().field("visibleMarkets").matching("DE"))).fetchHits(5))).as("still visible in DE")
                .extracting(Moment::getId).containsExactly(moment);
    }

    /** Waits until the search finds exactly {@code expected}; fails with what it finds then. */
    private static void awaitIds(Supplier<List<Moment>> search, List<Long> expected) {
        try {
            Await.until(Duration.ofSeconds(30), "the search finds " + expected,
                    () -> search.get().stream().map(Moment::getId).toList().equals(expected));
        } catch (AssertionError timedOut) {
            assertThat(search.get()).extracting(Moment::getId).isEqualTo(expected);
            throw timedOut;
        }
    }

    private static <T> List<T> search(ConfigurableApplicationContext node, Function<SearchSession, List<T>> query) {
        try (EntityManager em = node.getBean(EntityManagerFactory.class).createEntityManager()) {
            return query.apply(Search.session(em));
        }
    }
}
