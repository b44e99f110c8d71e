package com.clipdesk.demo;

import com.clipdesk.demo.ReportPlan.SubjectKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Moments, the markets they are visible in, and their share links.
 *
 * <p>Market membership rule: a Moment is visible only in markets where its episode has been
 * released ({@code title_release.released_at <= now}); the creator's home market (where it was
 * released before the Moment was cut) is always one of them, other released markets are added as
 * a subset (all of them for a quarter of the Moments, each with 30% otherwise).
 *
 * <p>Clips start around 3–6 memorable scenes per episode (normal spread of a few seconds) plus 20%
 * uniform background; 5–60 s long, inside the episode. Creation time rises over two years and ids
 * follow it. Share counts are heavy-tailed; creators are skewed towards a few prolific members.
 */
final class MomentGenerator {

    private static final long DAY = 86_400;
    private static final long WINDOW = 730 * DAY;
    private static final String[] DESTINATIONS = {"INSTAGRAM", "TIKTOK", "FACEBOOK", "X", "COPY_LINK"};
    private static final int[] DESTINATION_WEIGHTS = {25, 30, 12, 13, 20};

    private final Dice dice;
    private final long anchor;
    private final Catalog catalog;
    private final Members members;
    private final Texts texts;
    private final ReportPlan plan;

    MomentGenerator(Dice dice, Instant anchor, Catalog catalog, Members members, Texts texts, ReportPlan plan) {
        this.dice = dice;
        this.anchor = anchor.getEpochSecond();
        this.catalog = catalog;
        this.members = members;
        this.texts = texts;
        this.plan = plan;
    }

    void generate(int count, RowSink sink) {
        long shareLinkId = 0;
        for (int i = 0; i < count; i++) {
            long id = i + 1L;
            long createdAt = anchor - WINDOW + (long) (WINDOW * Math.sqrt((i + dice.uniform()) / count));
            int creator = -1;
            int episodeIndex = -1;
            for (int attempt = 0; episodeIndex < 0; attempt++) {
                if (attempt == 20) {
                    createdAt = anchor - dice.between(60, 3600); // early on, few releases: cut it today
                } else if (attempt > 1000) {
                    throw new IllegalStateException("No episode of the demo catalog is released yet");
                }
                creator = members.active(dice, createdAt, 2.5);
                episodeIndex = catalog.releasedEpisode(dice, members.market(creator), createdAt);
            }
            Catalog.Episode episode = catalog.episode(episodeIndex);
            int length = Math.min(episode.durationS(),
                    Math.clamp(Math.round(Math.exp(dice.gaussian(Math.log(20), 0.55))), 5, 60));
            int start = Math.clamp(clipStart(episode, length), 0, episode.durationS() - length);
            String language = members.writingLanguage(dice, creator);
            String title = catalog.titles().get(episode.title()).name();
            String caption = texts.write(dice, language, "caption", plan.plannedReason(SubjectKind.MOMENT, id), title,
                    episode.label(), start);
            String state = plan.state(dice, SubjectKind.MOMENT, id);
            int shares = dice.pareto(3, 1.2, 250_000);
            String[] markets = visibleMarkets(episode, members.market(creator));
            sink.add(DemoTable.MOMENT, id, episode.id(), start, start + length, caption, language,
                    Members.id(creator), Instant.ofEpochSecond(createdAt), state, shares,
                    plan.reportCount(SubjectKind.MOMENT, id), 0L);
            for (String market : markets) {
                sink.add(DemoTable.MOMENT_MARKET, id, market);
            }
            plan.record(SubjectKind.MOMENT, id, markets, createdAt, creator, -1);

            int links = shares == 0 ? (dice.chance(0.2) ? 1 : 0) : Math.min(8, 1 + (int) (Math.log1p(shares) / Math.log(3)));
            long linkTime = createdAt;
            for (int l = 0; l < links; l++) {
                linkTime = Math.min(anchor, linkTime + (long) dice.exponential(DAY));
                boolean revoked = state.equals("REMOVED") || dice.chance(0.02);
                Instant revokedAt = revoked ? Instant.ofEpochSecond(linkTime + (long) ((anchor - linkTime) * dice.uniform())) : null;
                sink.add(DemoTable.SHARE_LINK, ++shareLinkId, id, dice.urlSafeToken(dice.between(16, 22)),
                        DESTINATIONS[dice.weighted(DESTINATION_WEIGHTS)], Instant.ofEpochSecond(linkTime), revokedAt);
            }
        }
    }

    /** Mostly around a memorable scene (clips start a little before it), sometimes anywhere. */
    private int clipStart(Catalog.Episode episode, int length) {
        if (dice.chance(0.2)) {
            return dice.between(0, episode.durationS() - length);
        }
        int spot = dice.cumulative(episode.hotSpotWeights());
        return (int) Math.round(dice.gaussian(episode.hotSpots()[spot] - length * 0.3, episode.hotSpotSpreads()[spot]));
    }

    private String[] visibleMarkets(Catalog.Episode episode, int home) {
        boolean everywhere = dice.chance(0.25);
        List<String> markets = new ArrayList<>();
        for (int m = 0; m < DemoMarkets.COUNT; m++) {
            boolean released = episode.releasedAt()[m] <= anchor;
            if (m == home || (released && (everywhere || dice.chance(0.3)))) {
                markets.add(DemoMarkets.get(m).code());
            }
        }
        return markets.toArray(String[]::new);
    }
}
