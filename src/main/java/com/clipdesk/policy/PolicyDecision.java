package com.clipdesk.policy;

import java.util.List;

/** Allow or deny, with every rule that denied (none when allowed) and the policy version that answered. */
public record PolicyDecision(boolean allowed, List<Denial> denials, String market, long policyVersion) {

    public PolicyDecision {
        denials = List.copyOf(denials);
    }

    /** One rule that denied, with a machine-readable code and a sentence for people. */
    public record Denial(EffectivePolicy.Rule rule, String code, String message) {}
}
