package com.clipdesk.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clipdesk.TestData;
import com.clipdesk.audit.AuditEvent;
import com.clipdesk.audit.AuditLog;
import com.clipdesk.audit.AuditLog.AuditFilter;
import com.clipdesk.catalog.Episode;
import com.clipdesk.content.ContentKind;
import com.clipdesk.member.Member;
import com.clipdesk.report.ReportReason;
import com.clipdesk.review.ServiceLevels.ServiceLevelView;
import com.clipdesk.shared.ConcurrentEditException;
import com.clipdesk.staff.Role;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/**
 * The rules of changing service levels: validation, concurrent edits, audit, roles, and undecided
 * cases moving to the new deadline. Works in markets of its own so other tests' cases keep theirs.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceLevelsIT {

    private static final String SL = "SL";
    private static final String SM = "SM";

    @Autowired
    ServiceLevels serviceLevels;
    @Autowired
    AuditLog audit;
    @Autowired
    TestData data;
    @Autowired
    ReviewIntake intake;
    @Autowired
    ReviewCaseRepository cases;
    @Autowired
    EntityManager entityManager;

    Episode episode;
    Member member;

    @BeforeAll
    void fixtures() {
        data.markets(SL, SM);
        episode = data.episode("SLA Test " + System.nanoTime(), 3000);
        member = data.member(SL);
    }

    @Test
    void aLeadAddsAMarketOverrideChangesItAndRemovesItEachAudited() {
        ServiceLevelView added = Staff.as("lena", Role.LEAD_MODERATOR,
                () -> serviceLevels.set("HARASSMENT", SM, 6, null));
        assertThat(level("HARASSMENT", SM)).contains(added);
        assertThat(added.hours()).isEqualTo(6);

        ServiceLevelView changed = Staff.as("lena", Role.LEAD_MODERATOR,
                () -> serviceLevels.set("HARASSMENT", SM, 8, added.version()));
        assertThat(changed.hours()).isEqualTo(8);

        Staff.as("ada", Role.ADMIN, () -> serviceLevels.removeOverride("HARASSMENT", SM, changed.version()));
        assertThat(level("HARASSMENT", SM)).isEmpty();

        assertThat(events("SERVICE_LEVEL_SET", "HARASSMENT/SM")).hasSize(2)
                .allSatisfy(e -> {
                    assertThat(e.getActor()).isEqualTo("lena");
                    assertThat(e.getMarketCode()).isEqualTo(SM);
                })
                .anySatisfy(e -> assertThat(e.getSummary()).contains("default 24 h → 6 h"))
                .anySatisfy(e -> assertThat(e.getSummary()).contains("6 h → 8 h"));
        assertThat(events("SERVICE_LEVEL_OVERRIDE_REMOVED", "HARASSMENT/SM")).singleElement()
                .satisfies(e -> assertThat(e.getActor()).isEqualTo("ada"));
    }

    @Test
    void invalidInputIsExplainedAndNothingIsSaved() {
        List<ServiceLevelView> before = all();
        assertInvalid(() -> serviceLevels.set("SPAM", "*", 0, version("SPAM", "*")), "hours",
                "Enter 1 to 720 hours (30 days).");
        assertInvalid(() -> serviceLevels.set("SPAM", "*", 721, version("SPAM", "*")), "hours",
                "Enter 1 to 720 hours (30 days).");
        assertInvalid(() -> serviceLevels.set("RUDENESS", "*", 5, null), "reason",
                "Unknown reason “RUDENESS”: use a report reason such as HATE, or PRE_MODERATION.");
        assertInvalid(() -> serviceLevels.set("SPAM", "QQ", 5, null), "market",
                "Unknown market “QQ”: choose one of the markets, or * for the default.");
        assertInvalid(() -> serviceLevels.removeOverride("SPAM", "*", version("SPAM", "*")), "market",
                "The default of a reason cannot be removed; change its hours instead.");
        assertThat(all()).isEqualTo(before);
    }

    @Test
    void aChangeOverAChangeMadeMeanwhileNamesWhoChangedItAndSavesNothing() {
        ServiceLevelView seen = Staff.as("lena", Role.LEAD_MODERATOR,
                () -> serviceLevels.set("COPYRIGHT", SM, 30, null));
        Staff.as("lena", Role.LEAD_MODERATOR, () -> serviceLevels.set("COPYRIGHT", SM, 20, seen.version()));

        assertThatThrownBy(() -> Staff.as("ada", Role.ADMIN,
                () -> serviceLevels.set("COPYRIGHT", SM, 10, seen.version())))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessage("The service level of COPYRIGHT in SM was changed by lena since you opened it. "
                        + "Nothing was saved; it has been reloaded.");
        assertThatThrownBy(() -> Staff.as("ada", Role.ADMIN,
                () -> serviceLevels.set("COPYRIGHT", SM, 10, null)))
                .as("adding an override someone else added meanwhile").isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> Staff.as("ada", Role.ADMIN,
                () -> serviceLevels.removeOverride("COPYRIGHT", SM, seen.version())))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(level("COPYRIGHT", SM).orElseThrow().hours()).isEqualTo(20);
    }

    @Test
    void undecidedCasesMoveToTheNewDeadlineAtOnceAndBackWhenTheOverrideGoes() {
        long moment = data.moment(episode, member, "sla clip", Set.of(SL)).getId();
        data.report(ContentKind.MOMENT, moment, member, ReportReason.MISINFORMATION, SL);
        intake.gather();
        ReviewCase before = caseOn(moment);
        assertThat(before.getDueAt()).isEqualTo(before.getFirstReportedAt().plus(Duration.ofHours(48)));

        ServiceLevelView override = Staff.as("lena", Role.LEAD_MODERATOR,
                () -> serviceLevels.set("MISINFORMATION", SL, 3, null));

        ReviewCase after = caseOn(moment);
        assertThat(after.getDueAt()).isEqualTo(before.getFirstReportedAt().plus(Duration.ofHours(3)));
        assertThat(after.getRankAt()).isBefore(before.getRankAt());
        assertThat(entityManager.createQuery("select e.rankAt from QueueEntry e where e.caseId = :id", Instant.class)
                .setParameter("id", after.getId()).getResultList()).containsExactly(after.getRankAt());
        assertThat(entityManager.createQuery("select e.dueAt from QueueEntry e where e.caseId = :id", Instant.class)
                .setParameter("id", after.getId()).getResultList()).as("the queue board counts overdue from the entry")
                .containsExactly(after.getDueAt());
        assertThat(after.getVersion()).as("a reviewer holding the case can still decide it")
                .isEqualTo(before.getVersion());
        assertThat(events("SERVICE_LEVEL_SET", "MISINFORMATION/SL")).singleElement()
                .satisfies(e -> assertThat(e.getSummary()).contains("1 undecided case(s) re-ranked"));

        Staff.as("lena", Role.LEAD_MODERATOR,
                () -> serviceLevels.removeOverride("MISINFORMATION", SL, override.version()));
        assertThat(caseOn(moment).getDueAt()).isEqualTo(before.getDueAt());
        assertThat(caseOn(moment).getRankAt()).isEqualTo(before.getRankAt());
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void onlyAdminsAndLeadsChangeServiceLevels(Role role) {
        boolean editor = role == Role.ADMIN || role == Role.LEAD_MODERATOR;
        String reason = "SELF_HARM";
        Runnable add = () -> Staff.as("someone", role, () -> serviceLevels.set(reason, SL, 1, null));
        if (editor) {
            add.run();
            ServiceLevelView added = level(reason, SL).orElseThrow();
            Staff.as("someone", role, () -> serviceLevels.removeOverride(reason, SL, added.version()));
            assertThat(level(reason, SL)).isEmpty();
        } else {
            long defaultVersion = version(reason, "*");
            assertThatThrownBy(add::run).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> Staff.as("someone", role,
                    () -> serviceLevels.set(reason, "*", 5, defaultVersion))).isInstanceOf(AccessDeniedException.class);
            Long seeded = version("HATE", "DE");
            if (seeded != null) {
                assertThatThrownBy(() -> Staff.as("someone", role,
                        () -> serviceLevels.removeOverride("HATE", "DE", seeded)))
                        .isInstanceOf(AccessDeniedException.class);
            }
            assertThat(level(reason, SL)).isEmpty();
            assertThat(level(reason, "*").orElseThrow().hours()).isEqualTo(2);
        }
    }

    private void assertInvalid(Runnable call, String field, String message) {
        assertThatThrownBy(() -> Staff.as("ada", Role.ADMIN, call))
                .isInstanceOfSatisfying(InvalidSettingException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).isEqualTo(message);
                });
    }

    private ReviewCase caseOn(long momentId) {
        return cases.findBySubjectKindAndSubjectId(ContentKind.MOMENT, momentId).orElseThrow();
    }

    private List<ServiceLevelView> all() {
        return Staff.as("ada", Role.ADMIN, () -> serviceLevels.all());
    }

    private Optional<ServiceLevelView> level(String reason, String market) {
        return all().stream().filter(l -> l.reason().equals(reason) && l.market().equals(market)).findFirst();
    }

    private Long version(String reason, String market) {
        return level(reason, market).map(ServiceLevelView::version).orElse(null);
    }

    private List<AuditEvent> events(String action, String subject) {
        return Staff.as("auditor", Role.AUDITOR, () -> audit.find(new AuditFilter(null, action, "SERVICE_LEVEL",
                subject, null, null), Pageable.unpaged()).getContent());
    }
}
