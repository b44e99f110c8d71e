package com.clipdesk.policy.ui;

import com.clipdesk.policy.EffectivePolicy.Rule;
import com.clipdesk.policy.PolicyVersionView;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/** What the policy pages share: routes ("policies/default", "policies/DE") and state badges. */
final class PolicyPages {

    /** The default policy's market code in the service. */
    static final String DEFAULT = "*";

    private PolicyPages() {}

    static String route(String market) {
        return "policies/" + (DEFAULT.equals(market) ? "default" : market);
    }

    /** "default" → "*", "de" → "DE". */
    static String market(String parameter) {
        return "default".equalsIgnoreCase(parameter) ? DEFAULT : parameter.toUpperCase(Locale.ROOT);
    }

    static String title(String market, String name) {
        return DEFAULT.equals(market) ? "Default policy" : name;
    }

    static Span stateBadge(PolicyVersionView v) {
        return stateBadge(v.stateLabel(), v.stateLabel());
    }

    static Span stateBadge(String state, String text) {
        var badge = new Span(text);
        badge.addClassNames("cd-badge", "cd-badge--policy-" + state.toLowerCase(Locale.ROOT).replace(' ', '-'));
        return badge;
    }

    static String shortLabel(Rule rule) {
        return switch (rule) {
            case DESTINATION -> "Destinations";
            case CLIP_LENGTH -> "Clip length";
            case BLACKOUT -> "Blackouts";
            case AGE -> "Age gating";
            case PRE_MODERATION -> "Pre-moderation";
            case SPOILER -> "Spoiler window";
        };
    }
}
