package com.clipdesk.demo;

import com.clipdesk.demo.ReportPlan.Subject;
import com.clipdesk.demo.ReportPlan.SubjectKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reports on the planned subjects. Each report is filed in one of the subject's markets by a member
 * of that market (for a private recommendation: its recipient, the only other person who sees it),
 * mostly for the subject's main reason, a few days after it appeared; free text in the reporter's
 * language. Reports of removed subjects are closed, of subjects pending review open, ~70% open overall.
 * Rows are sorted by time before ids are given, so ids follow filing order like live data.
 */
final class ReportGenerator {

    private static final long DAY = 86_400;

    private record Row(String kind, long subjectId, long reporterId, String reason, @Nullable String freeText,
            String market, long createdAt, String status) {}

    private final Dice dice;
    private final long anchor;
    private final Members members;
    private final Texts texts;
    private final ReportPlan plan;

    ReportGenerator(Dice dice, Instant anchor, Members members, Texts texts, ReportPlan plan) {
        this.dice = dice;
        this.anchor = anchor.getEpochSecond();
        this.members = members;
        this.texts = texts;
        this.plan = plan;
    }

    void generate(RowSink sink) {
        List<Row> rows = new ArrayList<>();
        for (Subject subject : plan.subjects()) {
            if (!subject.recorded) {
                throw new IllegalStateException("Planned report subject was never generated: " + subject.kind + " " + subject.id);
            }
            for (int r = 0; r < subject.reports; r++) {
                rows.add(report(subject, r));
            }
        }
        rows.sort(Comparator.comparingLong(Row::createdAt));
        long id = 0;
        for (Row row : rows) {
            sink.add(DemoTable.REPORT, ++id, row.kind(), row.subjectId(), row.reporterId(), row.reason(), row.freeText(),
                    row.market(), Instant.ofEpochSecond(row.createdAt()), row.status(), 0L);
        }
    }

    /** Share of reports filed in the last {@link #RECENT} days whatever the item's age. */
    private static final double RESURFACED = 0.4;
    /** Days that count as recent: reports the queues are still working on. */
    private static final long RECENT = 14;

    private Row report(Subject subject, int nth) {
        String reason = nth == 0 || dice.chance(0.75) ? subject.reason : ReportPlan.anyReason(dice, subject.kind);
        String market = dice.pick(subject.markets);
        int marketIndex = indexOf(market);
        long createdAt;
        if (dice.chance(RESURFACED)) {
            // members keep finding and reporting older items: the queues' recent intake
            // most within the last day or two, so the queues hold cases inside and past their service level
            long ago = Math.min((long) dice.exponential(30 * 3600), RECENT * DAY);
            createdAt = Math.max(subject.createdAt, anchor - ago);
        } else {
            long delay = (long) dice.exponential(4 * DAY);
            if (subject.createdAt + delay > anchor) {
                delay = (long) ((anchor - subject.createdAt) * dice.uniform());
            }
            createdAt = subject.createdAt + delay;
        }
        boolean recent = createdAt > anchor - RECENT * DAY;
        int reporter = subject.kind == SubjectKind.PRIVATE_RECOMMENDATION
                ? subject.counterpart
                : members.inMarket(dice, marketIndex, createdAt, subject.creator);
        // recent reports wait in the review queues; older ones were mostly handled, a few linger
        String status = switch (subject.state) {
            case "REMOVED" -> "CLOSED";
            case "PENDING_REVIEW" -> recent || dice.chance(0.05) ? "OPEN" : "CLOSED";
            default -> dice.chance(recent ? 0.85 : 0.005) ? "OPEN" : "CLOSED";
        };
        String freeText = null;
        if (dice.chance(0.45)) {
            String section = switch (reason) {
                case "SPOILER", "SPAM", "HARASSMENT", "COPYRIGHT" -> "report." + reason;
                default -> "report.OTHER";
            };
            freeText = texts.pick(dice, members.writingLanguage(dice, reporter), section);
        }
        return new Row(subject.kind.name(), subject.id, Members.id(reporter), reason, freeText, market, createdAt, status);
    }

    private static int indexOf(String marketCode) {
        for (int m = 0; m < DemoMarkets.COUNT; m++) {
            if (DemoMarkets.get(m).code().equals(marketCode)) {
                return m;
            }
        }
        throw new IllegalArgumentException(marketCode);
    }
}
