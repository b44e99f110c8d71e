package com.clipdesk.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clipdesk.TestData;
import com.clipdesk.audit.AuditLog;
import com.clipdesk.catalog.TitleKind;
import com.clipdesk.content.ShareDestination;
import com.clipdesk.shared.ConcurrentEditException;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A market's policy through its lifecycle: draft → edit → submit → approve by a second policy admin
 * (never the author) → publish now or later; the effective policy follows; rollback is a new version
 * of an earlier one; conflicts, bad rules and roles are refused with nothing written.
 */
@SpringBootTest
@ActiveProfiles("test")
@RecordApplicationEvents
class PolicyServiceIT {

    private static final Set<Role> POLICY = Set.of(Role.POLICY_ADMIN);

    @Autowired
    TestData data;

    @Autowired
    PolicyService policies;

    @Autowired
    AuditLog audit;

    @Autowired
    ApplicationEvents events;

    /** Each test its own market (no other test writes policies), so their versions do not mix. */
    String market;

    @BeforeEach
    void markets() {
        data.markets("GB", "DE", "ES");
    }

    @Test
    void aDraftIsReviewedByAnotherPolicyAdminAndTakesEffectWhenPublished() {
        market = "GB";
        Instant now = Instant.now();
        EffectivePolicy before = as("ana", () -> policies.effective(market, now));
        assertThat(before.destinations()).as("inherits the default").contains(ShareDestination.X);

        PolicyVersionView draft = as("ana", () -> policies.draft(market, null, "No X after the ad dispute"));
        assertThat(draft.status()).isEqualTo(PolicyStatus.DRAFT);
        PolicyRules noX = new PolicyRules(Set.of(ShareDestination.INSTAGRAM, ShareDestination.TIKTOK,
                ShareDestination.COPY_LINK), Map.of(TitleKind.FILM, 20), null, null, null, null);
        PolicyVersionView edited = as("ana", () -> policies.edit(draft.id(), draft.version(), noX, "No X; films 20 s"));
        PolicyVersionView submitted = as("ana", () -> policies.submit(edited.id(), edited.version()));
        assertThat(submitted.stateLabel()).isEqualTo("Submitted for review");

        assertThatThrownBy(() -> as("ana", () -> policies.approve(submitted.id(), submitted.version(), "ok")))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("four-eyes");
        PolicyVersionView approved = as("ben", () -> policies.approve(submitted.id(), submitted.version(), "Checked"));
        assertThat(approved.reviewedBy()).isEqualTo("ben");
        PolicyVersionView published = as("ben", () -> policies.publish(approved.id(), approved.version(), null));
        assertThat(published.stateLabel()).isEqualTo("Live");

        EffectivePolicy after = as("ana", () -> policies.effective(market, Instant.now()));
        assertThat(after.destinations()).doesNotContain(ShareDestination.X);
        assertThat(after.maxClipSeconds()).containsEntry(TitleKind.FILM, 20).containsEntry(TitleKind.SERIES, 60);
        assertThat(after.overridden()).containsExactlyInAnyOrder(EffectivePolicy.Rule.DESTINATION,
                EffectivePolicy.Rule.CLIP_LENGTH);
        assertThat(events.stream(PolicyPublished.class).filter(e -> e.versionId() == published.id())).hasSize(1);
        assertThat(audit.lastEventAbout("POLICY_VERSION", published.id())).get()
                .satisfies(e -> assertThat(e.getAction()).isEqualTo("POLICY_PUBLISHED"));
        // published versions never change
        assertThatThrownBy(() -> as("ana", () -> policies.edit(published.id(), published.version(), noX, "again")))
                .isInstanceOf(InvalidPolicyException.class).hasMessageContaining("only a draft");
    }

