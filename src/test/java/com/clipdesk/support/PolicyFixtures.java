package com.clipdesk.support;

import com.clipdesk.catalog.TitleKind;
import com.clipdesk.policy.PolicyRules;
import com.clipdesk.policy.PolicyService;
import com.clipdesk.policy.PolicyVersionView;
import com.clipdesk.policy.SpoilerRule;
import com.clipdesk.staff.Role;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Publishes market policies the way policy admins do (drafted and submitted by one, approved and
 * published by another), for tests of what follows a policy. Tests use markets of their own: published
 * versions stay.
 */
@Component
public class PolicyFixtures {

    private final PolicyService policies;

    public PolicyFixtures(PolicyService policies) {
        this.policies = policies;
    }

    /** A market version with only a spoiler rule (everything else inherited), effective now or later. */
    public PolicyVersionView spoilerWindows(String market, boolean enabled, Map<TitleKind, Integer> days,
            @Nullable Instant effectiveAt) {
        return publish(market, new PolicyRules(null, null, null, null, null, new SpoilerRule(enabled, days)),
                effectiveAt);
    }

    public PolicyVersionView publish(String market, PolicyRules rules, @Nullable Instant effectiveAt) {
        PolicyVersionView draft = as("policy-ana", () -> policies.draft(market, null, "Test rules"));
        PolicyVersionView edited = as("policy-ana", () -> policies.edit(draft.id(), draft.version(), rules, "Test rules"));
        PolicyVersionView submitted = as("policy-ana", () -> policies.submit(edited.id(), edited.version()));
        PolicyVersionView approved = as("policy-ben", () -> policies.approve(submitted.id(), submitted.version(), null));
        return as("policy-ben", () -> policies.publish(approved.id(), approved.version(), effectiveAt));
    }

    private static <T> T as(String name, Supplier<T> action) {
        AtomicReference<T> result = new AtomicReference<>();
        AsStaff.run(name, Set.of(Role.POLICY_ADMIN), Set.of("*"), () -> result.set(action.get()));
        return result.get();
    }
}
