package com.clipdesk.policy;

import com.clipdesk.policy.EffectivePolicy.Rule;
import com.clipdesk.policy.PolicyDecision.Denial;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decides a share against a market's effective policy: a pure function (no clock, no database), so
 * every rule is tested by a table and the decision API answers from memory. Every rule is checked;
 * the decision lists all that deny.
 */
public final class PolicyEvaluator {

    /** The youngest age of each band. */
    static final Map<String, Integer> BAND_MINIMUM_AGE = Map.of("13_17", 13, "18_24", 18, "25_34", 25, "35_54", 35,
            "55_PLUS", 55);

    private PolicyEvaluator() {}

    /** {@link #decide(EffectivePolicy, long, long, ShareQuestion)} without the default's number (0). */
    public static PolicyDecision decide(EffectivePolicy policy, long policyVersion, ShareQuestion q) {
        return decide(policy, policyVersion, 0, q);
    }

    /** The decision, naming the market's version (0: inherits all) and the default's it was made with. */
    public static PolicyDecision decide(EffectivePolicy policy, long policyVersion, long defaultVersion,
            ShareQuestion q) {
        List<Denial> denials = new ArrayList<>();
        if (!policy.destinations().contains(q.destination())) {
            denials.add(new Denial(Rule.DESTINATION, "destination_not_allowed",
                    q.destination().label() + " is not a share destination in " + policy.market() + "."));
        }
        Integer max = policy.maxClipSeconds().get(q.titleKind());
        if (max != null && q.clipSeconds() > max) {
            denials.add(new Denial(Rule.CLIP_LENGTH, "clip_too_long", "Clips of a " + q.titleKind().label()
                    .toLowerCase(java.util.Locale.ROOT) + " are at most " + max + " s in " + policy.market() + "; this one is "
                    + q.clipSeconds() + " s."));
        }
        for (ClipBlackout b : policy.blackouts()) {
            if (b.covers(q.titleId(), q.seasonId(), q.at())) {
                denials.add(new Denial(Rule.BLACKOUT, "not_clippable", (b.seasonId() == null ? "The title" : "This season")
                        + " may not be clipped in " + policy.market()
                        + (b.until() == null ? "" : " until " + b.until()) + ": " + b.why()));
                break;
            }
        }
        int required = policy.minimumAge().getOrDefault(q.rating(), 18);
        Integer age = BAND_MINIMUM_AGE.get(q.ageBand());
        if (age == null || age < required) {
            denials.add(new Denial(Rule.AGE, "age_gated", "Titles rated " + q.rating() + " need members of "
                    + required + " or older in " + policy.market() + "."));
        }
        return new PolicyDecision(denials.isEmpty(), denials, policy.market(), policyVersion, defaultVersion);
    }
}