    @Test
    void aScheduledVersionTakesEffectAtItsTimeAndARollbackIsANewVersionOfAnEarlierOne() {
        market = "DE";
        PolicyVersionView first = publishNew(new PolicyRules(null, Map.of(TitleKind.SERIES, 45), null, null, null, null),
                null);
        Instant later = Instant.now().plus(Duration.ofHours(2));
        PolicyVersionView second = publishNew(new PolicyRules(null, Map.of(TitleKind.SERIES, 15), null, null, null,
                null), later);
        assertThat(second.stateLabel()).isEqualTo("Scheduled");
        assertThat(as("ana", () -> policies.effective(market, Instant.now())).maxClipSeconds())
                .containsEntry(TitleKind.SERIES, 45);
        assertThat(as("ana", () -> policies.effective(market, later.plusSeconds(1))).maxClipSeconds())
                .containsEntry(TitleKind.SERIES, 15);

        PolicyVersionView rollback = as("ana", () -> policies.draft(market, first.id(), "Back to 45 s"));
        assertThat(rollback.number()).isEqualTo(second.number() + 1);
        assertThat(rollback.basedOn()).isEqualTo(first.id());
        assertThat(rollback.rules()).isEqualTo(first.rules());
    }

    @Test
    void staleEditsBadRulesAndWrongRolesWriteNothing() {
        market = "ES";
        PolicyVersionView draft = as("ana", () -> policies.draft(market, null, "Try"));
        PolicyRules rules = new PolicyRules(null, Map.of(TitleKind.SERIES, 30), null, null, null, null);
        as("ben", () -> policies.edit(draft.id(), draft.version(), rules, "Ben's edit"));
        assertThatThrownBy(() -> as("ana", () -> policies.edit(draft.id(), draft.version(), rules, "Ana's edit")))
                .isInstanceOf(ConcurrentEditException.class).hasMessageContaining("ben");

        PolicyVersionView fresh = as("ana", () -> policies.version(draft.id()));
        assertThatThrownBy(() -> as("ana", () -> policies.edit(fresh.id(), fresh.version(),
                new PolicyRules(null, Map.of(TitleKind.SERIES, 0), null, null, null, null), "zero")))
                .isInstanceOf(InvalidPolicyException.class).hasMessageContaining("1 to 600 s");
        assertThatThrownBy(() -> as("ana", () -> policies.edit(fresh.id(), fresh.version(), rules, " ")))
                .isInstanceOf(InvalidPolicyException.class).hasMessageContaining("Say what");
        PolicyVersionView defaultDraft = as("ana", () -> policies.draft("*", null, "Incomplete default"));
        assertThatThrownBy(() -> as("ana", () -> policies.edit(defaultDraft.id(), defaultDraft.version(),
                PolicyRules.inheritAll(), "empty")))
                .isInstanceOf(InvalidPolicyException.class).hasMessageContaining("default policy sets every rule");
        assertThat(as("ana", () -> policies.version(fresh.id())).note()).isEqualTo("Ben's edit");

        // ben edited it: he may not review it either
        PolicyVersionView submitted = as("ana", () -> policies.submit(fresh.id(), fresh.version()));
        assertThatThrownBy(() -> as("ben", () -> policies.approve(submitted.id(), submitted.version(), null)))
                .isInstanceOf(AccessDeniedException.class);
        PolicyVersionView sentBack = as("cleo", () -> policies.reject(submitted.id(), submitted.version(),
                "Series clips of 30 s are too short for trailers"));
        assertThat(sentBack.status()).isEqualTo(PolicyStatus.DRAFT);
        assertThat(sentBack.reviewNote()).contains("too short");

        for (Role role : Set.of(Role.MODERATOR, Role.LEAD_MODERATOR, Role.CURATOR, Role.AUDITOR)) {
            assertThatThrownBy(() -> AsStaff.run("x", Set.of(role), Set.of("*"),
                    () -> policies.draft(market, null, "not mine")))
                    .isInstanceOf(AccessDeniedException.class);
            AsStaff.run("x", Set.of(role), Set.of("*"), () -> assertThat(policies.versions(market)).isNotEmpty());
        }
        assertThatThrownBy(() -> as("ana", () -> policies.versions("ZZZ")))
                .isInstanceOf(com.clipdesk.shared.NotFoundException.class);
    }

