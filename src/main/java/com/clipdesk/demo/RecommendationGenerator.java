package com.clipdesk.demo;

import com.clipdesk.demo.ReportPlan.SubjectKind;
import java.time.Instant;

/**
 * Private recommendations from one member to a friend, mostly in the same market, for a title
 * released in the sender's market. Market: the sender's home market. Over the last year.
 */
final class RecommendationGenerator {

    private static final long WINDOW = 365 * 86_400L;

    private final Dice dice;
    private final long anchor;
    private final Catalog catalog;
    private final Members members;
    private final Texts texts;
    private final ReportPlan plan;

    RecommendationGenerator(Dice dice, Instant anchor, Catalog catalog, Members members, Texts texts, ReportPlan plan) {
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
            long createdAt = anchor - WINDOW + (long) (WINDOW * (i + dice.uniform()) / count);
            int sender = -1;
            int titleIndex = -1;
            for (int attempt = 0; titleIndex < 0; attempt++) {
                if (attempt > 1000) {
                    throw new IllegalStateException("No title of the demo catalog is released yet");
                }
                sender = members.active(dice, createdAt, 1.5);
                titleIndex = catalog.releasedTitle(dice, members.market(sender), createdAt);
            }
            int market = members.market(sender);
            int recipient = dice.chance(0.85)
                    ? members.inMarket(dice, market, createdAt, sender)
                    : members.active(dice, createdAt, 1.0);
            if (recipient == sender) {
                recipient = members.inMarket(dice, market, createdAt, sender);
            }
            String language = members.writingLanguage(dice, sender);
            String title = catalog.titles().get(titleIndex).name();
            String message = texts.write(dice, language, "recommendation",
                    plan.plannedReason(SubjectKind.PRIVATE_RECOMMENDATION, id), title, "", 0);
            String marketCode = DemoMarkets.get(market).code();
            sink.add(DemoTable.PRIVATE_RECOMMENDATION, id, Members.id(sender), Members.id(recipient),
                    catalog.titles().get(titleIndex).id(), message, language, marketCode,
                    Instant.ofEpochSecond(createdAt), plan.state(dice, SubjectKind.PRIVATE_RECOMMENDATION, id),
                    plan.reportCount(SubjectKind.PRIVATE_RECOMMENDATION, id), 0L);
            plan.record(SubjectKind.PRIVATE_RECOMMENDATION, id, new String[] {marketCode}, createdAt, sender, recipient);
        }
    }
}
