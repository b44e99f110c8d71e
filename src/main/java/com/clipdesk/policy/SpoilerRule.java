package com.clipdesk.policy;

/** Whether a spoiler window applies in the market after each release, and for how many days (issue 7 reads it). */
public record SpoilerRule(boolean enabled, int days) {

    public SpoilerRule {
        if (days < 0 || days > 365) {
            throw new IllegalArgumentException("A spoiler window lasts 0 to 365 days, not " + days);
        }
    }
}
