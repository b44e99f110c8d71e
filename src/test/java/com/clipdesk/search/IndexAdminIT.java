package com.clipdesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clipdesk.TestData;
import com.clipdesk.report.ReportReason;
import com.clipdesk.content.ContentKind;
import com.clipdesk.catalog.Episode;
import com.clipdesk.member.Member;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Index administration against the real index. Small batches with a pause make a rebuild last long
 * enough to cancel it midway ({@link #SLOW}; the view test shares this configuration).
 */
@SpringBootTest
@ActiveProfiles("test")
@TestPropertySource(properties = {IndexAdminIT.SLOW_BATCHES, IndexAdminIT.SLOW_PAUSE})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexAdminIT {

    static final String SLOW_BATCHES = "clipdesk.search.rebuild.batch-size=5";
    static final String SLOW_PAUSE = "clipdesk.search.rebuild.pause-per-batch=40ms";
    static final String SLOW = SLOW_BATCHES + ", " + SLOW_PAUSE;
    private static final String ADMIN = "index-admin-it";

    @Autowired
    IndexAdmin indexAdmin;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    void fixtures() {
        data.markets("BR", "MX");
        Episode episode = data.episode("Index Admin " + System.nanoTime(), 2400);
        Member creator = data.member("BR");
        for (int i = 0; i < 150; i++) {
            data.moment(episode, creator, "index admin fixture " + i, Set.of("BR"));
        }
        data.submission(episode, creator, "index admin theory", Set.of("BR", "MX"));
        Member friend = data.member("BR");
        data.recommendation(episode, creator, friend, "index admin tip, never reported", "BR");
        long reported = data.recommendation(episode, creator, friend, "index admin tip, reported", "BR").getId();
        data.report(ContentKind.PRIVATE_RECOMMENDATION, reported, friend, ReportReason.SPAM, "BR");
        data.message(data.party(episode, creator, "BR"), creator, "index admin chat", "en", 1);
        // other test classes in this JVM share the database, not this context's index: start level
        asAdmin(() -> awaitFinished(indexAdmin.start(null)));
    }

    @Test
    void countsAreEqualAfterIndexingAndNewFixturesAreCountedOnCommit() {
        List<IndexAdmin.Count> before = asAdmin(indexAdmin::counts);
        assertThat(before).extracting(IndexAdmin.Count::entity).containsExactly(IndexAdmin.Entity.values());
        assertThat(before).allSatisfy(c -> assertThat(c.difference()).isZero());
        assertThat(before).filteredOn(c -> c.entity() != IndexAdmin.Entity.MOMENT
                && c.entity() != IndexAdmin.Entity.FANDOM_SUBMISSION).allSatisfy(c -> assertThat(c.inIndex()).isPositive());
        IndexAdmin.Count recommendations = before.stream()
                .filter(c -> c.entity() == IndexAdmin.Entity.PRIVATE_RECOMMENDATION).findFirst().orElseThrow();
        long reportedRows = jdbc.sql("select count(*) from private_recommendation where report_count > 0")
                .query(Long.class).single();
        assertThat(recommendations.inDatabase()).as("reported ones only").isEqualTo(reportedRows);

        Episode episode = data.episode("Index Admin more " + System.nanoTime(), 1200);
        data.moment(episode, data.member("BR"), "one more", Set.of("BR"));

        IndexAdmin.Count moments = asAdmin(indexAdmin::counts).getFirst();
        assertThat(moments.inDatabase()).isEqualTo(before.getFirst().inDatabase() + 1);
        assertThat(moments.difference()).isZero();
    }

    @Test
    void aRebuildRunsToCompletionCountsMatchAndStartAndEndAreAudited() {
        auditedBefore = lastAuditId(); // the audit trail is append-only: read what this test adds
        IndexAdminRun.Progress done = asAdmin(() -> awaitFinished(indexAdmin.start(IndexAdmin.Entity.MOMENT)));

        assertThat(done.state()).isEqualTo(IndexAdminRun.State.COMPLETED);
        IndexAdmin.Count moments = asAdmin(indexAdmin::counts).getFirst();
        assertThat(done.total()).isEqualTo(moments.inDatabase());
        assertThat(done.done()).isEqualTo(moments.inDatabase());
        assertThat(moments.difference()).isZero();
        assertThat(done.perSecond()).isPositive();
        assertThat(IndexAdmin.summary(done)).matches("[\\d,]+ documents in \\d+\\.\\d s, [\\d,]+/s");
        assertThat(auditedActions()).containsExactly("SEARCH_INDEX_REBUILD_STARTED:" + ADMIN,
                "SEARCH_INDEX_REBUILD_COMPLETED:" + ADMIN);
    }

    @Test
    void cancelStopsTheRebuildAndASecondStartIsRefusedWhileOneRuns() throws InterruptedException {
        auditedBefore = lastAuditId(); // the audit trail is append-only: read what this test adds
        IndexAdminRun run = asAdmin(() -> indexAdmin.start(null));
        assertThatThrownBy(() -> asAdmin(() -> indexAdmin.start(IndexAdmin.Entity.MOMENT)))
                .isInstanceOf(IndexAdmin.AlreadyRunningException.class).hasMessageContaining("still running");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (run.progress().done() < 10 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(indexAdmin.rebuildPercent()).as("the search page's notice: any signed-in searcher may ask")
                .isPresent();
        assertThat(indexAdmin.rebuildPercent().getAsInt()).isBetween(0, 100);
        assertThat(asAdmin(indexAdmin::cancel)).isTrue();

        IndexAdminRun.Progress stopped = awaitFinished(run);
        assertThat(stopped.state()).isEqualTo(IndexAdminRun.State.CANCELLED);
        assertThat(indexAdmin.rebuildPercent()).as("no notice once it stopped").isEmpty();
        assertThat(stopped.done()).isLessThan(stopped.total());
        Thread.sleep(500);
        assertThat(run.progress().done()).as("nothing is written after the run says it stopped")
                .isEqualTo(stopped.done());
        long indexed = asAdmin(indexAdmin::counts).stream().mapToLong(IndexAdmin.Count::inIndex).sum();
        assertThat(indexed).isLessThan(stopped.total());
        assertThat(IndexAdmin.summary(stopped)).startsWith("Cancelled after ");
        assertThat(auditedActions()).containsExactly("SEARCH_INDEX_REBUILD_STARTED:" + ADMIN,
                "SEARCH_INDEX_REBUILD_CANCEL_REQUESTED:" + ADMIN, "SEARCH_INDEX_REBUILD_CANCELLED:" + ADMIN);

        // a new rebuild may start once it stopped, and leaves the index whole again
        assertThat(asAdmin(() -> awaitFinished(indexAdmin.start(null))).state())
                .isEqualTo(IndexAdminRun.State.COMPLETED);
        assertThat(asAdmin(indexAdmin::counts)).allSatisfy(c -> assertThat(c.difference()).isZero());
    }

    @Test
    void commitToSearchableIsMeasuredWithoutChangingContent() {
        Long version = jdbc.sql("select version from moment where id = (select min(id) from moment)")
                .query(Long.class).single();
        IndexAdmin.Latency latency = asAdmin(indexAdmin::measureCommitToSearchable);
        assertThat(latency.millis()).isNotNegative().isLessThan(30_000);
        assertThat(asAdmin(indexAdmin::lastLatency)).contains(latency);
        assertThat(jdbc.sql("select version from moment where id = :id").param("id", latency.momentId())
                .query(Long.class).single()).isEqualTo(version);
        assertThat(asAdmin(indexAdmin::counts)).allSatisfy(c -> assertThat(c.difference()).isZero());
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
    void everyOtherRoleIsDenied(Role role) {
        List<Runnable> calls = List.of(indexAdmin::counts, () -> indexAdmin.start(null), indexAdmin::cancel,
                indexAdmin::current, indexAdmin::measureCommitToSearchable, indexAdmin::lastLatency);
        for (Runnable call : calls) {
            AsStaff.run(Set.of(role), Set.of("*"), () -> assertThatThrownBy(call::run)
                    .isInstanceOf(AccessDeniedException.class));
        }
        assertThatThrownBy(indexAdmin::counts).as("not signed in").isInstanceOf(AccessDeniedException.class);
    }

    private long auditedBefore;

    private long lastAuditId() {
        return jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
    }

    private List<String> auditedActions() {
        // the end is recorded by the worker right after it stops
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<String> actions;
        do {
            actions = jdbc.sql("select action, actor from audit_event where subject_kind = 'SEARCH_INDEX' "
                    + "and action like 'SEARCH_INDEX_REBUILD%' and id > ? order by id").param(auditedBefore)
                    .query((rs, n) -> rs.getString(1) + ":" + rs.getString(2)).list();
        } while (!actions.getLast().matches(".*_(COMPLETED|CANCELLED|FAILED):.*") && System.nanoTime() < deadline);
        return actions;
    }

    static IndexAdminRun.Progress awaitFinished(IndexAdminRun run) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!run.progress().finished()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("rebuild did not finish: " + run.progress());
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
        return run.progress();
    }

    private static <T> T asAdmin(Supplier<T> call) {
        Object[] result = new Object[1];
        AsStaff.run(ADMIN, Set.of(Role.ADMIN), Set.of("*"), () -> result[0] = call.get());
        @SuppressWarnings("unchecked")
        T typed = (T) result[0];
        return typed;
    }
}
