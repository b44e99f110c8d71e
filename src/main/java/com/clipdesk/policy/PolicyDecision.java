package com.clipdesk.policy;

import java.util.List;

/**
 * Allow or deny, with every rule that denied (none when allowed) and the versions that answered: the
 * market's ({@code policyVersion}, 0 when the market inherits everything) and the default policy's
 * ({@code defaultVersion}, 0 when the caller did not say, as the simulator for a version not yet live).
 */
public record PolicyDecision(boolean allowed, List<Denial> denials, String market, long policyVersion,
        long defaultVersion) {

    public PolicyDecision {
        denials = List.copyOf(denials);
    }

    /** One rule that denied, with a machine-readable code and a sentence for people. */
    public record Denial(EffectivePolicy.Rule rule, String code, String message) {}
}
