package com.clipdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.ClipdeskApplication;
import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.content.ContentKind;
import com.clipdesk.content.Moment;
import com.clipdesk.content.ShareDestination;
import com.clipdesk.curation.BoardKey;
import com.clipdesk.curation.BoardView;
import com.clipdesk.curation.CurationService;
import com.clipdesk.member.Member;
import com.clipdesk.policy.PolicyRules;
import com.clipdesk.policy.PolicyVersionView;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import com.clipdesk.support.Chromium;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.clipdesk.support.LinkResolverClient;
import com.clipdesk.support.MemberAppClient;
import com.clipdesk.support.PolicyFixtures;
import com.clipdesk.takedown.TakedownFixtures;
import com.clipdesk.takedown.TakedownService;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.cache.Cache;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/**
 * Two app nodes on one database, as behind a load balancer: two Spring contexts in this JVM, each with
 * its own web server on a random port, its own caches and its own scheduler, sharing the test database
 * (H2 in memory, or the MariaDB of CLIPDESK_TEST_DATASOURCE_URL). What a user or the product sees on
 * node B after a change made on node A, and that a job both nodes' timers fire at once does its work
 * once. Search across nodes is not tested here: each node's embedded Lucene index is its own (several
 * nodes need the shared search engine, docs/operations.md "Several nodes").
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesIT {

    /** The takedown goal (docs/benchmarks.md, TakedownBench: takedown.effective.p99 at most 5 s). */
    static final Duration TAKEDOWN_GOAL = Duration.ofSeconds(5);
    static final Duration POLICY_REFRESH = Duration.ofSeconds(5);
    static final Duration FEATURED_RECHECK = Duration.ofSeconds(1);
    static final List<String> CHAIN_RESULTS = List.of("AUDIT_CHAIN_VERIFIED", "AUDIT_CHAIN_BROKEN",
            "AUDIT_CHAIN_VERIFY_CANCELLED");

    ConfigurableApplicationContext a;
    ConfigurableApplicationContext b;

    @BeforeAll
    void startTwoNodes() {
        a = node("a");
        b = node("b");
        Chromium.useSecurityStrategyOf(b);
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

    /**
     * A node as production runs it, on the test profile: the audit verification is scheduled (hourly, so
     * its timer does not fire during the test by itself; the test fires it), the other jobs stay off.
     */
    private static ConfigurableApplicationContext node(String name) {
        return node(name, 0);
    }

    private static ConfigurableApplicationContext node(String name, int port) {
        // arguments, not default properties: they must win over application.properties (server.port=8080)
        return new SpringApplicationBuilder(ClipdeskApplication.class).profiles("test")
                .run("--server.port=" + port, "--clipdesk.audit.schedule=true", "--clipdesk.audit.verify-interval=PT1H",
                        "--spring.application.name=clipdesk-" + name);
    }

    @Test
    void aJobBothNodesFireAtOnceVerifiesTheAuditChainOnce() throws Exception {
        JdbcTemplate db = a.getBean(JdbcTemplate.class);
        // a lock an earlier run left on a kept database (it is held most of an hour after a run)
        db.update("delete from shedlock where name = 'audit-chain-verify'");
        long before = lastAuditId(db);
        Runnable onA = scheduled(a, "AuditChainSchedule.verify");
        Runnable onB = scheduled(b, "AuditChainSchedule.verify");

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService timers = Executors.newFixedThreadPool(2);
        try {
            Future<?> fa = timers.submit(() -> fire(go, onA));
            Future<?> fb = timers.submit(() -> fire(go, onB));
            go.countDown();
            fa.get(30, TimeUnit.SECONDS);
            fb.get(30, TimeUnit.SECONDS);
        } finally {
            timers.shutdownNow();
        }
        assertThat(verificationsSince(db, before)).as("one verification audited, not one per node").isEqualTo(1);

        // node B's timer fires again a moment later: the lock stays for most of the interval
        onB.run();
        assertThat(verificationsSince(db, before)).isEqualTo(1);
        Duration held = db.queryForObject("select locked_at, lock_until from shedlock where name = 'audit-chain-verify'",
                (rs, row) -> Duration.between(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant()));
        assertThat(held).as("kept nine tenths of the hourly interval after the run").isEqualTo(Duration.ofMinutes(54));
    }

    @Test
    void aPolicyPublishedOnNodeAAnswersOnNodeB() {
        TestData dataA = data(a);
        dataA.markets("LI");
        Episode episode = dataA.episode("Two nodes policy " + System.nanoTime(), 1800);
        MemberAppClient appOnB = new MemberAppClient(port(b));
        String bearer = appOnB.token("policy.decide");
        String question = "{\"market\":\"LI\",\"titleId\":" + episode.getSeason().getTitle().getId() + ",\"episodeId\":"
                + episode.getId() + ",\"clipSeconds\":30,\"destination\":\"x\",\"ageBand\":\"25_34\"}";
        HttpResponse<String> first = appOnB.decide(bearer, question);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);

        PolicyVersionView published = onA(() -> a.getBean(PolicyFixtures.class).publish("LI",
                new PolicyRules(Set.of(ShareDestination.COPY_LINK), null, null, null, null, null), null));
        long publishedAt = System.nanoTime();

        String answer = awaitOnB(() -> appOnB.decide(bearer, question).body(),
                body -> body.contains("\"policyVersion\":" + published.number() + ","),
                POLICY_REFRESH.plusSeconds(5), "policy on B", publishedAt);
        assertThat(answer).contains("\"allowed\":false", "\"code\":\"destination_not_allowed\"");
    }

    @Test
    void aFeaturedListPublishedOnNodeAIsServedByNodeB() {
        TestData dataA = data(a);
        dataA.markets("MC");
        Episode episode = dataA.episode("Two nodes featured " + System.nanoTime(), 1800);
        Member creator = dataA.member("MC");
        long moment = dataA.moment(episode, creator, "featured on A", Set.of("MC")).getId();
        long titleId = episode.getSeason().getTitle().getId();
        MemberAppClient appOnB = new MemberAppClient(port(b));
        String bearer = appOnB.token("featured.read");
        String path = "MC?surface=title_page&title=" + titleId;
        assertThat(appOnB.featured(bearer, path, null).body()).as("B has read the empty board").contains("\"items\":[]");

        CurationService curation = a.getBean(CurationService.class);
        BoardKey key = BoardKey.titlePage("MC", titleId);
        BoardView draft = onA(() -> admin(() -> curation.add(key, null, moment, null, null)));
        onA(() -> admin(() -> curation.publish(key, draft.version())));
        long publishedAt = System.nanoTime();

        awaitOnB(() -> appOnB.featured(bearer, path, null).body(), body -> body.contains("\"momentId\":" + moment + ","),
                FEATURED_RECHECK.plusSeconds(4), "featured list on B", publishedAt);
    }

    @Test
    void aTakedownOnNodeAIsInForceOnNodeBWithinTheGoal() {
        TestData dataA = data(a);
        dataA.markets("AD", "PT");
        Episode episode = dataA.episode("Two nodes takedown " + System.nanoTime(), 1800);
        Moment moment = dataA.moment(episode, dataA.member("AD"), "taken down on A", Set.of("AD", "PT"));
        String token = "n" + Long.toString(System.nanoTime(), 36);
        dataA.shareLink(moment, token);
        LinkResolverClient resolverOnB = new LinkResolverClient(port(b));
        String bearer = resolverOnB.token();
        assertThat(resolverOnB.status(bearer, token + "?market=AD").body()).contains("\"status\":\"allowed\"");
        assertThat(b.getBean("share-link-facts", Cache.class).get(token)).as("B answers from its cache now").isNotNull();

        onA(() -> {
            AsStaff.run("lead", Set.of(Role.LEAD_MODERATOR), Set.of("*"), () -> a.getBean(TakedownService.class)
                    .takeDown(TakedownFixtures.inMarkets(ContentKind.MOMENT, moment.getId(), "AD")));
            return null;
        });
        long decidedAt = System.nanoTime();

        awaitOnB(() -> resolverOnB.status(bearer, token + "?market=AD").body(),
                body -> body.contains("\"status\":\"blocked\""), TAKEDOWN_GOAL, "takedown on B", decidedAt);
        assertThat(resolverOnB.status(bearer, token + "?market=AD").body()).contains("\"reason\":\"taken_down\"");
        assertThat(resolverOnB.status(bearer, token + "?market=PT").body()).contains("\"status\":\"allowed\"");
    }

    /**
     * Node B goes away under a signed-in moderator and the balancer sends their browser to a node that
     * never saw their session (here: a new node at B's address, so the browser's origin and cookie stay
     * the same). Their next click finds no session: Vaadin reloads the page, Spring Security sends it
     * through the OIDC sign-in, and they land on the page they were on. The development provider's own
     * session lived on B too, so it asks for the password; a company provider's live session would not.
     */
    @Test
    void aStaffMemberWhoseNodeWentAwaySignsInAgainAndLandsOnTheSamePage() {
        int address = port(b);
        try (Chromium chromium = new Chromium(); BrowserContext browser = chromium.newContext()) {
            Page page = browser.newPage();
            page.setDefaultTimeout(Chromium.TIMEOUT);
            PlaywrightAssertions.setDefaultAssertionTimeout(Chromium.TIMEOUT);
            page.navigate("http://localhost:" + address + "/review");
            Chromium.signIn(page, "moderator");
            PlaywrightAssertions.assertThat(page.locator(".cd-staff-name")).hasText("Mariana Costa");
            PlaywrightAssertions.assertThat(page).hasURL(Pattern.compile(".*/review(\\?continue)?$"));

            b.close();
            b = node("b2", address);
            Chromium.useSecurityStrategyOf(b);
            page.locator("vaadin-side-nav-item").nth(2).click();

            PlaywrightAssertions.assertThat(page).hasURL(Pattern.compile(".*/login$"));
            Chromium.signIn(page, "moderator");
            PlaywrightAssertions.assertThat(page).hasURL(Pattern.compile(".*/review(\\?continue)?$"));
            PlaywrightAssertions.assertThat(page.locator(".cd-staff-name")).hasText("Mariana Costa");
            Chromium.screenshot(page, "node-gone-signed-in-again.png");
        }
    }

    /** Asks node B until the answer passes, at most {@code within} after {@code since}; prints how long it took. */
    private static String awaitOnB(Supplier<String> ask, Predicate<String> passes, Duration within, String what,
            long since) {
        long deadline = since + within.toNanos();
        String last;
        do {
            last = ask.get();
            if (passes.test(last)) {
                double ms = (System.nanoTime() - since) / 1e6;
                System.out.println(String.format(Locale.ROOT, "TWO-NODES %s after %.0f ms", what, ms));
                return last;
            }
            sleep(25);
        } while (System.nanoTime() < deadline);
        throw new AssertionError(what + ": not seen within " + within + "; last answer " + last);
    }

    /** The scheduler's own task for a method (the runnable the timer runs, through the bean's proxy). */
    private static Runnable scheduled(ConfigurableApplicationContext node, String method) {
        return node.getBeansOfType(ScheduledTaskHolder.class).values().stream()
                .flatMap(h -> h.getScheduledTasks().stream()).map(ScheduledTask::getTask)
                .filter(t -> t.toString().endsWith(method)).findFirst()
                .orElseThrow(() -> new AssertionError("no scheduled task " + method)).getRunnable();
    }

    private static void fire(CountDownLatch go, Runnable task) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        task.run();
    }

    private static long lastAuditId(JdbcTemplate db) {
        Long id = db.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);
        return id == null ? 0 : id;
    }

    private static int verificationsSince(JdbcTemplate db, long id) {
        Integer n = db.queryForObject("select count(*) from audit_event where id > ? and action in (?, ?, ?)",
                Integer.class, id, CHAIN_RESULTS.get(0), CHAIN_RESULTS.get(1), CHAIN_RESULTS.get(2));
        return n == null ? 0 : n;
    }

    private static TestData data(ConfigurableApplicationContext node) {
        return node.getBean(TestData.class);
    }

    private static int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getProperty("local.server.port", "0"));
    }

    /**
     * Acts on node A as staff. Both servers share this JVM's static SecurityContextHolder, which Vaadin
     * points at one context's strategy (see {@link Chromium#useSecurityStrategyOf}): node A's while
     * acting on it, node B's again for the requests to B (its token endpoint and APIs). Separate
     * processes in production have no such coupling.
     */
    private <T> T onA(Supplier<T> action) {
        Chromium.useSecurityStrategyOf(a);
        try {
            return action.get();
        } finally {
            Chromium.useSecurityStrategyOf(b);
        }
    }

    private static <T> T admin(Supplier<T> action) {
        AtomicReference<T> result = new AtomicReference<>();
        AsStaff.run("alex", Set.of(Role.ADMIN), Set.of("*"), () -> result.set(action.get()));
        return result.get();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
