package com.clipdesk.demo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Which subjects get reported, how often and mainly why, decided before any content is written so
 * that {@code report_count} and the subject's state go into the content row itself. Reports pile
 * up on a minority of subjects (cluster sizes 1 to 60). The content generators record each planned
 * subject's markets, creation time and people; {@link ReportGenerator} then writes the reports.
 */
final class ReportPlan {

    enum SubjectKind { MOMENT, FANDOM_SUBMISSION, PRIVATE_RECOMMENDATION, WATCH_PARTY_MESSAGE }

    static final String[] REASONS = {"CHILD_SAFETY", "VIOLENT_THREAT", "HATE", "HARASSMENT", "SELF_HARM",
        "SEXUAL_CONTENT", "SPOILER", "COPYRIGHT", "SPAM", "MISINFORMATION", "OTHER"};

    /** Reason weights per subject kind, in the order of {@link #REASONS}. */
    private static final Map<SubjectKind, int[]> REASON_WEIGHTS = Map.of(
            SubjectKind.MOMENT, new int[] {2, 5, 25, 90, 8, 30, 300, 220, 120, 25, 60},
            SubjectKind.FANDOM_SUBMISSION, new int[] {2, 4, 25, 60, 8, 50, 200, 250, 100, 30, 60},
            SubjectKind.PRIVATE_RECOMMENDATION, new int[] {2, 10, 30, 300, 15, 40, 40, 0, 400, 20, 60},
            SubjectKind.WATCH_PARTY_MESSAGE, new int[] {2, 12, 60, 300, 15, 30, 200, 0, 250, 30, 60});

    private static final double[] KIND_SHARES = {0.55, 0.20, 0.07, 0.18};

    static final class Subject {
        final SubjectKind kind;
        final long id;
        final int reports;
        final String reason;
        final String state;
        String[] markets = {};
        long createdAt;
        int creator = -1;
        /** The recipient of a private recommendation: the only other person who sees it. */
        int counterpart = -1;
        boolean recorded;

        Subject(SubjectKind kind, long id, int reports, String reason, String state) {
            this.kind = kind;
            this.id = id;
            this.reports = reports;
            this.reason = reason;
            this.state = state;
        }
    }

    private final EnumMap<SubjectKind, TreeMap<Long, Subject>> subjects = new EnumMap<>(SubjectKind.class);

    static ReportPlan draw(Dice dice, DemoDataProperties sizes) {
        long[] populations = {sizes.moments(), sizes.submissions(), sizes.recommendations(), sizes.chatMessages()};
        double shareTotal = 0;
        for (int k = 0; k < populations.length; k++) {
            shareTotal += populations[k] > 0 ? KIND_SHARES[k] : 0;
        }
        ReportPlan plan = new ReportPlan();
        int remaining = sizes.reports();
        SubjectKind[] kinds = SubjectKind.values();
        int lastKind = -1;
        for (int k = 0; k < kinds.length; k++) {
            if (populations[k] > 0) {
                lastKind = k;
            }
        }
        for (int k = 0; k < kinds.length; k++) {
            TreeMap<Long, Subject> planned = new TreeMap<>();
            plan.subjects.put(kinds[k], planned);
            if (populations[k] == 0) {
                continue;
            }
            int budget = k == lastKind ? remaining : (int) Math.round(sizes.reports() * KIND_SHARES[k] / shareTotal);
            budget = Math.min(budget, remaining);
            remaining -= budget;
            TreeMap<Long, Integer> counts = plan.spread(dice, kinds[k], populations[k], budget);
            for (Map.Entry<Long, Integer> entry : counts.entrySet()) {
                String reason = REASONS[dice.weighted(REASON_WEIGHTS.get(kinds[k]))];
                String state = switch (dice.weighted(new int[] {70, 20, 10})) {
                    case 0 -> "ACTIVE";
                    case 1 -> "PENDING_REVIEW";
                    default -> "REMOVED";
                };
                planned.put(entry.getKey(), new Subject(kinds[k], entry.getKey(), entry.getValue(), reason, state));
            }
        }
        return plan;
    }

    /** Reports per subject id: most subjects once, some a few times, a handful dozens of times. */
    private TreeMap<Long, Integer> spread(Dice dice, SubjectKind kind, long population, int budget) {
        TreeMap<Long, Integer> counts = new TreeMap<>();
        while (budget > 0) {
            int cluster = Math.min(budget, kind == SubjectKind.PRIVATE_RECOMMENDATION ? 1 : clusterSize(dice));
            long id = dice.between(1L, population);
            for (int attempt = 0; attempt < 50 && counts.containsKey(id); attempt++) {
                id = dice.between(1L, population);
            }
            counts.merge(id, cluster, Integer::sum);
            budget -= cluster;
        }
        return counts;
    }

    private static int clusterSize(Dice dice) {
        return switch (dice.weighted(new int[] {50, 25, 13, 9, 3})) {
            case 0 -> 1;
            case 1 -> 2;
            case 2 -> dice.between(3, 5);
            case 3 -> dice.between(6, 15);
            default -> dice.between(16, 60);
        };
    }

    int reportCount(SubjectKind kind, long id) {
        Subject subject = subjects.get(kind).get(id);
        return subject == null ? 0 : subject.reports;
    }

    /** The main reason the subject will be reported for, or null when nobody reports it. */
    @Nullable String plannedReason(SubjectKind kind, long id) {
        Subject subject = subjects.get(kind).get(id);
        return subject == null ? null : subject.reason;
    }

    /** A reason for one more report on a subject of this kind (not always the main one). */
    static String anyReason(Dice dice, SubjectKind kind) {
        return REASONS[dice.weighted(REASON_WEIGHTS.get(kind))];
    }

    /** Reported subjects keep their planned state; others are mostly ACTIVE. */
    String state(Dice dice, SubjectKind kind, long id) {
        Subject subject = subjects.get(kind).get(id);
        if (subject != null) {
            return subject.state;
        }
        double roll = dice.uniform();
        return roll < 0.007 ? "REMOVED" : roll < 0.027 ? "PENDING_REVIEW" : "ACTIVE";
    }

    /** Called by the content generators for every row; remembers what reports on it need. */
    void record(SubjectKind kind, long id, String[] markets, long createdAt, int creator, int counterpart) {
        @Nullable Subject subject = subjects.get(kind).get(id);
        if (subject != null) {
            subject.markets = markets;
            subject.createdAt = createdAt;
            subject.creator = creator;
            subject.counterpart = counterpart;
            subject.recorded = true;
        }
    }

    List<Subject> subjects() {
        List<Subject> all = new ArrayList<>();
        for (TreeMap<Long, Subject> planned : subjects.values()) {
            all.addAll(planned.values());
        }
        return all;
    }
}
