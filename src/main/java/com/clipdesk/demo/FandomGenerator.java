package com.clipdesk.demo;

import com.clipdesk.demo.ReportPlan.SubjectKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Fandom submissions with tags and markets. Market membership rule: a submission is visible in its
 * creator's home market plus every market whose language is the submission's language.
 */
final class FandomGenerator {

    private static final long DAY = 86_400;
    private static final long WINDOW = 3 * 365 * DAY;
    private static final String[] KINDS = {"FAN_ART", "EDIT", "THEORY", "QUOTE"};
    private static final int[] KIND_WEIGHTS = {35, 25, 25, 15};

    private final Dice dice;
    private final long anchor;
    private final Catalog catalog;
    private final Members members;
    private final Texts texts;
    private final ReportPlan plan;

    FandomGenerator(Dice dice, Instant anchor, Catalog catalog, Members members, Texts texts, ReportPlan plan) {
        this.dice = dice;
        this.anchor = anchor.getEpochSecond();
        this.catalog = catalog;
        this.members = members;
        this.texts = texts;
        this.plan = plan;
    }

    void generate(int count, RowSink sink) {
        for (int i = 0; i < count; i++) {
            long id = i + 1L;
            long createdAt = anchor - WINDOW + (long) (WINDOW * Math.sqrt((i + dice.uniform()) / count));
            int creator = -1;
            int titleIndex = -1;
            for (int attempt = 0; titleIndex < 0; attempt++) {
                if (attempt == 20) {
                    createdAt = anchor - dice.between(60, 3600);
                } else if (attempt > 1000) {
                    throw new IllegalStateException("No title of the demo catalog is released yet");
                }
                creator = members.active(dice, createdAt, 2.0);
                titleIndex = catalog.releasedTitle(dice, members.market(creator), createdAt);
            }
            Catalog.Title title = catalog.titles().get(titleIndex);
            String kind = KINDS[dice.weighted(KIND_WEIGHTS)];
            String language = members.writingLanguage(dice, creator);
            String reason = plan.plannedReason(SubjectKind.FANDOM_SUBMISSION, id);
            String body = texts.write(dice, language, "submission." + kind, reason, title.name(), "", 0);
            if (kind.equals("THEORY") && dice.chance(0.6)) {
                body = body + " " + texts.write(dice, language, "submission.THEORY", null, title.name(), "", 0);
            }
            sink.add(DemoTable.FANDOM_SUBMISSION, id, title.id(), kind, body, mediaRef(kind), language,
                    Members.id(creator), Instant.ofEpochSecond(createdAt),
                    plan.state(dice, SubjectKind.FANDOM_SUBMISSION, id),
                    plan.reportCount(SubjectKind.FANDOM_SUBMISSION, id), 0L);
            for (String tag : tags(title, kind, language)) {
                sink.add(DemoTable.FANDOM_SUBMISSION_TAG, id, tag);
            }
            String[] markets = visibleMarkets(members.market(creator), language);
            for (String market : markets) {
                sink.add(DemoTable.FANDOM_SUBMISSION_MARKET, id, market);
            }
            plan.record(SubjectKind.FANDOM_SUBMISSION, id, markets, createdAt, creator, -1);
        }
    }

    private String mediaRef(String kind) {
        return switch (kind) {
            case "FAN_ART" -> "media://fan-art/" + dice.hex(16) + (dice.chance(0.7) ? ".png" : ".jpg");
            case "EDIT" -> "media://edit/" + dice.hex(16) + ".mp4";
            case "QUOTE" -> dice.chance(0.2) ? "media://quote-card/" + dice.hex(16) + ".png" : null;
            default -> null;
        };
    }

    private TreeSet<String> tags(Catalog.Title title, String kind, String language) {
        TreeSet<String> tags = new TreeSet<>();
        String slug = title.name().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        tags.add(slug.substring(0, Math.min(40, slug.length())));
        tags.add(kind.toLowerCase(Locale.ROOT).replace("_", ""));
        int extra = dice.between(0, 3);
        for (int t = 0; t < extra; t++) {
            tags.add(texts.pick(dice, language, "tags"));
        }
        return tags;
    }

    private static String[] visibleMarkets(int home, String language) {
        List<String> markets = new ArrayList<>();
        for (int m = 0; m < DemoMarkets.COUNT; m++) {
            if (m == home || DemoMarkets.get(m).language().equals(language)) {
                markets.add(DemoMarkets.get(m).code());
            }
        }
        return markets.toArray(String[]::new);
    }
}