    @Test
    void beforePublishingAStricterVersionItSaysWhatExistingContentFallsOutside() {
        market = "IT";
        data.markets("IT");
        var episode = data.episode("Impact " + System.nanoTime(), 1800);
        var creator = data.member("IT");
        for (int i = 0; i < 3; i++) {
            var m = data.moment(episode, creator, "thirty seconds " + i, Set.of("IT"));
            if (i < 2) {
                data.shareLink(m, "imp" + i + Long.toString(System.nanoTime(), 36));
            }
        }
        long before = as("ana", () -> policies.impact(as("ana", () -> policies.draft(market, null, "probe")).id()))
                .stream().mapToLong(PolicyImpact::total).sum();
        assertThat(before).as("a draft equal to what is live leaves nothing outside").isZero();

        PolicyVersionView draft = as("ana", () -> policies.draft(market, null, "Shorter clips, no Instagram"));
        PolicyRules stricter = new PolicyRules(Set.of(ShareDestination.TIKTOK, ShareDestination.COPY_LINK),
                Map.of(TitleKind.SERIES, 20), null, null, null, null);
        PolicyVersionView edited = as("ana", () -> policies.edit(draft.id(), draft.version(), stricter, "Stricter"));
        PolicyImpact impact = as("ana", () -> policies.impact(edited.id())).getFirst();
        assertThat(impact.market()).isEqualTo("IT");
        assertThat(impact.lines()).extracting(PolicyImpact.Line::rule, PolicyImpact.Line::count).contains(
                org.assertj.core.groups.Tuple.tuple(EffectivePolicy.Rule.CLIP_LENGTH, 3L),
                org.assertj.core.groups.Tuple.tuple(EffectivePolicy.Rule.DESTINATION, 2L));
        assertThat(impact.lines()).anySatisfy(l -> assertThat(l.change()).contains("60 s → 20 s"));
        assertThatThrownBy(() -> AsStaff.run("m", Set.of(Role.MODERATOR), Set.of("*"), () -> policies.impact(edited.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void publishingNeedsARecentSignInAndAStaleOneChangesNothing() {
        market = "GB";
        PolicyVersionView draft = as("ana", () -> policies.draft(market, null, "Films 25 s"));
        PolicyRules films = new PolicyRules(null, Map.of(TitleKind.FILM, 25), null, null, null, null);
        PolicyVersionView edited = as("ana", () -> policies.edit(draft.id(), draft.version(), films, "Films 25 s"));
        PolicyVersionView submitted = as("ana", () -> policies.submit(edited.id(), edited.version()));
        PolicyVersionView approved = as("ben", () -> policies.approve(submitted.id(), submitted.version(), null));
        Integer before = as("ana", () -> policies.effective(market, Instant.now())).maxClipSeconds().get(TitleKind.FILM);

        assertThatThrownBy(() -> AsStaff.runSignedInAgo(java.time.Duration.ofMinutes(45), "ben", POLICY, Set.of("*"),
                () -> policies.publish(approved.id(), approved.version(), null)))
                .isInstanceOf(com.clipdesk.staff.RecentSignInRequiredException.class)
                .hasMessageStartingWith("Publishing a policy version needs you to sign in again: you signed in 45 min ago");
        PolicyVersionView still = as("ana", () -> policies.version(approved.id()));
        assertThat(still.status()).isEqualTo(PolicyStatus.APPROVED);
        assertThat(still.version()).isEqualTo(approved.version());
        assertThat(as("ana", () -> policies.effective(market, Instant.now())).maxClipSeconds().get(TitleKind.FILM))
                .isEqualTo(before);

        AtomicReference<PolicyVersionView> published = new AtomicReference<>();
        AsStaff.runSignedInAgo(java.time.Duration.ofMinutes(1), "ben", POLICY, Set.of("*"),
                () -> published.set(policies.publish(approved.id(), approved.version(), null)));
        assertThat(published.get().stateLabel()).isEqualTo("Live");
        assertThat(as("ana", () -> policies.effective(market, Instant.now())).maxClipSeconds())
                .containsEntry(TitleKind.FILM, 25);
    }

    private PolicyVersionView publishNew(PolicyRules rules, Instant effectiveAt) {
        PolicyVersionView draft = as("ana", () -> policies.draft(market, null, "Clip length"));
        PolicyVersionView edited = as("ana", () -> policies.edit(draft.id(), draft.version(), rules, "Clip length"));
        PolicyVersionView submitted = as("ana", () -> policies.submit(edited.id(), edited.version()));
        PolicyVersionView approved = as("ben", () -> policies.approve(submitted.id(), submitted.version(), null));
        return as("ben", () -> policies.publish(approved.id(), approved.version(), effectiveAt));
    }

    private static <T> T as(String name, Supplier<T> action) {
        AtomicReference<T> result = new AtomicReference<>();
        AsStaff.run(name, POLICY, Set.of("*"), () -> result.set(action.get()));
        return result.get();
    }
}
