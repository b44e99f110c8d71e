package com.clipdesk.policy;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A policy version as pages show it.
 *
 * @param market the market code, or "*" for the default policy
 * @param live whether it is the version in force now for its market
 * @param superseded published, and a later published version has taken effect
 */
public record PolicyVersionView(long id, String market, int number, PolicyStatus status, PolicyRules rules, String note,
        @Nullable Long basedOn, String author, Instant createdAt, String lastEditedBy, @Nullable Instant submittedAt,
        @Nullable String reviewedBy, @Nullable Instant reviewedAt, @Nullable String reviewNote,
        @Nullable Instant effectiveAt, @Nullable String publishedBy, @Nullable Instant publishedAt, boolean live,
        boolean superseded, long version) {

    /** "Default policy v3" or "DE v2". */
    public String label() {
        return (PolicyVersion.DEFAULT.equals(market) ? "Default policy" : market) + " v" + number;
    }

    /** Draft, submitted, approved, scheduled, live or superseded. */
    public String stateLabel() {
        if (status != PolicyStatus.PUBLISHED) {
            return status.label();
        }
        return live ? "Live" : superseded ? "Superseded" : "Scheduled";
    }
}
