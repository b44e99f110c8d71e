package com.clipdesk.demo;

import com.clipdesk.demo.ReportPlan.SubjectKind;
import java.time.Instant;
import java.util.Arrays;

/**
 * Watch parties over the last year (one market: the host's) and their chat. Message counts per
 * party are heavy-tailed (a few big parties); messages are sent during the episode by the host and
 * a handful of guests from the same market.
 */
final class WatchPartyGenerator {

    private static final long WINDOW = 365 * 86_400L;
    /** Parties end before "now": the longest film plus the chat after it fits in three hours. */
    private static final long LATEST_START = 3 * 3600;

    private final Dice dice;
    private final long anchor;
    private final Catalog catalog;
    private final Members members;
    private final Texts texts;
    private final ReportPlan plan;

    WatchPartyGenerator(Dice dice, Instant anchor, Catalog catalog, Members members, Texts texts, ReportPlan plan) {
        this.dice = dice;
        this.anchor = anchor.getEpochSecond();
        this.catalog = catalog;
        this.members = members;
        this.texts = texts;
        this.plan = plan;
    }

    void generate(int parties, int messages, RowSink sink) {
        int[] perParty = messagesPerParty(parties, messages);
        long messageId = 0;
        for (int p = 0; p < parties; p++) {
            long partyId = p + 1L;
            long startedAt = anchor - WINDOW + (long) ((WINDOW - LATEST_START) * Math.sqrt((p + dice.uniform()) / parties));
            int host = -1;
            int episodeIndex = -1;
            for (int attempt = 0; episodeIndex < 0; attempt++) {
                if (attempt > 1000) {
                    throw new IllegalStateException("No episode of the demo catalog is released yet");
                }
                host = members.active(dice, startedAt, 1.8);
                episodeIndex = catalog.releasedEpisode(dice, members.market(host), startedAt);
            }
            Catalog.Episode episode = catalog.episode(episodeIndex);
            int market = members.market(host);
            String marketCode = DemoMarkets.get(market).code();
            sink.add(DemoTable.WATCH_PARTY, partyId, episode.id(), Members.id(host), marketCode, Instant.ofEpochSecond(startedAt));

            int[] guests = new int[dice.between(2, 12)];
            for (int g = 0; g < guests.length; g++) {
                guests[g] = members.inMarket(dice, market, startedAt, host);
            }
            long[] offsets = new long[perParty[p]];
            for (int j = 0; j < offsets.length; j++) {
                offsets[j] = dice.between(0L, episode.durationS() + 600L);
            }
            Arrays.sort(offsets);
            String title = catalog.titles().get(episode.title()).name();
            for (long offset : offsets) {
                long id = ++messageId;
                int author = dice.chance(0.3) ? host : guests[dice.between(0, guests.length - 1)];
                String language = members.writingLanguage(dice, author);
                String body = texts.write(dice, language, "chat", plan.plannedReason(SubjectKind.WATCH_PARTY_MESSAGE, id),
                        title, episode.label(), (int) Math.min(offset, episode.durationS()));
                sink.add(DemoTable.WATCH_PARTY_MESSAGE, id, partyId, Members.id(author), body, language,
                        Instant.ofEpochSecond(startedAt + offset), plan.state(dice, SubjectKind.WATCH_PARTY_MESSAGE, id),
                        plan.reportCount(SubjectKind.WATCH_PARTY_MESSAGE, id), 0L);
                plan.record(SubjectKind.WATCH_PARTY_MESSAGE, id, new String[] {marketCode}, startedAt + offset, author, -1);
            }
        }
    }

    /** Splits the messages over the parties by heavy-tailed weights; the sum is exact. */
    private int[] messagesPerParty(int parties, int messages) {
        int[] counts = new int[parties];
        if (parties == 0) {
            return counts;
        }
        double[] weights = new double[parties];
        double total = 0;
        for (int p = 0; p < parties; p++) {
            weights[p] = 1 + dice.pareto(4, 1.3, 2000);
            total += weights[p];
        }
        int assigned = 0;
        for (int p = 0; p < parties; p++) {
            counts[p] = (int) Math.floor(messages * weights[p] / total);
            assigned += counts[p];
        }
        for (int p = 0; assigned < messages; p = (p + 1) % parties) {
            counts[p]++;
            assigned++;
        }
        return counts;
    }
}
