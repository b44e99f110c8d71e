package com.clipdesk.review;

import com.clipdesk.report.ReportReason;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Queue order. First the severity of the case's most severe reason (child safety and violent
 * threats first); within a severity, the deadline its service level sets, brought forward by up to
 * half the service level for many reports and wide reach. Both are stored on the queue entry, so
 * "next" walks an index instead of scoring the backlog.
 */
final class Priority {

    /** Severity of pre-moderation cases: after safety, abuse and sexual content; with integrity. */
    static final int PRE_MODERATION_SEVERITY = 4;

    private Priority() {}

    static int severity(@Nullable ReportReason topReason) {
        return topReason == null ? PRE_MODERATION_SEVERITY : topReason.severity();
    }

    /**
     * With a rule's routing and boost: a case routed to a queue is at least as severe as that queue's
     * most severe reason (routed to Safety: severity 1 even without reports), then brought forward by
     * the boost; never below 1, the most severe.
     */
    static int severity(@Nullable ReportReason topReason, @Nullable QueueCategory routed, int boost) {
        int severity = severity(topReason);
        if (routed != null) {
            ReportReason worst = mostSevereReason(routed);
            severity = Math.min(severity, worst == null ? PRE_MODERATION_SEVERITY : worst.severity());
        }
        return Math.max(1, severity - boost);
    }

    /** The most severe report reason the queue collects; null for pre-moderation, which has none. */
    static @Nullable ReportReason mostSevereReason(QueueCategory category) {
        ReportReason worst = null;
        for (ReportReason reason : ReportReason.values()) {
            if (QueueCategory.of(reason) == category && (worst == null || reason.severity() < worst.severity())) {
                worst = reason;
            }
        }
        return worst;
    }

    /**
     * The SLA deadline: the service level counted from the first open report, i.e. from when the
     * member reported it, not from when intake gathered it (a reopened case counts from the first
     * report since the decision: earlier ones are closed). Pre-moderation counts from the submission.
     */
    static Instant dueAt(Instant firstReported, Duration serviceLevel) {
        return firstReported.plus(serviceLevel);
    }

    /**
     * The deadline brought forward: 8% of the service level per e-fold of reports (10 reports:
     * 18%) plus 4% per decade of shares (1,000 shares: 12%), at most 50%.
     */
    static Instant rankAt(Instant dueAt, Duration serviceLevel, int reportCount, int shareCount) {
        double boost = 0.08 * Math.log(Math.max(1, reportCount)) + 0.04 * Math.log10(1 + Math.max(0, shareCount));
        boost = Math.min(0.5, boost);
        return dueAt.minusMillis(Math.round(serviceLevel.toMillis() * boost));
    }
}
